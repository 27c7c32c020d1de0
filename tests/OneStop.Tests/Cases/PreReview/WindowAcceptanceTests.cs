using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Cases.PreReview;

public sealed class WindowAcceptanceOnSqlite(SqliteFactory f) : WindowAcceptanceTests(f), IClassFixture<SqliteFactory>;
public sealed class WindowAcceptanceOnPostgres(PostgresFactory f) : WindowAcceptanceTests(f), IClassFixture<PostgresFactory>;

/// <summary>一窗受理: the clerk starts a case for a walk-in applicant by resident ID.</summary>
public abstract class WindowAcceptanceTests(OneStopFactory factory) : ApiTests(factory)
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_clerk_applies_for_a_registered_citizen_at_the_window_and_the_case_shows_in_their_cases()
    {
        var s = new CaseScenario(Factory);
        var item = await s.PublishItemAsync();
        var clerk = await s.SignInAsync("clerk");
        var draft = await CaseScenario.ReadAsync(await clerk.PostAsJsonAsync("/api/cases/window",
            new { itemId = item, applicantType = "自然人", idNumber = CaseScenario.Citizen }, Ct));
        var id = draft.GetProperty("id").GetInt64();
        Assert.Equal("Window", draft.GetProperty("channel").GetString());
        Assert.Equal("窗口受理", draft.GetProperty("channelLabel").GetString());
        // 一人一档: the profile is reused, not typed again.
        Assert.Equal("张三", draft.GetProperty("applicant").GetProperty("name").GetString());
        Assert.Equal("440106********1231", draft.GetProperty("applicant").GetProperty("idNumber").GetString());

        await s.FillAsync(clerk, id);
        Assert.True((await s.UploadAsync(clerk, id, 0, CaseScenario.Pdf("window"))).IsSuccessStatusCode);
        var submitted = await s.PostAsync(clerk, $"/api/cases/{id}/submit");
        Assert.Equal("Submitted", submitted.GetProperty("state").GetString());
        Assert.Equal("InReview", (await s.PostAsync(clerk, $"/api/cases/{id}/accept", new { note = "窗口受理" })).GetProperty("state").GetString());

        var citizen = await s.SignInAsync(CaseScenario.Citizen);
        var mine = await citizen.GetFromJsonAsync<JsonElement>("/api/me/cases", Ct);
        Assert.Contains(mine.EnumerateArray(), c => c.GetProperty("id").GetInt64() == id && c.GetProperty("number").GetString() == submitted.GetProperty("number").GetString());
        Assert.Equal("InReview", (await s.GetAsync(citizen, id)).GetProperty("state").GetString());
    }

    [Fact]
    public async Task The_clerk_applies_for_an_unregistered_walk_in_with_the_name_they_give()
    {
        var s = new CaseScenario(Factory);
        var item = await s.PublishItemAsync();
        var clerk = await s.SignInAsync("clerk");
        var id = TestIds.ResidentId();
        var nameless = await clerk.PostAsJsonAsync("/api/cases/window", new { itemId = item, applicantType = "Citizen", idNumber = id }, Ct);
        Assert.True((await CaseScenario.RefusedAsync(nameless, HttpStatusCode.BadRequest)).HasFieldError("name"));
        var draft = await CaseScenario.ReadAsync(await clerk.PostAsJsonAsync("/api/cases/window",
            new { itemId = item, applicantType = "Citizen", idNumber = id, name = "王五", phone = "13700137000" }, Ct));
        Assert.Equal("王五", draft.GetProperty("applicant").GetProperty("name").GetString());
        Assert.DoesNotContain(id, draft.GetRawText());
        Assert.DoesNotContain("13700137000", draft.GetRawText());
    }

    [Fact]
    public async Task An_invalid_resident_id_is_refused_naming_the_field_and_nothing_is_stored()
    {
        var s = new CaseScenario(Factory);
        var item = await s.PublishItemAsync();
        var clerk = await s.SignInAsync("clerk");
        var before = await s.CountCasesAsync();
        foreach (var bad in new[] { TestIds.WithWrongCheckChar(CaseScenario.Citizen), "12345", "" })
        {
            var response = await clerk.PostAsJsonAsync("/api/cases/window", new { itemId = item, applicantType = "自然人", idNumber = bad, name = "王五" }, Ct);
            var problem = await CaseScenario.RefusedAsync(response, HttpStatusCode.BadRequest);
            Assert.Equal("case.invalid-applicant", problem.Code);
            Assert.True(problem.HasFieldError("idNumber"), problem.Body.ToString());
        }
        Assert.Equal(before, await s.CountCasesAsync());
    }

    [Fact]
    public async Task Only_a_window_clerk_starts_a_window_case()
    {
        var s = new CaseScenario(Factory);
        var item = await s.PublishItemAsync();
        foreach (var who in new[] { "approver", CaseScenario.Citizen })
        {
            var client = await s.SignInAsync(who);
            var response = await client.PostAsJsonAsync("/api/cases/window", new { itemId = item, applicantType = "自然人", idNumber = CaseScenario.Citizen }, Ct);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
    }
}
