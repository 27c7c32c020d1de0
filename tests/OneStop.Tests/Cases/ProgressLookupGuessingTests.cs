using System.Net;
using System.Text.Json;
using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Cases;

/// <summary>
/// 办件进度查询 against guessing: the ID tail is a small secret (about 341,000 values for a resident ID), so wrong
/// tails for one case number lock that number's lookup for a while, whoever sends them — signed in or not, from
/// any address — and the right tail does not open it early.
/// </summary>
public sealed class ProgressLookupGuessingTests(SqliteFactory factory) : ApiTests(factory), IClassFixture<SqliteFactory>
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Ten_wrong_id_tails_lock_the_lookup_of_that_case_number_even_for_the_right_tail()
    {
        var s = new CaseScenario(Factory);
        var item = await s.PublishItemAsync();
        var guessed = (await s.SubmittedAsync(item)).GetProperty("number").GetString()!;
        var other = (await s.SubmittedAsync(item)).GetProperty("number").GetString()!;
        // A signed-in account guesses (registration is open to anyone), the rest come from an anonymous client.
        var signedIn = await s.SignInAsync(CaseScenario.OtherCitizen);
        var anonymous = Factory.Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(Lookup(guessed, "071231"), Ct)).StatusCode);

        for (var i = 0; i < 10; i++)
        {
            var wrong = await (i % 2 == 0 ? signedIn : anonymous).GetAsync(Lookup(guessed, $"{100000 + i}"), Ct);
            Assert.Equal("case.not-found", (await Problem.ReadAsync(wrong)).Code);
        }

        var right = await anonymous.GetAsync(Lookup(guessed, "071231"), Ct);
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        var problem = await Problem.ReadAsync(right);
        Assert.Equal("case.lookup-locked", problem.Code);
        Assert.Contains("查询失败次数过多", problem.Title);
        // Another case of the same applicant is not affected.
        var untouched = await anonymous.GetAsync(Lookup(other, "071231"), Ct);
        Assert.Equal(HttpStatusCode.OK, untouched.StatusCode);
        Assert.Equal(other, (await CaseScenario.ReadAsync(untouched)).GetProperty("number").GetString());
    }

    [Fact]
    public async Task A_locked_case_number_is_refused_on_the_progress_page_with_a_readable_message()
    {
        var s = new CaseScenario(Factory);
        var item = await s.PublishItemAsync();
        var number = (await s.SubmittedAsync(item)).GetProperty("number").GetString()!;
        var anonymous = Factory.Anonymous();
        for (var i = 0; i < 10; i++) await anonymous.GetAsync(Lookup(number, $"{200000 + i}"), Ct);

        var page = await Pages.ApplicantPages.PostAsync(anonymous, "/cases/progress", "/cases/progress", ("number", number), ("idTail", "071231"));
        var html = await page.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("查询失败次数过多", html);
        Assert.DoesNotContain("已受理", html);
    }

    /// <summary>A wrong number counts like a wrong tail, so the lock does not tell which numbers exist.</summary>
    [Fact]
    public async Task Wrong_tails_for_a_number_that_does_not_exist_lock_it_alike()
    {
        var anonymous = Factory.Anonymous();
        var unknown = "440106-20990101-" + Random.Shared.Next(100000, 999999);
        for (var i = 0; i < 10; i++)
            Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(Lookup(unknown, $"{300000 + i}"), Ct)).StatusCode);
        Assert.Equal("case.lookup-locked", (await Problem.ReadAsync(await anonymous.GetAsync(Lookup(unknown, "071231"), Ct))).Code);
    }

    private static string Lookup(string number, string tail) => $"/api/cases/progress?number={number}&idTail={tail}";
}
