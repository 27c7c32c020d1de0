using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;
using static OneStop.Tests.Cases.Pages.ApplicantPages;

namespace OneStop.Tests.Cases;

/// <summary>Hosts whose applicants may hold only a few unsubmitted drafts.</summary>
public sealed class FewDraftsSqliteFactory : SqliteFactory
{
    protected override int OpenDraftsPerApplicant => OpenDraftLimitTests.Limit;
}

public sealed class FewDraftsPostgresFactory : PostgresFactory
{
    protected override int OpenDraftsPerApplicant => OpenDraftLimitTests.Limit;
}

public sealed class OpenDraftLimitOnSqlite(FewDraftsSqliteFactory f) : OpenDraftLimitTests(f), IClassFixture<FewDraftsSqliteFactory>;
public sealed class OpenDraftLimitOnPostgres(FewDraftsPostgresFactory f) : OpenDraftLimitTests(f), IClassFixture<FewDraftsPostgresFactory>;

/// <summary>
/// One account cannot pile up unsubmitted drafts (each may hold 50 MB of files): past the bound a new one is refused
/// with a Chinese reason; withdrawing or submitting one makes room again.
/// </summary>
public abstract class OpenDraftLimitTests(OneStopFactory factory) : ApiTests(factory)
{
    public const int Limit = 3;
    private const string Citizen = "440106195208151026"; // 王五: the demo gives him no drafts
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<int> OpenDraftsAsync(HttpClient who) =>
        (await who.GetFromJsonAsync<JsonElement>("/api/me/cases", Ct)).EnumerateArray().Count(c => c.GetProperty("state").GetString() == "Draft");

    [Fact]
    public async Task An_applicant_with_as_many_open_drafts_as_allowed_is_asked_to_finish_or_withdraw_one_first()
    {
        var s = new CaseScenario(Factory);
        var citizen = await s.SignInAsync(Citizen);
        var items = new List<long>();
        for (var i = 0; i <= Limit; i++) items.Add(await s.PublishItemAsync());
        var drafts = new List<long>();
        for (var i = await OpenDraftsAsync(citizen); i < Limit; i++)
            drafts.Add((await s.StartAsync(citizen, items[i])).GetProperty("id").GetInt64());
        Assert.Equal(Limit, await OpenDraftsAsync(citizen));

        var refused = await Problem.ReadAsync(await citizen.PostAsJsonAsync("/api/cases", new { itemId = items[Limit] }, Ct));
        Assert.Equal(HttpStatusCode.Conflict, refused.Status);
        Assert.Equal("case.too-many-drafts", refused.Code);
        Assert.Equal($"您已有 {Limit} 件未提交的申请草稿，请先提交或撤回不需要的草稿", refused.Title);
        Assert.Equal(Limit, await OpenDraftsAsync(citizen));

        // The page says the same instead of opening a form.
        var page = await citizen.GetAsync($"/cases/apply?itemId={items[Limit]}", Ct);
        Assert.Equal(HttpStatusCode.Conflict, page.StatusCode);
        Assert.Contains("请先提交或撤回不需要的草稿", await page.Content.ReadAsStringAsync(Ct));

        await s.PostAsync(citizen, $"/api/cases/{drafts[0]}/withdraw");
        var started = await citizen.PostAsJsonAsync("/api/cases", new { itemId = items[Limit] }, Ct);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
    }

    [Fact]
    public async Task Resuming_a_draft_at_the_bound_still_opens_it()
    {
        var s = new CaseScenario(Factory);
        var citizen = await s.SignInAsync("440106198511124569");
        var item = await s.PublishItemAsync();
        var id = await ApplyAsync(citizen, item);
        for (var i = await OpenDraftsAsync(citizen); i < Limit; i++) await s.StartAsync(citizen, await s.PublishItemAsync());

        var again = await citizen.GetAsync($"/cases/apply?itemId={item}", Ct);
        Assert.Equal($"/cases/{id}/edit?done=resumed", again.Headers.Location?.OriginalString);
    }
}
