using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OneStop.Catalog.Items;
using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Cases;

public sealed class BundleSubCasesRunInParallelOnSqlite(SqliteFactory f) : BundleSubCasesRunInParallelTests(f), IClassFixture<SqliteFactory>;
public sealed class BundleSubCasesRunInParallelOnPostgres(PostgresFactory f) : BundleSubCasesRunInParallelTests(f), IClassFixture<PostgresFactory>;

/// <summary>
/// 一件事一次办: one application, one acceptance, a part per member item dispatched to its own department at once
/// (并联审批); each department sees only its part; the main case is decided when every part is.
/// </summary>
public abstract class BundleSubCasesRunInParallelTests(OneStopFactory factory) : ApiTests(factory)
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed record Bundle(JsonElement Main, JsonElement Food, JsonElement Jobs, HttpClient FoodApprover, HttpClient JobsApprover);

    /// <summary>食品经营许可 (市场监管局) + 就业登记 (人社局), sharing 申请书; applied for, the shared file uploaded once, accepted.</summary>
    private async Task<Bundle> AcceptedBundleAsync(CaseScenario s)
    {
        var food = await s.PublishItemAsync();
        var jobs = await s.PublishItemAsync(c => c with
        {
            MainItemName = "就业登记", SubItemName = null, DepartmentName = CaseScenario.HumanResources,
            Materials = [new("食品经营许可申请书"), new("劳动合同")],
        });
        var bundle = await s.PublishBundleAsync(food, jobs);
        var citizen = await s.SignInAsync(CaseScenario.Citizen);
        var draft = await CaseScenario.ReadAsync(await citizen.PostAsJsonAsync("/api/cases", new { bundleId = bundle }, Ct));
        var id = draft.GetProperty("id").GetInt64();
        var materials = draft.GetProperty("materials").EnumerateArray().Select(m => m.GetProperty("name").GetString()).ToList();
        // A material both items need is asked once.
        Assert.Single(materials, m => m == "食品经营许可申请书");
        var shared = materials.IndexOf("食品经营许可申请书");
        var contract = materials.IndexOf("劳动合同");
        var layout = materials.IndexOf("设备设施布局和操作流程文件");
        await s.FillAsync(citizen, id, deferred: [layout]);
        Assert.True((await s.UploadAsync(citizen, id, shared, CaseScenario.Pdf("shared application"))).IsSuccessStatusCode);
        Assert.True((await s.UploadAsync(citizen, id, contract, CaseScenario.Pdf("contract"))).IsSuccessStatusCode);
        await s.PostAsync(citizen, $"/api/cases/{id}/submit");
        var accepted = await s.PostAsync(await s.SignInAsync("clerk"), $"/api/cases/{id}/accept", new { note = "一件事受理" });
        var parts = accepted.GetProperty("parts").EnumerateArray().ToList();
        Assert.Equal(2, parts.Count);
        var foodApprover = await s.SignInAsync("approver");
        var jobsApprover = await s.StaffAsync("t-rsj-approver", CaseScenario.HumanResources);
        var foodPart = await s.GetAsync(foodApprover, parts.Single(p => p.GetProperty("departmentName").GetString() == CaseScenario.MarketRegulation).GetProperty("id").GetInt64());
        var jobsPart = await s.GetAsync(jobsApprover, parts.Single(p => p.GetProperty("departmentName").GetString() == CaseScenario.HumanResources).GetProperty("id").GetInt64());
        return new Bundle(accepted, foodPart, jobsPart, foodApprover, jobsApprover);
    }

    [Fact]
    public async Task Each_department_sees_only_its_part_and_the_main_case_is_granted_when_both_parts_are()
    {
        var s = new CaseScenario(Factory);
        var b = await AcceptedBundleAsync(s);
        var mainId = b.Main.GetProperty("id").GetInt64();
        long food = b.Food.GetProperty("id").GetInt64(), jobs = b.Jobs.GetProperty("id").GetInt64();
        Assert.Equal("InReview", b.Main.GetProperty("state").GetString());
        // Both parts were dispatched by the same acceptance: both in review with their own clocks now.
        foreach (var part in new[] { b.Food, b.Jobs })
        {
            Assert.Equal("InReview", part.GetProperty("state").GetString());
            Assert.Equal("2026-11-23", part.GetProperty("acceptedOn").GetString());
            Assert.StartsWith(b.Main.GetProperty("number").GetString() + "-", part.GetProperty("number").GetString());
        }

        var foodTasks = await CaseScenario.ListAllAsync(b.FoodApprover, "/api/cases/tasks?list=mine");
        Assert.Contains(foodTasks, t => t.GetProperty("id").GetInt64() == food);
        Assert.DoesNotContain(foodTasks, t => t.GetProperty("id").GetInt64() == jobs);
        var jobsTasks = await CaseScenario.ListAllAsync(b.JobsApprover, "/api/cases/tasks?list=mine");
        Assert.Contains(jobsTasks, t => t.GetProperty("id").GetInt64() == jobs);
        Assert.DoesNotContain(jobsTasks, t => t.GetProperty("id").GetInt64() == food);
        Assert.Equal(HttpStatusCode.Forbidden, (await b.FoodApprover.GetAsync($"/api/cases/{jobs}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await b.JobsApprover.GetAsync($"/api/cases/{food}", Ct)).StatusCode);
        var intrude = await b.JobsApprover.PostAsJsonAsync($"/api/cases/{food}/steps/complete", new { opinion = "越权" }, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, intrude.StatusCode);
        // Nor the main case, which lists every department's materials: each reads its own part, which carries what
        // its item needs.
        foreach (var approver in new[] { b.FoodApprover, b.JobsApprover })
            Assert.Equal(HttpStatusCode.Forbidden, (await approver.GetAsync($"/api/cases/{mainId}", Ct)).StatusCode);

        // The shared material was uploaded once and is there, the same file, for both departments.
        var sharedFood = b.Food.GetProperty("materials").EnumerateArray().Single(m => m.GetProperty("name").GetString() == "食品经营许可申请书");
        var sharedJobs = b.Jobs.GetProperty("materials").EnumerateArray().Single(m => m.GetProperty("name").GetString() == "食品经营许可申请书");
        var sha = sharedFood.GetProperty("files")[0].GetProperty("sha256").GetString();
        Assert.Equal(sha, sharedJobs.GetProperty("files")[0].GetProperty("sha256").GetString());
        Assert.True((await b.JobsApprover.GetAsync($"/api/cases/{jobs}/files/{sha}", Ct)).IsSuccessStatusCode);
        Assert.True((await b.FoodApprover.GetAsync($"/api/cases/{food}/files/{sha}", Ct)).IsSuccessStatusCode);
        Assert.DoesNotContain(b.Food.GetProperty("materials").EnumerateArray(), m => m.GetProperty("name").GetString() == "劳动合同");

        // The two departments work independently; the order does not matter.
        await s.ReviewedAsync(b.JobsApprover, jobs);
        await s.ReviewedAsync(b.FoodApprover, food);
        await s.PostAsync(b.JobsApprover, $"/api/cases/{jobs}/decide", new { decision = "Granted" });
        var citizen = await s.SignInAsync(CaseScenario.Citizen);
        var halfway = await s.GetAsync(citizen, mainId);
        Assert.Equal("InReview", halfway.GetProperty("state").GetString());
        Assert.Equal(["InReview", "Decided"], halfway.GetProperty("parts").EnumerateArray()
            .OrderBy(p => p.GetProperty("itemName").GetString() == "就业登记").Select(p => p.GetProperty("state").GetString()));
        await s.PostAsync(b.FoodApprover, $"/api/cases/{food}/decide", new { decision = "Granted" });
        var main = await s.GetAsync(citizen, mainId);
        Assert.Equal("Decided", main.GetProperty("state").GetString());
        Assert.Equal("Granted", main.GetProperty("decision").GetString());
        Assert.Equal(["Granted", "Granted"], main.GetProperty("parts").EnumerateArray().Select(p => p.GetProperty("decision").GetString()));
        Assert.True((await s.AuditVerifyAsync()).GetProperty("intact").GetBoolean());
    }

    private static int MaterialIndex(JsonElement view, string name) =>
        view.GetProperty("materials").EnumerateArray().Select(m => m.GetProperty("name").GetString()).ToList().IndexOf(name);

    [Fact]
    public async Task A_deferred_material_comes_in_on_the_bundle_and_reaches_its_part_not_uploaded_to_the_part_itself()
    {
        var s = new CaseScenario(Factory);
        var b = await AcceptedBundleAsync(s);
        var citizen = await s.SignInAsync(CaseScenario.Citizen);
        var foodId = b.Food.GetProperty("id").GetInt64();
        const string Layout = "设备设施布局和操作流程文件";

        var direct = await s.UploadAsync(citizen, foodId, MaterialIndex(b.Food, Layout), CaseScenario.Pdf("layout"), "布局图.pdf");
        Assert.Equal("case.upload-on-bundle", (await CaseScenario.RefusedAsync(direct, HttpStatusCode.Conflict)).Code);
        var untouched = await s.GetAsync(b.FoodApprover, foodId);
        Assert.Equal(b.Food.GetProperty("revision").GetInt32(), untouched.GetProperty("revision").GetInt32());
        Assert.Equal(0, untouched.GetProperty("materials")[MaterialIndex(b.Food, Layout)].GetProperty("files").GetArrayLength());
        // The pages offer the upload where it is taken: on the bundle, not on the part.
        Assert.False(untouched.GetProperty("materials")[MaterialIndex(b.Food, Layout)].GetProperty("takesDeferredFile").GetBoolean());
        Assert.True(b.Main.GetProperty("materials")[MaterialIndex(b.Main, Layout)].GetProperty("takesDeferredFile").GetBoolean());

        var main = b.Main.GetProperty("id").GetInt64();
        Assert.True((await s.UploadAsync(citizen, main, MaterialIndex(b.Main, Layout), CaseScenario.Pdf("layout"), "布局图.pdf")).IsSuccessStatusCode);
        var reached = await s.GetAsync(b.FoodApprover, foodId);
        Assert.Equal(1, reached.GetProperty("materials")[MaterialIndex(b.Food, Layout)].GetProperty("files").GetArrayLength());
        Assert.Equal("AttachFile", CaseScenario.Actions(reached).Last());
        Assert.Equal("AttachFile", CaseScenario.Actions(await s.GetAsync(citizen, main)).Last());

        // The part's own 审查中补正 is answered on the part, files included.
        await s.PostAsync(b.FoodApprover, $"/api/cases/{foodId}/review-supplement", new
        {
            items = new[] { new { material = "食品经营许可申请书", problem = "缺少申请人签字" } }, note = "请补正申请书",
        });
        var signed = await s.UploadAsync(citizen, foodId, MaterialIndex(b.Food, "食品经营许可申请书"), CaseScenario.Pdf("signed"), "申请书（签字）.pdf");
        Assert.True(signed.IsSuccessStatusCode, await signed.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Two_departments_deciding_their_parts_at_the_same_moment_both_succeed()
    {
        // Both decisions also write the main case; the loser of that race must not be refused (its part was untouched).
        for (var round = 0; round < 3; round++)
        {
            var s = new CaseScenario(Factory);
            var b = await AcceptedBundleAsync(s);
            long food = b.Food.GetProperty("id").GetInt64(), jobs = b.Jobs.GetProperty("id").GetInt64();
            await s.ReviewedAsync(b.FoodApprover, food);
            await s.ReviewedAsync(b.JobsApprover, jobs);
            var answers = await Task.WhenAll(
                b.FoodApprover.PostAsJsonAsync($"/api/cases/{food}/decide", new { decision = "Granted" }, Ct),
                b.JobsApprover.PostAsJsonAsync($"/api/cases/{jobs}/decide", new { decision = "Granted" }, Ct));
            foreach (var a in answers) Assert.True(a.IsSuccessStatusCode, await a.Content.ReadAsStringAsync(Ct));
            var main = await s.GetAsync(await s.SignInAsync(CaseScenario.Citizen), b.Main.GetProperty("id").GetInt64());
            Assert.Equal("Decided", main.GetProperty("state").GetString());
            Assert.Equal("Granted", main.GetProperty("decision").GetString());
            Assert.Equal(2, main.GetProperty("history").EnumerateArray().Count(h => h.GetProperty("action").GetString() == "PartDecided"));
        }
        Assert.True((await new CaseScenario(Factory).AuditVerifyAsync()).GetProperty("intact").GetBoolean());
    }

    [Fact]
    public async Task One_part_denied_makes_the_main_case_partly_granted_with_the_reason()
    {
        var s = new CaseScenario(Factory);
        var b = await AcceptedBundleAsync(s);
        long food = b.Food.GetProperty("id").GetInt64(), jobs = b.Jobs.GetProperty("id").GetInt64();
        await s.ReviewedAsync(b.FoodApprover, food);
        await s.ReviewedAsync(b.JobsApprover, jobs);
        await s.PostAsync(b.FoodApprover, $"/api/cases/{food}/decide", new { decision = "Granted" });
        await s.PostAsync(b.JobsApprover, $"/api/cases/{jobs}/decide", new { decision = "Denied", reason = "未提供有效劳动合同" });
        var main = await s.GetAsync(await s.SignInAsync(CaseScenario.Citizen), b.Main.GetProperty("id").GetInt64());
        Assert.Equal("Decided", main.GetProperty("state").GetString());
        Assert.Equal("PartlyGranted", main.GetProperty("decision").GetString());
        Assert.Contains("未提供有效劳动合同", main.GetProperty("decisionReason").GetString());
        var denied = main.GetProperty("parts").EnumerateArray().Single(p => p.GetProperty("decision").GetString() == "Denied");
        Assert.Equal("就业登记", denied.GetProperty("itemName").GetString());
        Assert.Equal("未提供有效劳动合同", denied.GetProperty("decisionReason").GetString());
    }

    [Fact]
    public async Task The_main_case_cannot_be_decided_directly()
    {
        var s = new CaseScenario(Factory);
        var b = await AcceptedBundleAsync(s);
        var response = await b.FoodApprover.PostAsJsonAsync($"/api/cases/{b.Main.GetProperty("id").GetInt64()}/decide", new { decision = "Granted" }, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
