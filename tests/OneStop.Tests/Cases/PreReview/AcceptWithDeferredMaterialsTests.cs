using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Cases.PreReview;

public sealed class AcceptWithDeferredMaterialsOnSqlite(SqliteFactory f) : AcceptWithDeferredMaterialsTests(f), IClassFixture<SqliteFactory>;
public sealed class AcceptWithDeferredMaterialsOnPostgres(PostgresFactory f) : AcceptWithDeferredMaterialsTests(f), IClassFixture<PostgresFactory>;

/// <summary>容缺受理: a deferrable material marked "to be supplied later" gets a due date; it arrives after acceptance.</summary>
public abstract class AcceptWithDeferredMaterialsTests(OneStopFactory factory) : ApiTests(factory)
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_clerk_accepts_with_a_deferred_material_the_applicant_supplies_it_and_the_approver_confirms_it()
    {
        var s = new CaseScenario(Factory);
        var accepted = await s.AcceptedAsync(await s.PublishItemAsync());
        var id = accepted.GetProperty("id").GetInt64();
        Assert.Equal("AcceptWithDeferred", CaseScenario.Actions(accepted).Last());
        // Accepted Monday 2026-11-23; 5 working days from the next day: 11-24, 25, 26, 27, 30.
        Assert.Equal("2026-11-30", accepted.GetProperty("deferredDueDate").GetString());
        var deferred = accepted.GetProperty("materials")[2];
        Assert.Equal("Deferred", deferred.GetProperty("status").GetString());
        Assert.Equal("2026-11-30", deferred.GetProperty("deferredDueDate").GetString());
        Assert.Contains("2026-11-30", accepted.GetProperty("history").EnumerateArray().Last().GetProperty("detail").GetString());

        var citizen = await s.SignInAsync(CaseScenario.Citizen);
        // What was accepted stays as accepted: only the deferred material may still come in.
        var late = await s.UploadAsync(citizen, id, 0, CaseScenario.Pdf("replacement"));
        Assert.Equal("case.material-not-open", (await CaseScenario.RefusedAsync(late, HttpStatusCode.Conflict)).Code);

        var supplied = await CaseScenario.ReadAsync(await s.UploadAsync(citizen, id, 2, CaseScenario.Pdf("layout"), "布局图.pdf"));
        Assert.Equal("Deferred", supplied.GetProperty("materials")[2].GetProperty("status").GetString());
        Assert.Equal(1, supplied.GetProperty("materials")[2].GetProperty("files").GetArrayLength());
        Assert.Equal(1, supplied.GetProperty("materials")[0].GetProperty("files").GetArrayLength());
        // Its arrival is in the history, with the file, before anyone confirms it.
        var arrived = supplied.GetProperty("history").EnumerateArray().Last();
        Assert.Equal("AttachFile", arrived.GetProperty("action").GetString());
        Assert.Equal("InReview", arrived.GetProperty("from").GetString());
        Assert.Equal("InReview", arrived.GetProperty("to").GetString());
        Assert.Contains("布局图.pdf", arrived.GetProperty("detail").GetString());
        Assert.Equal(supplied.GetProperty("materials")[2].GetProperty("files")[0].GetProperty("sha256").GetString(),
            arrived.GetProperty("attachments")[0].GetProperty("sha256").GetString());

        var approver = await s.SignInAsync("approver");
        var confirmed = await s.PostAsync(approver, $"/api/cases/{id}/materials/2/confirm");
        Assert.Equal("Attached", confirmed.GetProperty("materials")[2].GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, confirmed.GetProperty("deferredDueDate").ValueKind);
        Assert.Equal("SupplyDeferred", CaseScenario.Actions(confirmed).Last());
        Assert.Equal("InReview", confirmed.GetProperty("state").GetString());

        // Confirmed once: a second confirmation has nothing to confirm.
        var again = await approver.PostAsync($"/api/cases/{id}/materials/2/confirm", null, Ct);
        Assert.Equal("case.material-not-deferred", (await CaseScenario.RefusedAsync(again, HttpStatusCode.Conflict)).Code);
    }

    [Fact]
    public async Task A_deferred_material_still_comes_in_after_the_grant_and_the_approver_confirms_it_then()
    {
        // 容缺后补 (ADR 0015): the decision does not wait for it, and the case is not left owing a material it can no
        // longer take; after a denial nothing more is asked for.
        var s = new CaseScenario(Factory);
        var item = await s.PublishItemAsync();
        var granted = (await s.AcceptedAsync(item)).GetProperty("id").GetInt64();
        var denied = (await s.AcceptedAsync(item)).GetProperty("id").GetInt64();
        var approver = await s.SignInAsync("approver");
        foreach (var (id, decision) in new[] { (granted, "Granted"), (denied, "Denied") })
        {
            await s.ReviewedAsync(approver, id);
            await s.PostAsync(approver, $"/api/cases/{id}/decide", new { decision, reason = decision == "Denied" ? "经营场所不符合要求" : null });
        }

        var citizen = await s.SignInAsync(CaseScenario.Citizen);
        var supplied = await CaseScenario.ReadAsync(await s.UploadAsync(citizen, granted, 2, CaseScenario.Pdf("after grant"), "布局图.pdf"));
        Assert.Equal("Decided", supplied.GetProperty("state").GetString());
        Assert.Equal(1, supplied.GetProperty("materials")[2].GetProperty("files").GetArrayLength());
        var confirmed = await s.PostAsync(approver, $"/api/cases/{granted}/materials/2/confirm");
        Assert.Equal("Attached", confirmed.GetProperty("materials")[2].GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, confirmed.GetProperty("deferredDueDate").ValueKind);
        Assert.Equal("Granted", confirmed.GetProperty("decision").GetString());
        // Only the deferred material: what was decided on stays as it was.
        var other = await s.UploadAsync(citizen, granted, 0, CaseScenario.Pdf("replacement after grant"));
        Assert.Equal("case.material-not-open", (await CaseScenario.RefusedAsync(other, HttpStatusCode.Conflict)).Code);

        var afterDenial = await s.UploadAsync(citizen, denied, 2, CaseScenario.Pdf("after denial"), "布局图.pdf");
        Assert.Equal("case.denied", (await CaseScenario.RefusedAsync(afterDenial, HttpStatusCode.Conflict)).Code);
        Assert.Equal(0, (await s.GetAsync(citizen, denied)).GetProperty("materials")[2].GetProperty("files").GetArrayLength());
    }

    [Fact]
    public async Task A_deferred_material_without_a_file_cannot_be_confirmed()
    {
        var s = new CaseScenario(Factory);
        var accepted = await s.AcceptedAsync(await s.PublishItemAsync());
        var approver = await s.SignInAsync("approver");
        var response = await approver.PostAsync($"/api/cases/{accepted.GetProperty("id").GetInt64()}/materials/2/confirm", null, Ct);
        Assert.Equal("case.material-has-no-file", (await CaseScenario.RefusedAsync(response, HttpStatusCode.Conflict)).Code);
    }

    [Fact]
    public async Task A_material_that_is_not_deferrable_cannot_be_marked_to_follow_and_nothing_is_saved()
    {
        var s = new CaseScenario(Factory);
        var item = await s.PublishItemAsync();
        var citizen = await s.SignInAsync(CaseScenario.Citizen);
        var draft = await s.StartAsync(citizen, item);
        var id = draft.GetProperty("id").GetInt64();
        var response = await citizen.PutAsJsonAsync($"/api/cases/{id}/draft",
            new { fields = new { shopName = "不该保存的名称" }, deferred = new[] { 0 } }, Ct);
        var problem = await CaseScenario.RefusedAsync(response, HttpStatusCode.Conflict);
        Assert.Equal("case.material-not-deferrable", problem.Code);
        Assert.Contains("食品经营许可申请书", problem.Title);

        var after = await s.GetAsync(citizen, id);
        Assert.Equal("Missing", after.GetProperty("materials")[0].GetProperty("status").GetString());
        Assert.Equal(draft.GetProperty("revision").GetInt32(), after.GetProperty("revision").GetInt32());
        Assert.DoesNotContain(after.GetProperty("fields").EnumerateArray(), f => f.GetProperty("value").GetString() == "不该保存的名称");
    }
}
