using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Http.Sessions;

/// <summary>Fresh accounts per test (sessions of demo accounts are shared by other tests of the class).</summary>
internal static class Accounts
{
    public const string Password = "Secret2026";

    /// <summary>A new staff account of a 天河区 department, opened by the county administrator; returns its id.</summary>
    public static async Task<(long Id, string UserName)> NewStaffAsync(OneStopFactory factory, string role = "Approver",
        string regionCode = "440106")
    {
        var ct = TestContext.Current.CancellationToken;
        var department = await factory.WithDbAsync(db => db.Departments.Where(d => d.RegionCode == regionCode)
            .OrderBy(d => d.Id).Select(d => d.Id).FirstAsync(ct));
        var userName = "t-" + Guid.NewGuid().ToString("N")[..10];
        var admin = await factory.SignedInAsync(regionCode == "440106" ? "th-admin" : "admin");
        var response = await admin.PostAsJsonAsync("/api/accounts/staff",
            new { userName, displayName = "测试人员", password = Password, departmentId = department, roles = new[] { role } }, ct);
        response.EnsureSuccessStatusCode();
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetInt64();
        return (id, userName);
    }

    /// <summary>A client that carries only a bearer token (no cookies), as a program would.</summary>
    public static async Task<HttpClient> BearerAsync(OneStopFactory factory, string userName, string password = Password)
    {
        var ct = TestContext.Current.CancellationToken;
        var response = await factory.Anonymous().PostAsJsonAsync("/api/auth/token", new { userName, password }, ct);
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("accessToken").GetString();
        var client = factory.CreateClient(new() { HandleCookies = false, AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Signs in by cookie and returns the raw cookie, to be replayed from another client (a "copied" cookie).</summary>
    public static async Task<string> CookieAsync(OneStopFactory factory, string userName, string password = Password)
    {
        var ct = TestContext.Current.CancellationToken;
        var client = factory.CreateClient(new() { HandleCookies = false, AllowAutoRedirect = false });
        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName, password }, ct);
        response.EnsureSuccessStatusCode();
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("onestop.auth="));
        return cookie[..cookie.IndexOf(';')];
    }

    public static HttpClient WithCookie(OneStopFactory factory, string cookie)
    {
        var client = factory.CreateClient(new() { HandleCookies = false, AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }
}
