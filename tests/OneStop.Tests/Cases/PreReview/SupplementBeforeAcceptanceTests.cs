using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Cases.PreReview;

public sealed class SupplementBeforeAcceptanceOnSqlite(SqliteFactory f) : SupplementBeforeAcceptanceTests(f), IClassFixture<SqliteFactory>;
public sealed class SupplementBeforeAcceptanceOnPostgres(PostgresFactory f) : SupplementBeforeAcceptanceTests(f), IClassFixture<PostgresFactory>;

/// <summary>一次性告知: before acceptance the clerk lists everything missing once; the answer goes back to pre-review; no clock yet.</summary>
public abstract class SupplementBeforeAcceptanceTests(OneStopFactory factory) : ApiTests(factory)
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_clerk_lists_every_missing_item_once_and_the_answer_returns_the_case_to_pre_review_without_a_clock()
    {
        var s = new CaseScenario(Factory);
        var submitted = await s.SubmittedAsync(await s.PublishItemAsync());
        var id = submitted.GetProperty("id").GetInt64();
        var clerk = await s.SignInAsync("clerk");
        var notice = await s.PostAsync(clerk, $"/api/cases/{id}/supplement", new
        {
            items = new[]
            {
                new { material = "食品经营许可申请书", problem = "缺少法定代表人签字" },
                new { material = "设备设施布局和操作流程文件", problem = "请一并提交，不再容缺" },
            },
            note = "请一次补齐以下材料",
        });
        Assert.Equal("AwaitingSupplement", notice.GetProperty("state").GetString());
        Assert.Equal(2, notice.GetProperty("supplement").GetProperty("items").GetArrayLength());
        var detail = notice.GetProperty("history").EnumerateArray().Last().GetProperty("detail").GetString()!;
        Assert.Contains("缺少法定代表人签字", detail);
        Assert.Contains("设备设施布局和操作流程文件", detail);
        AssertNoClock(notice);

        var citizen = await s.SignInAsync(CaseScenario.Citizen);
        var seen = await s.GetAsync(citizen, id);
        Assert.Equal(["食品经营许可申请书", "设备设施布局和操作流程文件"],
            seen.GetProperty("supplement").GetProperty("items").EnumerateArray().Select(i => i.GetProperty("material").GetString()));
        Assert.True((await s.UploadAsync(citizen, id, 0, CaseScenario.Pdf("signed"))).IsSuccessStatusCode);
        Assert.True((await s.UploadAsync(citizen, id, 2, CaseScenario.Pdf("layout"))).IsSuccessStatusCode);
        var answered = await s.PostAsync(citizen, $"/api/cases/{id}/supplement-answer", new { note = "已补齐" });
        Assert.Equal("Submitted", answered.GetProperty("state").GetString());
        AssertNoClock(answered);
        var queue = await CaseScenario.ListAllAsync(clerk, "/api/cases/pre-review");
        Assert.Contains(queue, c => c.GetProperty("id").GetInt64() == id && c.GetProperty("state").GetString() == "Submitted");

        // The clock starts at acceptance, the day the answer is accepted (not the day the notice went out).
        var accepted = await s.PostAsync(clerk, $"/api/cases/{id}/accept", new { note = "补正后材料齐全" });
        Assert.Equal(["Submit", "RequestSupplement", "AnswerSupplement", "Accept"], CaseScenario.Actions(accepted));
        Assert.Equal("2026-11-23", accepted.GetProperty("acceptedOn").GetString());
        // 20 working days from 11-24: through 12-21 (no holiday in between).
        Assert.Equal("2026-12-21", accepted.GetProperty("statutoryDueDate").GetString());
        Assert.Empty(accepted.GetProperty("pauses").EnumerateArray());
    }

    [Fact]
    public async Task A_supplement_notice_that_lists_nothing_is_refused_and_the_case_stays_in_pre_review()
    {
        var s = new CaseScenario(Factory);
        var submitted = await s.SubmittedAsync(await s.PublishItemAsync());
        var id = submitted.GetProperty("id").GetInt64();
        var clerk = await s.SignInAsync("clerk");
        var response = await clerk.PostAsJsonAsync($"/api/cases/{id}/supplement", new { items = Array.Empty<object>(), note = "补正" }, Ct);
        var problem = await CaseScenario.RefusedAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.HasFieldError("items"), problem.Body.ToString());
        var after = await s.GetAsync(clerk, id);
        Assert.Equal("Submitted", after.GetProperty("state").GetString());
        Assert.Equal(submitted.GetProperty("revision").GetInt32(), after.GetProperty("revision").GetInt32());
    }

    [Fact]
    public async Task While_answering_the_applicant_corrects_the_form_and_replaces_a_wrong_file()
    {
        var s = new CaseScenario(Factory);
        var submitted = await s.SubmittedAsync(await s.PublishItemAsync());
        var id = submitted.GetProperty("id").GetInt64();
        var wrong = submitted.GetProperty("materials")[0].GetProperty("files")[0].GetProperty("sha256").GetString();
        var clerk = await s.SignInAsync("clerk");
        await s.PostAsync(clerk, $"/api/cases/{id}/supplement", new
        {
            items = new[] { new { material = "申请表", problem = "经营场所名称与营业执照不一致" }, new { material = "食品经营许可申请书", problem = "缺少签字" } },
        });

        var citizen = await s.SignInAsync(CaseScenario.Citizen);
        var corrected = await CaseScenario.ReadAsync(await citizen.PutAsJsonAsync($"/api/cases/{id}/draft",
            new { fields = new { shopName = "天河示范小店（更正）", shopAddress = "天河路 1 号" } }, Ct));
        Assert.Equal("AwaitingSupplement", corrected.GetProperty("state").GetString());
        Assert.True((await citizen.DeleteAsync($"/api/cases/{id}/materials/0/files/{wrong}", Ct)).IsSuccessStatusCode);
        Assert.True((await s.UploadAsync(citizen, id, 0, CaseScenario.Pdf("signed " + Guid.NewGuid()))).IsSuccessStatusCode);
        await s.PostAsync(citizen, $"/api/cases/{id}/supplement-answer", new { });

        var seen = await s.GetAsync(clerk, id);
        Assert.Equal("Submitted", seen.GetProperty("state").GetString());
        Assert.Contains(seen.GetProperty("fields").EnumerateArray(), f => f.GetProperty("value").GetString() == "天河示范小店（更正）");
        var files = seen.GetProperty("materials")[0].GetProperty("files").EnumerateArray().Select(f => f.GetProperty("sha256").GetString()).ToList();
        Assert.DoesNotContain(wrong, files);
        Assert.Single(files);
        // The clerk had seen the wrong file: the record keeps it, named and downloadable, where it was removed.
        var removal = Assert.Single(seen.GetProperty("history").EnumerateArray(), h => h.GetProperty("attachments").GetArrayLength() > 0);
        Assert.Equal(wrong, removal.GetProperty("attachments")[0].GetProperty("sha256").GetString());
        Assert.StartsWith("删除已提交的材料文件：食品经营许可申请书", removal.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync($"/api/cases/{id}/files/{wrong}", Ct)).StatusCode);
        Assert.Contains($"href=\"/api/cases/{id}/files/{wrong}\"", await clerk.GetStringAsync($"/workbench/cases/{id}", Ct));
    }

    [Fact]
    public async Task An_answer_that_brings_nothing_new_and_says_nothing_is_refused_and_the_notice_stays_open()
    {
        var s = new CaseScenario(Factory);
        var id = (await s.SubmittedAsync(await s.PublishItemAsync())).GetProperty("id").GetInt64();
        var clerk = await s.SignInAsync("clerk");
        await s.PostAsync(clerk, $"/api/cases/{id}/supplement", new { items = new[] { new { material = "食品经营许可申请书", problem = "缺少签字" } } });
        var citizen = await s.SignInAsync(CaseScenario.Citizen);

        var empty = await citizen.PostAsJsonAsync($"/api/cases/{id}/supplement-answer", new { }, Ct);
        var problem = await CaseScenario.RefusedAsync(empty, HttpStatusCode.BadRequest);
        Assert.Equal("case.supplement-unchanged", problem.Code);
        Assert.True(problem.HasFieldError("note"), problem.Body.ToString());
        Assert.Equal("AwaitingSupplement", (await s.GetAsync(citizen, id)).GetProperty("state").GetString());

        // An explanation is an answer too (the notice may ask for one).
        var explained = await s.PostAsync(citizen, $"/api/cases/{id}/supplement-answer", new { note = "申请书已由法定代表人当面签字，见窗口留存件" });
        Assert.Equal("Submitted", explained.GetProperty("state").GetString());
    }

    [Fact]
    public async Task An_answer_that_takes_away_what_a_submission_must_hold_is_refused_and_the_notice_stays_open()
    {
        var s = new CaseScenario(Factory);
        var submitted = await s.SubmittedAsync(await s.PublishItemAsync());
        var id = submitted.GetProperty("id").GetInt64();
        var only = submitted.GetProperty("materials")[0].GetProperty("files")[0].GetProperty("sha256").GetString();
        var clerk = await s.SignInAsync("clerk");
        await s.PostAsync(clerk, $"/api/cases/{id}/supplement", new { items = new[] { new { material = "食品经营许可申请书", problem = "缺少签字" } } });
        var citizen = await s.SignInAsync(CaseScenario.Citizen);

        Assert.True((await citizen.DeleteAsync($"/api/cases/{id}/materials/0/files/{only}", Ct)).IsSuccessStatusCode);
        await CaseScenario.ReadAsync(await citizen.PutAsJsonAsync($"/api/cases/{id}/draft", new { fields = new { shopName = "", shopAddress = "天河路 1 号" } }, Ct));
        var answer = await citizen.PostAsJsonAsync($"/api/cases/{id}/supplement-answer", new { note = "已处理" }, Ct);

        var problem = await CaseScenario.RefusedAsync(answer, HttpStatusCode.BadRequest);
        Assert.Equal("case.incomplete", problem.Code);
        Assert.True(problem.HasFieldError("materials[0]"), problem.Body.ToString());
        Assert.True(problem.HasFieldError("fields.shopName"), problem.Body.ToString());
        Assert.Equal("AwaitingSupplement", (await s.GetAsync(citizen, id)).GetProperty("state").GetString());
        var accept = await clerk.PostAsJsonAsync($"/api/cases/{id}/accept", new { }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, accept.StatusCode);

        Assert.True((await s.UploadAsync(citizen, id, 0, CaseScenario.Pdf("signed " + Guid.NewGuid()))).IsSuccessStatusCode);
        await s.FillAsync(citizen, id);
        Assert.Equal("Submitted", (await s.PostAsync(citizen, $"/api/cases/{id}/supplement-answer", new { note = "已补签" })).GetProperty("state").GetString());
    }

    private static void AssertNoClock(JsonElement view)
    {
        Assert.Equal(JsonValueKind.Null, view.GetProperty("acceptedOn").ValueKind);
        Assert.Equal(JsonValueKind.Null, view.GetProperty("statutoryDueDate").ValueKind);
        Assert.Equal(JsonValueKind.Null, view.GetProperty("promisedDueDate").ValueKind);
        Assert.False(view.GetProperty("clock").GetProperty("running").GetBoolean());
    }
}
