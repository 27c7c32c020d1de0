using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Cases.Pages;

public sealed class WindowCasePagesOnSqlite(SqliteFactory f) : WindowCasePagesTests(f), IClassFixture<SqliteFactory>;
public sealed class WindowCasePagesOnPostgres(PostgresFactory f) : WindowCasePagesTests(f), IClassFixture<PostgresFactory>;

/// <summary>窗口受理 on the workbench: find the item, identify the walk-in applicant, fill in and submit for them.</summary>
public abstract partial class WindowCasePagesTests(OneStopFactory factory) : ApiTests(factory)
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    [GeneratedRegex("""name="__RequestVerificationToken"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*name="__RequestVerificationToken""")]
    private static partial Regex Token();

    private static string TokenOf(string html)
    {
        var m = Token().Match(html);
        Assert.True(m.Success, "no antiforgery token");
        return WebUtility.HtmlDecode(m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value);
    }

    private async Task<(long ItemId, string Code, HttpClient Clerk, string Page)> SearchAsync()
    {
        var s = new CaseScenario(Factory);
        var itemId = await s.PublishItemAsync();
        var clerk = await s.SignInAsync("clerk");
        var code = (await clerk.GetFromJsonAsync<JsonElement>($"/api/catalog/items/{itemId}", Ct)).GetRawText();
        code = Regex.Match(code, "\"implementationCode\":\"([^\"]+)\"").Groups[1].Value;
        Assert.NotEmpty(code);
        var page = await clerk.GetStringAsync("/workbench/cases/window?q=" + Uri.EscapeDataString(code), Ct);
        return (itemId, code, clerk, page);
    }

    private static Dictionary<string, string> Start(string html, string q, long itemId, string idNumber, string name = "") => new()
    {
        ["__RequestVerificationToken"] = TokenOf(html), ["q"] = q, ["ItemId"] = itemId.ToString(), ["Applicant.Type"] = "自然人",
        ["Applicant.IdNumber"] = idNumber, ["Applicant.Name"] = name,
    };

    [Fact]
    public async Task The_clerk_finds_the_item_by_its_code_and_an_unregistered_applicant_needs_a_name()
    {
        var (itemId, code, clerk, page) = await SearchAsync();
        Assert.Contains($"name=\"ItemId\" value=\"{itemId}\"", page);
        var response = await clerk.PostAsync("/workbench/cases/window", new FormUrlEncodedContent(Start(page, code, itemId, "110101199003074514")), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("申请人名称：平台中没有该申请人的档案，请填写申请人名称", html);
        Assert.Contains("value=\"110101199003074514\"", html);
        Assert.Contains($"value=\"{itemId}\" checked=\"checked\"", html);
    }

    [Fact]
    public async Task The_clerk_fills_in_and_submits_for_a_registered_walk_in_and_the_case_waits_for_pre_review()
    {
        var (itemId, code, clerk, page) = await SearchAsync();
        var started = await clerk.PostAsync("/workbench/cases/window", new FormUrlEncodedContent(Start(page, code, itemId, CaseScenario.Citizen)), Ct);
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var fill = started.Headers.Location!.OriginalString;
        var id = long.Parse(Regex.Match(fill, @"^/workbench/cases/(\d+)/fill$").Groups[1].Value);

        // Called away before submitting, the clerk finds the walk-in case again on the window page.
        var window = await clerk.GetStringAsync("/workbench/cases/window", Ct);
        Assert.Contains($"href=\"/workbench/cases/{id}/fill\"", window);

        var form = await clerk.GetStringAsync(fill, Ct);
        Assert.Contains("张三", form);
        using var content = new MultipartFormDataContent
        {
            { new StringContent(TokenOf(form)), "__RequestVerificationToken" },
            { new StringContent("天河示范小店"), "Fields[shopName]" },
            { new StringContent("天河路 1 号"), "Fields[shopAddress]" },
            { new StringContent("2"), "Deferred" },
        };
        var file = new ByteArrayContent(CaseScenario.Pdf());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        content.Add(file, "file0", "申请书.pdf");
        var submitted = await clerk.PostAsync($"{fill}?handler=Submit", content, Ct);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Equal($"/workbench/cases/{id}?done=submitted", submitted.Headers.Location?.OriginalString);

        var c = await clerk.GetFromJsonAsync<JsonElement>($"/api/cases/{id}", Ct);
        Assert.Equal("Submitted", c.GetProperty("state").GetString());
        Assert.Equal("Window", c.GetProperty("channel").GetString());
        Assert.Equal("Deferred", c.GetProperty("materials")[2].GetProperty("status").GetString());
        Assert.Contains($"/workbench/cases/{id}\"", await clerk.GetStringAsync($"/workbench/cases/pre-review?q={c.GetProperty("number").GetString()}", Ct));
        Assert.DoesNotContain($"href=\"/workbench/cases/{id}/fill\"", await clerk.GetStringAsync("/workbench/cases/window", Ct));
    }

    [Fact]
    public async Task Submitting_without_the_required_fields_names_them_and_keeps_the_draft()
    {
        var (itemId, code, clerk, page) = await SearchAsync();
        var started = await clerk.PostAsync("/workbench/cases/window", new FormUrlEncodedContent(Start(page, code, itemId, CaseScenario.Citizen)), Ct);
        var fill = started.Headers.Location!.OriginalString;
        var form = await clerk.GetStringAsync(fill, Ct);
        using var content = new MultipartFormDataContent
        {
            { new StringContent(TokenOf(form)), "__RequestVerificationToken" },
            { new StringContent("天河示范小店"), "Fields[shopName]" },
        };
        var response = await clerk.PostAsync($"{fill}?handler=Submit", content, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("经营场所地址：不能为空", html);
        Assert.Contains("value=\"天河示范小店\"", html);
        // Beside the field too, not only in the list at the top of the page.
        Assert.Contains("<span class=\"field-error\" data-test=\"field-error-shopAddress\">经营场所地址：不能为空</span>", html);
    }
}
