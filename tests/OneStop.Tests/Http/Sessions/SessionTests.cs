using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Http.Sessions;

/// <summary>
/// Sessions and tokens end when they should: sign-out, password change, disable, role change, reset — every
/// cookie and bearer token of the account, not only the one of the browser that asked.
/// </summary>
public abstract class SessionTests(OneStopFactory factory) : ApiTests(factory)
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<HttpStatusCode> MeAsync(HttpClient client) =>
        client.GetAsync("/api/auth/me", Ct).ContinueWith(t => t.Result.StatusCode, Ct);

    [Fact]
    public async Task Signing_out_ends_the_bearer_token_and_every_copied_cookie_of_the_account()
    {
        var (_, userName) = await Accounts.NewStaffAsync(Factory);
        var bearer = await Accounts.BearerAsync(Factory, userName);
        var copied = Accounts.WithCookie(Factory, await Accounts.CookieAsync(Factory, userName));
        var browser = await Factory.SignedInAsync(userName, Accounts.Password);
        Assert.Equal(HttpStatusCode.OK, await MeAsync(bearer));
        Assert.Equal(HttpStatusCode.OK, await MeAsync(copied));

        (await browser.PostAsync("/api/auth/logout", null, Ct)).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(bearer));
        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(copied));
        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(browser));
        Assert.True(await Factory.WithDbAsync(db => db.AuditRecords.AnyAsync(r => r.Action == "auth.sign-out" && r.Target == "账号 " + userName, Ct)));
    }

    [Fact]
    public async Task Signing_out_with_the_button_of_the_page_layout_ends_the_bearer_token_too()
    {
        var (_, userName) = await Accounts.NewStaffAsync(Factory);
        var bearer = await Accounts.BearerAsync(Factory, userName);
        var browser = await Factory.SignedInAsync(userName, Accounts.Password);
        var page = await browser.GetStringAsync("/me", Ct);
        var form = System.Text.RegularExpressions.Regex.Match(page,
            "<form[^>]*action=\"/logout\"[^>]*>.*?name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"",
            System.Text.RegularExpressions.RegexOptions.Singleline);
        Assert.True(form.Success, "the layout's sign-out form carries no antiforgery token");

        var response = await browser.PostAsync("/logout", new FormUrlEncodedContent([new("__RequestVerificationToken", form.Groups[1].Value)]), Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(bearer));
        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(browser));
    }

    [Fact]
    public async Task A_bearer_token_can_sign_out_too_and_then_stops_working()
    {
        var (_, userName) = await Accounts.NewStaffAsync(Factory);
        var bearer = await Accounts.BearerAsync(Factory, userName);
        Assert.Equal(HttpStatusCode.NoContent, (await bearer.PostAsync("/api/auth/logout", null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(bearer));
    }

    [Fact]
    public async Task A_disabled_account_loses_its_old_token_and_cannot_sign_in_until_enabled()
    {
        var (id, userName) = await Accounts.NewStaffAsync(Factory);
        var bearer = await Accounts.BearerAsync(Factory, userName);
        var admin = await Factory.SignedInAsync("th-admin");

        (await admin.PostAsync($"/api/accounts/{id}/disable", null, Ct)).EnsureSuccessStatusCode();

        var profile = await bearer.GetAsync($"/api/accounts/{id}/profile", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, profile.StatusCode);
        Assert.Equal("auth.required", (await Problem.ReadAsync(profile)).Code);
        var signIn = await Factory.Anonymous().PostAsJsonAsync("/api/auth/token", new { userName, password = Accounts.Password }, Ct);
        Assert.Equal("auth.invalid-credentials", (await Problem.ReadAsync(signIn)).Code);

        (await admin.PostAsync($"/api/accounts/{id}/enable", null, Ct)).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.OK, await MeAsync(await Accounts.BearerAsync(Factory, userName)));
        Assert.Equal(2, await Factory.WithDbAsync(db => db.AuditRecords.CountAsync(
            r => (r.Action == "account.disable" || r.Action == "account.enable") && r.Target == "账号 " + userName, Ct)));
    }

    [Fact]
    public async Task After_a_role_change_the_old_token_no_longer_carries_the_old_role()
    {
        var (id, userName) = await Accounts.NewStaffAsync(Factory, "Supervisor");
        var bearer = await Accounts.BearerAsync(Factory, userName);
        Assert.Equal(HttpStatusCode.OK, (await bearer.GetAsync("/api/audit", Ct)).StatusCode);
        var admin = await Factory.SignedInAsync("th-admin");

        var changed = await admin.PutAsJsonAsync($"/api/accounts/{id}/roles", new { roles = new[] { "Approver" } }, Ct);
        changed.EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.Unauthorized, (await bearer.GetAsync("/api/audit", Ct)).StatusCode);
        var fresh = await Accounts.BearerAsync(Factory, userName);
        var me = await fresh.GetFromJsonAsync<JsonElement>("/api/auth/me", Ct);
        Assert.Equal(["Approver"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(HttpStatusCode.Forbidden, (await fresh.GetAsync("/api/audit", Ct)).StatusCode);
        var record = await Factory.WithDbAsync(db => db.AuditRecords.SingleAsync(r => r.Action == "account.change-roles" && r.Target == "账号 " + userName, Ct));
        Assert.StartsWith("电子监察 → 后台审批人员", record.Summary);
    }

    [Fact]
    public async Task Changing_ones_own_password_ends_other_sessions_but_keeps_this_one()
    {
        var (_, userName) = await Accounts.NewStaffAsync(Factory);
        var other = await Accounts.BearerAsync(Factory, userName);
        var browser = await Factory.SignedInAsync(userName, Accounts.Password);

        var wrong = await browser.PostAsJsonAsync("/api/me/password", new { currentPassword = "Wrong2026", newPassword = "Changed2027" }, Ct);
        Assert.Equal("account.wrong-password", (await Problem.ReadAsync(wrong)).Code);
        var weak = await browser.PostAsJsonAsync("/api/me/password", new { currentPassword = Accounts.Password, newPassword = "short" }, Ct);
        Assert.Equal("account.weak-password", (await Problem.ReadAsync(weak)).Code);

        (await browser.PostAsJsonAsync("/api/me/password", new { currentPassword = Accounts.Password, newPassword = "Changed2027" }, Ct))
            .EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(other));
        Assert.Equal(HttpStatusCode.OK, await MeAsync(browser));
        await Accounts.BearerAsync(Factory, userName, "Changed2027");
        // The browser's session goes on with the new password, writes included (its antiforgery token still fits).
        Assert.Equal(HttpStatusCode.NoContent, (await browser.PostAsync("/api/auth/logout", null, Ct)).StatusCode);
        var old = await Factory.Anonymous().PostAsJsonAsync("/api/auth/token", new { userName, password = Accounts.Password }, Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, old.StatusCode);
        var record = await Factory.WithDbAsync(db => db.AuditRecords.SingleAsync(r => r.Action == "account.change-password" && r.Target == "账号 " + userName, Ct));
        Assert.DoesNotContain("Changed2027", record.Summary);
    }

    [Fact]
    public async Task After_an_administrators_reset_the_user_must_change_the_password_before_any_other_work()
    {
        var (id, userName) = await Accounts.NewStaffAsync(Factory, "Supervisor");
        var before = await Accounts.BearerAsync(Factory, userName);
        var admin = await Factory.SignedInAsync("th-admin");

        (await admin.PostAsJsonAsync($"/api/accounts/{id}/reset-password", new { newPassword = "Temporary2026" }, Ct)).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(before));
        var user = await Accounts.BearerAsync(Factory, userName, "Temporary2026");
        var me = await user.GetFromJsonAsync<JsonElement>("/api/auth/me", Ct);
        Assert.True(me.GetProperty("mustChangePassword").GetBoolean());
        var refused = await user.GetAsync("/api/audit", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("auth.password-change-required", (await Problem.ReadAsync(refused)).Code);

        (await user.PostAsJsonAsync("/api/me/password", new { currentPassword = "Temporary2026", newPassword = "MyOwn2027x" }, Ct)).EnsureSuccessStatusCode();
        var after = await Accounts.BearerAsync(Factory, userName, "MyOwn2027x");
        Assert.Equal(HttpStatusCode.OK, (await after.GetAsync("/api/audit", Ct)).StatusCode);
        Assert.True(await Factory.WithDbAsync(db => db.AuditRecords.AnyAsync(r => r.Action == "account.reset-password" && r.Target == "账号 " + userName, Ct)));
    }

    [Fact]
    public async Task A_county_administrator_cannot_disable_reset_or_change_roles_of_another_countys_account()
    {
        var yx = await Factory.WithDbAsync(db => db.Accounts.Where(a => a.UserName == "yx-approver").Select(a => a.Id).SingleAsync(Ct));
        var admin = await Factory.SignedInAsync("th-admin");
        var attempts = new[]
        {
            await admin.PostAsync($"/api/accounts/{yx}/disable", null, Ct),
            await admin.PostAsJsonAsync($"/api/accounts/{yx}/reset-password", new { newPassword = "Temporary2026" }, Ct),
            await admin.PutAsJsonAsync($"/api/accounts/{yx}/roles", new { roles = new[] { "Supervisor" } }, Ct),
            await admin.PostAsync($"/api/accounts/{yx}/enable", null, Ct),
        };
        foreach (var response in attempts) Assert.Equal("auth.out-of-scope", (await Problem.ReadAsync(response)).Code);
        Assert.Equal(4, attempts.Length);
        var account = await Factory.WithDbAsync(db => db.Accounts.AsNoTracking().SingleAsync(a => a.Id == yx, Ct));
        Assert.False(account.IsDisabled);
        Assert.False(account.MustChangePassword);
        Assert.Equal(["Approver"], account.Roles);
    }

    [Fact]
    public async Task Only_system_administrators_manage_accounts_and_not_their_own()
    {
        var (id, _) = await Accounts.NewStaffAsync(Factory);
        var approver = await Factory.SignedInAsync("approver");
        Assert.Equal("auth.role-required", (await Problem.ReadAsync(await approver.PostAsync($"/api/accounts/{id}/disable", null, Ct))).Code);

        var admin = await Factory.SignedInAsync("th-admin");
        var self = await Factory.WithDbAsync(db => db.Accounts.Where(a => a.UserName == "th-admin").Select(a => a.Id).SingleAsync(Ct));
        Assert.Equal("account.self-administration", (await Problem.ReadAsync(await admin.PostAsync($"/api/accounts/{self}/disable", null, Ct))).Code);
        Assert.Equal(HttpStatusCode.OK, await MeAsync(admin));
    }

    [Fact]
    public async Task A_token_naming_a_role_the_account_does_not_hold_is_refused()
    {
        // A token minted with the key ring but claiming an extra role (e.g. from a leaked key) must not pass.
        var (id, userName) = await Accounts.NewStaffAsync(Factory);
        var forged = Factory.WithScope(sp =>
        {
            var options = sp.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<Microsoft.AspNetCore.Authentication.BearerToken.BearerTokenOptions>>()
                .Get(Microsoft.AspNetCore.Authentication.BearerToken.BearerTokenDefaults.AuthenticationScheme);
            var db = sp.GetRequiredService<OneStop.Platform.Persistence.PlatformDbContext>();
            var account = db.Accounts.AsNoTracking().Single(a => a.Id == id);
            var principal = OneStop.Platform.Accounts.SignIn.Principal(account, "BearerToken");
            ((System.Security.Claims.ClaimsIdentity)principal.Identity!).AddClaim(new(System.Security.Claims.ClaimTypes.Role, "SystemAdmin"));
            var ticket = new Microsoft.AspNetCore.Authentication.AuthenticationTicket(principal,
                new Microsoft.AspNetCore.Authentication.AuthenticationProperties { ExpiresUtc = Factory.Clock.GetUtcNow().AddHours(1) }, "BearerToken");
            return options.BearerTokenProtector.Protect(ticket);
        });
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", forged);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/accounts", Ct)).StatusCode);
        Assert.NotNull(userName);
    }
}
