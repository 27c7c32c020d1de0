using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OneStop.Cases.Reading;
using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Cases.Pages;

public sealed class WorkbenchListPagesOnSqlite(SqliteFactory f) : WorkbenchListPagesTests(f), IClassFixture<SqliteFactory>;
public sealed class WorkbenchListPagesOnPostgres(PostgresFactory f) : WorkbenchListPagesTests(f), IClassFixture<PostgresFactory>;

/// <summary>
/// 待预审 and 审批待办 longer than a page: every case is reachable page by page and by its number, so a burst of
/// submissions cannot hide the ones behind it. Each test has an installation of its own, so the lists' lengths are known.
/// </summary>
public abstract class WorkbenchListPagesTests(OneStopFactory factory) : ApiTests(factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>One more case than a page holds, submitted a minute apart: the last one submitted waits least.</summary>
    private static async Task<List<(long Id, string Number)>> SubmitMoreThanAPageAsync(CaseScenario s, OwnClock own)
    {
        var item = await s.PublishItemAsync();
        var cases = new List<(long, string)>();
        for (var i = 0; i <= CasePage.Size; i++)
        {
            var c = await s.SubmittedAsync(item, i % 2 == 0 ? CaseScenario.Citizen : CaseScenario.OtherCitizen);
            cases.Add((c.GetProperty("id").GetInt64(), c.GetProperty("number").GetString()!));
            own.Clock.Advance(TimeSpan.FromMinutes(1));
        }
        return cases;
    }

    private static IEnumerable<long> Ids(JsonElement page) => page.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetInt64());

    [Fact]
    public async Task A_clerk_pages_through_a_queue_longer_than_a_page_and_finds_the_newest_case_by_its_number()
    {
        await using var own = await Factory.WithOwnClockAsync();
        var s = new CaseScenario(own.Factory);
        var clerk = await s.SignInAsync("clerk");
        var waiting = (await CaseScenario.ListAllAsync(clerk, "/api/cases/pre-review")).Count;
        var cases = await SubmitMoreThanAPageAsync(s, own);
        var (newestId, newestNumber) = cases[^1];

        var first = await clerk.GetFromJsonAsync<JsonElement>("/api/cases/pre-review", Ct);
        Assert.Equal(waiting + cases.Count, first.GetProperty("total").GetInt32());
        Assert.Equal(CasePage.Size, first.GetProperty("items").GetArrayLength());
        Assert.DoesNotContain(newestId, Ids(first)); // waiting longest first: the newest is behind a full page
        var all = await CaseScenario.ListAllAsync(clerk, "/api/cases/pre-review");
        Assert.Equal(waiting + cases.Count, all.Select(c => c.GetProperty("id").GetInt64()).Distinct().Count());
        Assert.Subset(all.Select(c => c.GetProperty("id").GetInt64()).ToHashSet(), cases.Select(c => c.Id).ToHashSet());
        var submitted = all.Select(c => c.GetProperty("submittedAt").GetDateTimeOffset()).ToList();
        Assert.Equal(submitted.Order(), submitted);

        var found = await clerk.GetFromJsonAsync<JsonElement>($"/api/cases/pre-review?q={newestNumber}", Ct);
        Assert.Equal([newestId], Ids(found));

        var firstPage = await clerk.GetStringAsync("/workbench/cases/pre-review", Ct);
        Assert.DoesNotContain($"/workbench/cases/{newestId}\"", firstPage);
        var pages = first.GetProperty("pages").GetInt32();
        Assert.Contains($"第 1 / {pages} 页", firstPage);
        Assert.Contains("href=\"/workbench/cases/pre-review?list=all&amp;page=2\"", firstPage);
        var lastPage = await clerk.GetStringAsync($"/workbench/cases/pre-review?page={pages}", Ct);
        Assert.Contains($"href=\"/workbench/cases/{newestId}\">{newestNumber}</a>", lastPage);
        Assert.Contains("data-test=\"pager-previous\"", lastPage);
        Assert.DoesNotContain("data-test=\"pager-next\"", lastPage);

        var searched = await clerk.GetStringAsync($"/workbench/cases/pre-review?q={newestNumber}", Ct);
        Assert.Contains($"href=\"/workbench/cases/{newestId}\">{newestNumber}</a>", searched);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(searched, "data-test=\"queue-row\""));
        Assert.Contains($"value=\"{newestNumber}\"", searched); // the search box keeps what was typed
        // The tabs count the whole lists, not what the search found.
        Assert.Contains($"待预审（{all.Count(c => c.GetProperty("state").GetString() == "Submitted")}）", searched);
        Assert.Contains($"全部（{waiting + cases.Count}）", searched);
    }

    [Fact]
    public async Task The_queues_supplement_tab_lists_only_cases_waiting_for_the_applicants_answer()
    {
        var s = new CaseScenario(Factory);
        var clerk = await s.SignInAsync("clerk");
        var item = await s.PublishItemAsync();
        var asked = (await s.SubmittedAsync(item)).GetProperty("number").GetString()!;
        var waiting = (await s.SubmittedAsync(item)).GetProperty("number").GetString()!;
        var askedId = (await clerk.GetFromJsonAsync<JsonElement>($"/api/cases/pre-review?q={asked}", Ct)).GetProperty("items")[0].GetProperty("id").GetInt64();
        await s.PostAsync(clerk, $"/api/cases/{askedId}/supplement", new { items = new[] { new { material = "申请书", problem = "缺少签字" } } });

        var supplement = await CaseScenario.ListAllAsync(clerk, "/api/cases/pre-review?list=supplement");
        Assert.Contains(supplement, c => c.GetProperty("number").GetString() == asked);
        Assert.DoesNotContain(supplement, c => c.GetProperty("number").GetString() == waiting);
        Assert.All(supplement, c => Assert.Equal("AwaitingSupplement", c.GetProperty("state").GetString()));
        var preReview = await CaseScenario.ListAllAsync(clerk, "/api/cases/pre-review?list=pre-review");
        Assert.Contains(preReview, c => c.GetProperty("number").GetString() == waiting);
        Assert.DoesNotContain(preReview, c => c.GetProperty("number").GetString() == asked);

        var html = await clerk.GetStringAsync($"/workbench/cases/pre-review?list=supplement&q={asked}", Ct);
        Assert.Contains($">{asked}</a>", html);
        Assert.Contains("aria-current=\"page\" data-test=\"tab-supplement\">待补正（", html);
        Assert.DoesNotContain($">{waiting}</a>", await clerk.GetStringAsync($"/workbench/cases/pre-review?list=supplement&q={waiting}", Ct));
    }

    [Fact]
    public async Task An_approver_pages_through_more_tasks_than_a_page_and_finds_one_by_its_number()
    {
        await using var own = await Factory.WithOwnClockAsync();
        var s = new CaseScenario(own.Factory);
        var approver = await s.SignInAsync("approver");
        var before = (await CaseScenario.ListAllAsync(approver, "/api/cases/tasks?list=mine")).Count;
        var cases = await SubmitMoreThanAPageAsync(s, own);
        var clerk = await s.SignInAsync("clerk");
        foreach (var (id, _) in cases) await s.PostAsync(clerk, $"/api/cases/{id}/accept", new { });

        var first = await approver.GetFromJsonAsync<JsonElement>("/api/cases/tasks?list=mine", Ct);
        Assert.Equal(before + cases.Count, first.GetProperty("total").GetInt32());
        Assert.Equal(CasePage.Size, first.GetProperty("items").GetArrayLength());
        var all = await CaseScenario.ListAllAsync(approver, "/api/cases/tasks?list=mine");
        Assert.Equal(before + cases.Count, all.Select(c => c.GetProperty("id").GetInt64()).Distinct().Count());
        Assert.Subset(all.Select(c => c.GetProperty("id").GetInt64()).ToHashSet(), cases.Select(c => c.Id).ToHashSet());

        var (lastId, lastNumber) = cases[^1];
        Assert.Equal([lastId], Ids(await approver.GetFromJsonAsync<JsonElement>($"/api/cases/tasks?list=mine&q={lastNumber}", Ct)));
        var html = await approver.GetStringAsync($"/workbench/cases/tasks?q={lastNumber}", Ct);
        Assert.Contains($"href=\"/workbench/cases/{lastId}\">{lastNumber}</a>", html);
        Assert.Contains($"本部门待办（{before + cases.Count}）", html);
        var pages = first.GetProperty("pages").GetInt32();
        Assert.Contains($"第 2 / {pages} 页", await approver.GetStringAsync("/workbench/cases/tasks?list=mine&page=2", Ct));
    }

    [Theory]
    [InlineData("/api/cases/pre-review?page=0", "case.invalid-page")]
    [InlineData("/api/cases/pre-review?page=10001", "case.invalid-page")]
    [InlineData("/api/cases/pre-review?list=everything", "case.invalid-list")]
    [InlineData("/api/cases/tasks?page=-1", "case.invalid-page")]
    [InlineData("/api/cases/tasks?list=mine&q=" + LongQuery, "case.query-too-long")]
    [InlineData("/api/cases/pre-review?q=" + LongQuery, "case.query-too-long")]
    public async Task A_list_asked_for_an_impossible_page_or_search_answers_with_the_reason(string path, string code)
    {
        var who = await Factory.SignedInAsync(path.Contains("tasks") ? "approver" : "clerk");
        var problem = await CaseScenario.RefusedAsync(await who.GetAsync(path, Ct), HttpStatusCode.BadRequest);
        Assert.Equal(code, problem.Code);
    }

    private const string LongQuery = "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一";

    [Fact]
    public async Task A_list_page_typed_wrong_in_the_address_bar_shows_the_nearest_list_instead_of_an_error()
    {
        var clerk = await Factory.SignedInAsync("clerk");
        var tooFar = await clerk.GetAsync("/workbench/cases/pre-review?page=9999", Ct);
        Assert.Equal(HttpStatusCode.OK, tooFar.StatusCode);
        var html = await tooFar.Content.ReadAsStringAsync(Ct);
        Assert.Contains("data-test=\"queue-row\"", html); // the last page, not an empty one
        var odd = await clerk.GetAsync($"/workbench/cases/pre-review?page=0&list=x&q={LongQuery}", Ct);
        Assert.Equal(HttpStatusCode.OK, odd.StatusCode);
        Assert.Contains($"value=\"{LongQuery[..CasePage.MaxQueryLength]}\"", await odd.Content.ReadAsStringAsync(Ct));
    }
}
