using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OneStop.Platform.Demo;
using OneStop.Platform.Security;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Http;

public abstract class SignInTests(OneStopFactory factory) : ApiTests(factory)
{
    public static TheoryData<string, string> DemoStaff()
    {
        var data = new TheoryData<string, string>();
        foreach (var s in DemoData.Staff) data.Add(s.UserName, s.Role);
        return data;
    }

    [Theory]
    [MemberData(nameof(DemoStaff))]
    public async Task Every_demo_staff_account_signs_in_with_its_role(string userName, string role)
    {
        var client = await Factory.SignedInAsync(userName);
        var me = await client.GetFromJsonAsync<JsonElement>("/api/auth/me", TestContext.Current.CancellationToken);
        Assert.Equal(role, me.GetProperty("roles")[0].GetString());
        Assert.NotNull(me.GetProperty("regionCode").GetString());
    }

    [Fact]
    public async Task An_api_client_gets_a_bearer_token_and_uses_it()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = Factory.Anonymous();
        var response = await client.PostAsJsonAsync("/api/auth/token", new { userName = "supervisor", password = DemoData.Password }, ct);
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("accessToken").GetString();

        var api = Factory.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var me = await api.GetFromJsonAsync<JsonElement>("/api/auth/me", ct);
        Assert.Equal(Role.Supervisor, me.GetProperty("roles")[0].GetString());
    }

    [Fact]
    public async Task Anonymous_api_call_to_a_protected_endpoint_gets_401_problem()
    {
        var response = await Factory.Anonymous().GetAsync("/api/accounts", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("auth.required", (await Problem.ReadAsync(response)).Code);
    }

    [Fact]
    public async Task Wrong_password_is_refused_and_audited()
    {
        var ct = TestContext.Current.CancellationToken;
        var response = await Factory.Anonymous().PostAsJsonAsync("/api/auth/login", new { userName = "hall", password = "wrong-password1" }, ct);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("auth.invalid-credentials", (await Problem.ReadAsync(response)).Code);
        var audited = await Factory.WithDbAsync(db =>
            db.SecurityEvents.AnyAsync(r => r.Action == "auth.sign-in-failed" && r.Target == "账号 hall", ct));
        Assert.True(audited);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_until_an_administrator_unlocks_it()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = Factory.Anonymous();
        for (var i = 0; i < 5; i++)
            await client.PostAsJsonAsync("/api/auth/login", new { userName = "regulator", password = "guess" + i }, ct);

        // Locked: even the right password is refused, with the answer of a wrong one (no "locked" hint for guessers).
        var locked = await client.PostAsJsonAsync("/api/auth/login", new { userName = "regulator", password = DemoData.Password }, ct);
        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        Assert.Equal("auth.invalid-credentials", (await Problem.ReadAsync(locked)).Code);
        Assert.True(await Factory.WithDbAsync(db => db.SecurityEvents.AnyAsync(r => r.Target == "账号 regulator" && r.Summary == "密码错误，账号已锁定", ct)));

        var admin = await Factory.SignedInAsync("th-admin");
        var id = await Factory.WithDbAsync(db => db.Accounts.Where(a => a.UserName == "regulator").Select(a => a.Id).SingleAsync(ct));
        (await admin.PostAsync($"/api/accounts/{id}/unlock", null, ct)).EnsureSuccessStatusCode();

        var again = await client.PostAsJsonAsync("/api/auth/login", new { userName = "regulator", password = DemoData.Password }, ct);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public async Task Lockout_expires_after_fifteen_minutes_on_the_clock()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var own = await Factory.WithOwnClockAsync(); // moves time: not the clock the class shares
        var client = own.Factory.Anonymous();
        for (var i = 0; i < 5; i++)
            await client.PostAsJsonAsync("/api/auth/login", new { userName = "dispatcher", password = "guess" + i }, ct);
        var locked = await client.PostAsJsonAsync("/api/auth/login", new { userName = "dispatcher", password = DemoData.Password }, ct);
        Assert.NotEqual(HttpStatusCode.OK, locked.StatusCode);
        own.Clock.Advance(TimeSpan.FromMinutes(16));
        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName = "dispatcher", password = DemoData.Password }, ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
