using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Platform.Accounts;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Http.Profiles;

public sealed class ProfilePageOnSqlite(SqliteFactory f) : ProfilePageTests(f), IClassFixture<SqliteFactory>;
public sealed class ProfilePageOnPostgres(PostgresFactory f) : ProfilePageTests(f), IClassFixture<PostgresFactory>;

/// <summary>The /me page's form for 维护档案, as a browser without script posts it.</summary>
public abstract partial class ProfilePageTests(OneStopFactory factory) : ApiTests(factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [GeneratedRegex("""name="__RequestVerificationToken" type="hidden" value="([^"]+)"|type="hidden" name="__RequestVerificationToken" value="([^"]+)"|name="__RequestVerificationToken"[^>]*value="([^"]+)""")]
    private static partial Regex AntiforgeryField();

    private static string TokenOf(string html)
    {
        var token = AntiforgeryField().Match(html);
        Assert.True(token.Success, "no antiforgery token on /me");
        return token.Groups.Cast<Group>().Skip(1).First(g => g.Success).Value;
    }

    private async Task<(string Code, HttpClient Client)> NewEnterpriseAsync()
    {
        var code = TestIds.CreditCode();
        (await Factory.Anonymous().PostAsJsonAsync("/api/accounts/enterprises",
            new { enterpriseName = "广州页面档案有限公司", creditCode = code, password = "Secret2026" }, Ct)).EnsureSuccessStatusCode();
        return (code, await Factory.SignedInAsync(code, "Secret2026"));
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string phone, string address, string legal)
    {
        var html = await client.GetStringAsync("/me", Ct);
        return await client.PostAsync("/me", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Phone"] = phone, ["Address"] = address, ["LegalRepresentative"] = legal, ["__RequestVerificationToken"] = TokenOf(html),
        }), Ct);
    }

    [Fact]
    public async Task An_enterprise_saves_its_profile_on_the_page_and_sees_it_saved()
    {
        var (code, enterprise) = await NewEnterpriseAsync();
        var html = await enterprise.GetStringAsync("/me", Ct);
        Assert.Contains("法定代表人", html);

        var saved = await PostAsync(enterprise, "13822223333", "广州市天河区天府路 1 号", "梁志华");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode); // post-redirect-get
        var page = await enterprise.GetStringAsync(saved.Headers.Location!.ToString(), Ct);
        Assert.Contains("data-test=\"profile-saved\"", page);
        Assert.Contains("value=\"梁志华\"", page);
        var profile = await Factory.WithScopeAsync(sp => sp.GetRequiredService<IApplicantDirectory>().FindByCreditCodeAsync(code, Ct));
        Assert.Equal(("13822223333", "广州市天河区天府路 1 号", "梁志华"), (profile!.Phone, profile.Address, profile.LegalRepresentative));
    }

    [Fact]
    public async Task A_bad_phone_on_the_page_is_shown_at_its_field_and_what_was_typed_stays()
    {
        var (code, enterprise) = await NewEnterpriseAsync();
        var response = await PostAsync(enterprise, "12345", "广州市天河区体育西路 1 号", "冯小刚");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("data-test=\"error-phone\"", html);
        Assert.Contains("手机号码应为 11 位数字", html);
        Assert.Contains("value=\"12345\"", html);
        Assert.Contains("value=\"广州市天河区体育西路 1 号\"", html);
        Assert.Contains("value=\"冯小刚\"", html);
        Assert.DoesNotContain("data-test=\"profile-saved\"", html);
        var profile = await Factory.WithScopeAsync(sp => sp.GetRequiredService<IApplicantDirectory>().FindByCreditCodeAsync(code, Ct));
        Assert.Null(profile!.Address);
    }

    [Fact]
    public async Task A_citizen_sees_no_legal_representative_field_and_staff_no_form()
    {
        var citizen = await Factory.SignedInAsync(OneStop.Platform.Demo.DemoData.Citizens[1].IdFirst17
            + OneStop.Platform.Identity.ResidentId.ComputeCheckChar(OneStop.Platform.Demo.DemoData.Citizens[1].IdFirst17));
        var html = await citizen.GetStringAsync("/me", Ct);
        Assert.Contains("data-test=\"profile-form\"", html);
        Assert.Contains("住址", html);
        Assert.DoesNotContain("法定代表人", html);

        var clerk = await Factory.SignedInAsync("clerk");
        Assert.DoesNotContain("data-test=\"profile-form\"", await clerk.GetStringAsync("/me", Ct));
    }
}
