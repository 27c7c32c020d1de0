using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Hosting;

/// <summary>Every kind of response carries the browser defences; cookies are Secure when the request was https.</summary>
public sealed class SecurityHeadersTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/", HttpStatusCode.OK)]                         // a page
    [InlineData("/login", HttpStatusCode.OK)]                    // a page with a form (antiforgery)
    [InlineData("/css/site.css", HttpStatusCode.OK)]             // a static file
    [InlineData("/api/regions", HttpStatusCode.OK)]              // the API
    [InlineData("/api/accounts", HttpStatusCode.Unauthorized)]   // an API refusal
    [InlineData("/no-such-page", HttpStatusCode.NotFound)]       // an error
    [InlineData("/openapi/v1.json", HttpStatusCode.OK)]          // the OpenAPI document
    [InlineData("/docs/index.html", HttpStatusCode.OK)]          // the API reference
    [InlineData("/health", HttpStatusCode.OK)]
    public async Task Every_kind_of_response_forbids_framing_sniffing_and_foreign_scripts(string path, HttpStatusCode status)
    {
        var response = await factory.Anonymous().GetAsync(path, Ct);
        Assert.Equal(status, response.StatusCode);
        AssertDefences(response);
    }

    [Fact]
    public async Task A_signed_in_administrators_page_cannot_be_framed()
    {
        var admin = await factory.SignedInAsync("admin");
        var response = await admin.GetAsync("/admin/accounts", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertDefences(response);
    }

    [Fact]
    public async Task A_page_that_fails_on_the_server_still_carries_the_headers()
    {
        using var failing = factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, FailingPath>()));
        var response = await failing.CreateClient().GetAsync(FailingPath.Path, Ct);
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        AssertDefences(response);
    }

    [Fact]
    public async Task Over_plain_http_there_is_no_HSTS_and_cookies_are_not_marked_secure()
    {
        var response = await factory.Anonymous().GetAsync("/login", Ct);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
        Assert.DoesNotContain(Cookies(response), c => c.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Over_https_HSTS_is_sent_and_the_antiforgery_and_sign_in_cookies_are_secure()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://onestop.example.gov.cn"), AllowAutoRedirect = false, HandleCookies = true,
        });
        var page = await client.GetAsync("/login", Ct);
        Assert.Contains("max-age=", page.Headers.GetValues("Strict-Transport-Security").Single());
        var antiforgery = Cookies(page).Single(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        Assert.Contains("secure", antiforgery, StringComparison.OrdinalIgnoreCase);

        var signIn = await client.PostAsJsonAsync("/api/auth/login", new { userName = "admin", password = OneStop.Platform.Demo.DemoData.Password }, Ct);
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        var auth = Cookies(signIn).Single(c => c.StartsWith("onestop.auth=", StringComparison.Ordinal));
        Assert.Contains("secure", auth, StringComparison.OrdinalIgnoreCase);
    }

    private static IEnumerable<string> Cookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];

    private static void AssertDefences(HttpResponseMessage response)
    {
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }
}
