using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OneStop.Tests.Catalog.Items;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Http.Sessions;

/// <summary>
/// A cross-site page cannot make a signed-in browser write through the API: unsafe /api requests authenticated by
/// cookie need the antiforgery header; programs with a bearer token are unaffected.
/// </summary>
public sealed class CsrfTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<long> DraftAsync(HttpClient catalogAdmin)
    {
        var content = SampleItems.FoodBusinessLicence() with { ImplementationCode = "CSRF" + Guid.NewGuid().ToString("N")[..16] };
        var response = await catalogAdmin.PostAsJsonAsync("/api/catalog/items", content, OneStop.Catalog.Items.CatalogJson.Options, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt64();
    }

    /// <summary>A signed-in browser as a cross-site form post would use it: the cookie, but no antiforgery header.</summary>
    private async Task<HttpClient> CookieWithoutHeaderAsync(string userName)
    {
        var client = await factory.SignedInAsync(userName);
        client.DefaultRequestHeaders.Remove("RequestVerificationToken");
        client.DefaultRequestHeaders.Add("Origin", "http://evil.example");
        return client;
    }

    [Fact]
    public async Task A_cross_site_cookie_post_to_publish_is_refused_and_nothing_is_published()
    {
        var id = await DraftAsync(await factory.SignedInAsync("catalog"));
        var browser = await CookieWithoutHeaderAsync("catalog");

        var response = await browser.PostAsync($"/api/catalog/items/{id}/publish", CrossSiteForm(), Ct);

        var problem = await Problem.ReadAsync(response);
        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.Equal("auth.antiforgery-required", problem.Code);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.Anonymous().GetAsync($"/api/catalog/items/{id}", Ct)).StatusCode);
    }

    /// <summary>What an HTML form on another site posts: no custom header, a form body (or none).</summary>
    private static FormUrlEncodedContent CrossSiteForm() => new([]);

    [Fact]
    public async Task A_cross_site_cookie_post_to_unlock_is_refused_and_the_account_stays_locked()
    {
        var (_, userName) = await Accounts.NewStaffAsync(factory);
        for (var i = 0; i < OneStop.Platform.Accounts.Account.MaxFailedSignIns; i++)
            await factory.Anonymous().PostAsJsonAsync("/api/auth/token", new { userName, password = "Wrong" + i + "x" }, Ct);
        var id = await factory.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            db.Accounts.Where(a => a.UserName == userName).Select(a => a.Id), Ct));
        var browser = await CookieWithoutHeaderAsync("th-admin");

        var response = await browser.PostAsync($"/api/accounts/{id}/unlock", CrossSiteForm(), Ct);

        Assert.Equal("auth.antiforgery-required", (await Problem.ReadAsync(response)).Code);
        var stillLocked = await factory.Anonymous().PostAsJsonAsync("/api/auth/token", new { userName, password = Accounts.Password }, Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, stillLocked.StatusCode);
    }

    [Fact]
    public async Task The_same_publish_with_a_bearer_token_works()
    {
        var id = await DraftAsync(await factory.SignedInAsync("catalog"));
        var program = await Accounts.BearerAsync(factory, "catalog", OneStop.Platform.Demo.DemoData.Password);
        program.DefaultRequestHeaders.Add("Origin", "http://evil.example");

        var response = await program.PostAsJsonAsync($"/api/catalog/items/{id}/publish", new { }, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_page_session_with_the_antiforgery_header_writes_normally()
    {
        var browser = await factory.SignedInAsync("catalog"); // carries the header, as the pages would
        var id = await DraftAsync(browser);
        Assert.Equal(HttpStatusCode.OK, (await browser.PostAsJsonAsync($"/api/catalog/items/{id}/publish", new { }, Ct)).StatusCode);
    }

    public static TheoryData<string, string> UnsafeCookieRequests() => new()
    {
        { "POST", "/api/accounts/1/unlock" },
        { "POST", "/api/accounts/1/disable" },
        { "PUT", "/api/accounts/1/roles" },
        { "POST", "/api/departments" },
        { "POST", "/api/auth/logout" },
        { "DELETE", "/api/catalog/items/1" },
    };

    [Theory]
    [MemberData(nameof(UnsafeCookieRequests))]
    public async Task Every_unsafe_api_request_by_cookie_needs_the_header(string method, string url)
    {
        var browser = await CookieWithoutHeaderAsync("th-admin");
        var response = await browser.SendAsync(new HttpRequestMessage(new HttpMethod(method), url) { Content = JsonContent.Create(new { }) }, Ct);
        Assert.Equal("auth.antiforgery-required", (await Problem.ReadAsync(response)).Code);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/auth/me", Ct)).StatusCode); // still signed in: logout was refused too
    }
}
