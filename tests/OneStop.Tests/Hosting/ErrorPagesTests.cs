using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Hosting;

/// <summary>People in a browser get Chinese error pages with a way back; programs calling /api keep ProblemDetails.</summary>
public sealed class ErrorPagesTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private CancellationToken Ct => TestContext.Current.CancellationToken;

    private static HttpRequestMessage BrowserGet(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd(BrowserAccept);
        return request;
    }

    private static async Task<string> AssertHtmlErrorPageAsync(HttpResponseMessage response, HttpStatusCode status, string heading)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("lang=\"zh-CN\"", html);
        Assert.Contains(heading, html);
        Assert.Contains("href=\"/\"", html); // a way back home
        Assert.DoesNotContain("\"code\"", html);
        return html;
    }

    [Fact]
    public async Task A_visitor_asking_for_a_missing_page_gets_a_Chinese_page_with_a_way_back()
    {
        var response = await factory.Anonymous().SendAsync(BrowserGet("/no-such-page"), Ct);
        var html = await AssertHtmlErrorPageAsync(response, HttpStatusCode.NotFound, "页面不存在");
        Assert.Contains("href=\"/login\"", html);
    }

    [Fact]
    public async Task A_missing_guide_page_is_a_Chinese_page_too()
    {
        var response = await factory.Anonymous().SendAsync(BrowserGet("/services/items/999999999"), Ct);
        await AssertHtmlErrorPageAsync(response, HttpStatusCode.NotFound, "页面不存在");
    }

    [Fact]
    public async Task A_signed_in_clerk_on_an_admin_page_lands_on_the_no_access_page()
    {
        var clerk = await factory.SignedInAsync("clerk");
        var redirect = await clerk.SendAsync(BrowserGet("/admin/accounts"), Ct);
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        var response = await clerk.SendAsync(BrowserGet(redirect.Headers.Location!.OriginalString), Ct);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("无权访问", html);
        Assert.Contains("href=\"/workbench\"", html);
    }

    [Fact]
    public async Task An_anonymous_visitor_on_a_staff_page_is_sent_to_sign_in()
    {
        var response = await factory.Anonymous().SendAsync(BrowserGet("/admin/accounts"), Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task A_failing_page_shows_a_Chinese_error_page_and_the_api_a_ProblemDetails()
    {
        using var failing = factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, FailingPath>()));
        var client = failing.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var page = await client.SendAsync(BrowserGet(FailingPath.Path), Ct);
        var html = await AssertHtmlErrorPageAsync(page, HttpStatusCode.InternalServerError, "服务暂时不可用");
        Assert.DoesNotContain("deliberate failure", html);

        var api = await client.SendAsync(BrowserGet(FailingPath.ApiPath), Ct);
        var problem = await Problem.ReadAsync(api);
        Assert.Equal(HttpStatusCode.InternalServerError, problem.Status);
        Assert.Equal("server.error", problem.Code);
    }

    [Theory]
    [InlineData("/api/no-such-thing", HttpStatusCode.NotFound, "not-found")]
    [InlineData("/api/accounts", HttpStatusCode.Unauthorized, "auth.required")]
    public async Task The_api_keeps_answering_ProblemDetails_even_to_a_browser(string path, HttpStatusCode status, string code)
    {
        var response = await factory.Anonymous().SendAsync(BrowserGet(path), Ct);
        var problem = await Problem.ReadAsync(response);
        Assert.Equal(status, problem.Status);
        Assert.Equal(code, problem.Code);
    }

    [Theory]
    [InlineData("/api/cases/1/files/0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("/api/cases/1/documents/decision")]
    public async Task A_file_or_document_link_opened_after_the_session_ended_is_a_page_with_a_way_to_sign_in(string path)
    {
        // Pages link these /api downloads; a person opens them in the browser, not a program.
        var page = await factory.Anonymous().SendAsync(BrowserGet(path), Ct);
        var html = await AssertHtmlErrorPageAsync(page, HttpStatusCode.Unauthorized, "请先登录");
        Assert.Contains($"/login?returnUrl={Uri.EscapeDataString(path)}", html);
        var missing = await (await factory.SignedInAsync("440106198511124569")).SendAsync(BrowserGet("/api/cases/987654321/documents/decision"), Ct);
        await AssertHtmlErrorPageAsync(missing, HttpStatusCode.NotFound, "页面不存在");
        // A program asking for JSON still gets its ProblemDetails.
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        Assert.Equal("auth.required", (await Problem.ReadAsync(await factory.Anonymous().SendAsync(request, Ct))).Code);
    }

    [Fact]
    public async Task An_api_call_out_of_role_is_a_403_ProblemDetails()
    {
        var clerk = await factory.SignedInAsync("clerk");
        var request = BrowserGet("/api/accounts");
        var problem = await Problem.ReadAsync(await clerk.SendAsync(request, Ct));
        Assert.Equal(HttpStatusCode.Forbidden, problem.Status);
    }

    [Fact]
    public async Task A_program_without_an_html_accept_header_still_gets_json_for_a_missing_page()
    {
        var client = factory.Anonymous();
        var request = new HttpRequestMessage(HttpMethod.Get, "/no-such-page");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        var problem = await Problem.ReadAsync(await client.SendAsync(request, Ct));
        Assert.Equal(HttpStatusCode.NotFound, problem.Status);
    }
}
