using System.Net;
using System.Text.RegularExpressions;
using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Cases.Pages;

public sealed class PostWithoutAnActionOnSqlite(SqliteFactory f) : PostWithoutAnActionTests(f), IClassFixture<SqliteFactory>;

/// <summary>
/// A form posted to a case page without one of its actions (a stale or tampered form: no handler, or one the page
/// does not have) gets a Chinese error page and changes nothing; it used to render the page without its model (500).
/// </summary>
public abstract partial class PostWithoutAnActionTests(OneStopFactory factory) : ApiTests(factory)
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_form_posted_to_a_case_page_without_one_of_its_actions_is_refused_in_chinese_and_changes_nothing()
    {
        var s = new CaseScenario(Factory);
        var submitted = await s.SubmittedAsync(await s.PublishItemAsync());
        var id = submitted.GetProperty("id").GetInt64();
        var clerk = await s.SignInAsync("clerk");
        var citizen = await s.SignInAsync(CaseScenario.Citizen);

        foreach (var (who, page, path) in new[]
        {
            (clerk, $"/workbench/cases/{id}", $"/workbench/cases/{id}"),
            (clerk, $"/workbench/cases/{id}", $"/workbench/cases/{id}?handler=Nope"),
            (citizen, $"/cases/{id}", $"/cases/{id}"),
            (citizen, $"/cases/{id}", $"/cases/{id}?handler=Nope"),
        })
        {
            var found = Token().Match(await who.GetStringAsync(page, Ct));
            Assert.True(found.Success, $"no form on {page}");
            var token = found.Groups[1].Success ? found.Groups[1].Value : found.Groups[2].Value;
            foreach (var accept in new[] { "text/html", "application/json" })
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, path)
                {
                    Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token) }),
                };
                request.Headers.Accept.ParseAdd(accept);
                var response = await who.SendAsync(request, Ct);

                Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{path}: {(int)response.StatusCode}");
                if (accept == "text/html")
                {
                    Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
                    Assert.Contains("请求无效", await response.Content.ReadAsStringAsync(Ct));
                }
                else Assert.Equal("page.unknown-action", (await Problem.ReadAsync(response)).Code);
            }
        }
        var after = await s.GetAsync(clerk, id);
        Assert.Equal(submitted.GetProperty("revision").GetInt32(), after.GetProperty("revision").GetInt32());
        Assert.Equal("Submitted", after.GetProperty("state").GetString());
    }

    [GeneratedRegex("""name="__RequestVerificationToken"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*name="__RequestVerificationToken""")]
    private static partial Regex Token();
}
