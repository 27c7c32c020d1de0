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
/// with a Chinese reason; a draft withdrawn unsubmitted still counts for a day.
/// </summary>
public abstract class OpenDraftLimitTests(OneStopFactory factory) : ApiTests(factory)
{
    public const int Limit = 3;
    private const string Citizen = "440106195208151026"; // 王五: the demo gives him no drafts
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<int> OpenDraftsAsync(HttpClient who) =>
        (await who.GetFromJsonAsync<JsonElement>("/api/me/cases", Ct)).EnumerateArray().Count(c => c.GetProperty("state").GetString() == "Draft");

    [Fact]
    public async Task An_applicant_with_as_many_open_drafts_as_allowed_is_asked_to_finish_one_and_withdrawing_makes_no_room_at_once()
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
        Assert.Equal($"您已有 {Limit} 件未提交的申请草稿，请先提交或继续填写已有草稿", refused.Title);
        Assert.Equal(Limit, await OpenDraftsAsync(citizen));

        // The page says the same instead of opening a form.
        var page = await citizen.GetAsync($"/cases/apply?itemId={items[Limit]}", Ct);
        Assert.Equal(HttpStatusCode.Conflict, page.StatusCode);
        Assert.Contains("请先提交或继续填写已有草稿", await page.Content.ReadAsStringAsync(Ct));

        // Withdrawing a draft does not make room at once: a withdrawn draft keeps its files, so "fill, withdraw,
        // repeat" would otherwise have no bound. A day later it no longer counts.
        await s.PostAsync(citizen, $"/api/cases/{drafts[0]}/withdraw");
        var still = await Problem.ReadAsync(await citizen.PostAsJsonAsync("/api/cases", new { itemId = items[Limit] }, Ct));
        Assert.Equal("case.too-many-drafts", still.Code);
        Assert.Contains("另有 24 小时内撤回的 1 件", still.Title);
    }

    [Fact]
    public async Task A_day_after_withdrawing_a_draft_the_applicant_may_start_another()
    {
        await using var own = await Factory.WithOwnClockAsync();
        var s = new CaseScenario(own.Factory);
        var citizen = await s.SignInAsync(Citizen);
        var drafts = new List<long>();
        for (var i = await OpenDraftsAsync(citizen); i < Limit; i++) drafts.Add((await s.StartAsync(citizen, await s.PublishItemAsync())).GetProperty("id").GetInt64());
        await s.PostAsync(citizen, $"/api/cases/{drafts[0]}/withdraw");
        var item = await s.PublishItemAsync();
        Assert.Equal(HttpStatusCode.Conflict, (await citizen.PostAsJsonAsync("/api/cases", new { itemId = item }, Ct)).StatusCode);

        own.Clock.Advance(TimeSpan.FromHours(25));
        citizen = await s.SignInAsync(Citizen);

        Assert.Equal(HttpStatusCode.Created, (await citizen.PostAsJsonAsync("/api/cases", new { itemId = item }, Ct)).StatusCode);
    }

    [Fact]
    public async Task Cases_withdrawn_after_submission_count_for_a_day_from_their_withdrawal_like_drafts()
    {
        await using var own = await Factory.WithOwnClockAsync();
        var s = new CaseScenario(own.Factory);
        var citizen = await s.SignInAsync(Citizen);
        var old = (await s.StartAsync(citizen, await s.PublishItemAsync())).GetProperty("id").GetInt64();
        own.Clock.Advance(TimeSpan.FromHours(25));
        citizen = await s.SignInAsync(Citizen);
        // Created more than a day ago, withdrawn now: it counts from now.
        await s.PostAsync(citizen, $"/api/cases/{old}/withdraw");
        for (var i = 1; i < Limit; i++)
        {
            var submitted = (await s.SubmittedAsync(await s.PublishItemAsync(), Citizen)).GetProperty("id").GetInt64();
            await s.PostAsync(citizen, $"/api/cases/{submitted}/withdraw");
        }

        var item = await s.PublishItemAsync();
        var refused = await Problem.ReadAsync(await citizen.PostAsJsonAsync("/api/cases", new { itemId = item }, Ct));
        Assert.Equal("case.too-many-drafts", refused.Code);
        Assert.Contains($"另有 24 小时内撤回的 {Limit} 件", refused.Title);

        own.Clock.Advance(TimeSpan.FromHours(25));
        citizen = await s.SignInAsync(Citizen);
        Assert.Equal(HttpStatusCode.Created, (await citizen.PostAsJsonAsync("/api/cases", new { itemId = item }, Ct)).StatusCode);
    }

    [Fact]
    public async Task Parallel_new_drafts_from_one_applicant_stop_at_the_bound()
    {
        var s = new CaseScenario(Factory);
        var citizen = await s.SignInAsync("440106195803152226"); // 王秀英
        var items = new List<long>();
        for (var i = 0; i < Limit * 3; i++) items.Add(await s.PublishItemAsync());
        var before = await OpenDraftsAsync(citizen);

        var answers = await Task.WhenAll(items.Select(item => citizen.PostAsJsonAsync("/api/cases", new { itemId = item }, Ct)));

        Assert.All(answers, a => Assert.True(a.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict, a.StatusCode.ToString()));
        Assert.Equal(Math.Max(0, Limit - before), answers.Count(a => a.StatusCode == HttpStatusCode.Created));
        Assert.Equal(Math.Max(before, Limit), await OpenDraftsAsync(citizen));
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

/// <summary>我的办件 with a long history: an old unsubmitted draft is still listed, so it can be continued or withdrawn.</summary>
public sealed class MyCasesListsEveryDraftTests(SqliteFactory factory) : ApiTests(factory), IClassFixture<SqliteFactory>
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_old_draft_stays_in_my_cases_behind_two_hundred_newer_cases()
    {
        var s = new CaseScenario(Factory);
        var citizen = await s.SignInAsync("440106195208151026");
        var item = await s.PublishItemAsync();
        var old = (await s.StartAsync(citizen, item)).GetProperty("id").GetInt64();
        for (var i = 0; i < OneStop.Cases.Reading.ReadCases.MineListed; i++)
        {
            var id = (await s.StartAsync(citizen, item)).GetProperty("id").GetInt64();
            await s.PostAsync(citizen, $"/api/cases/{id}/withdraw");
        }

        var mine = (await citizen.GetFromJsonAsync<JsonElement>("/api/me/cases", Ct)).EnumerateArray().ToList();

        Assert.Equal(OneStop.Cases.Reading.ReadCases.MineListed + 1, mine.Count);
        Assert.Contains(mine, c => c.GetProperty("id").GetInt64() == old && c.GetProperty("state").GetString() == "Draft");
    }
}
