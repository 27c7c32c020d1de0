using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Platform.Accounts;
using OneStop.Platform.Demo;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Http.Profiles;

public sealed class ApplicantProfileOnSqlite(SqliteFactory f) : ApplicantProfileTests(f), IClassFixture<SqliteFactory>;
public sealed class ApplicantProfileOnPostgres(PostgresFactory f) : ApplicantProfileTests(f), IClassFixture<PostgresFactory>;

/// <summary>一人一档 / 一企一档: applicants keep their contact details; the case engine reads them through the directory.</summary>
public abstract class ApplicantProfileTests(OneStopFactory factory) : ApiTests(factory)
{
    private const string Password = "Secret2026";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A citizen of this test alone (the installation is shared by the class).</summary>
    private async Task<(string ResidentId, HttpClient Client)> NewCitizenAsync(string name = "陈小红")
    {
        var id = TestIds.ResidentId();
        (await Factory.Anonymous().PostAsJsonAsync("/api/accounts/citizens",
            new { realName = name, residentId = id, password = Password, phone = "13700000001" }, Ct)).EnsureSuccessStatusCode();
        return (id, await Factory.SignedInAsync(id, Password));
    }

    private async Task<(string CreditCode, HttpClient Client)> NewEnterpriseAsync()
    {
        var code = TestIds.CreditCode();
        (await Factory.Anonymous().PostAsJsonAsync("/api/accounts/enterprises",
            new { enterpriseName = "广州测试档案有限公司", creditCode = code, password = Password }, Ct)).EnsureSuccessStatusCode();
        return (code, await Factory.SignedInAsync(code, Password));
    }

    private Task<ApplicantProfile?> DirectoryAsync(Func<IApplicantDirectory, Task<ApplicantProfile?>> find) =>
        Factory.WithScopeAsync(sp => find(sp.GetRequiredService<IApplicantDirectory>()));

    [Fact]
    public async Task A_citizen_updates_their_phone_and_address_and_the_directory_returns_them()
    {
        var (id, citizen) = await NewCitizenAsync();
        var response = await citizen.PutAsJsonAsync("/api/me/profile",
            new { phone = "13912345678", address = "广州市天河区华穗路 406 号 1501 房" }, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var view = await citizen.GetFromJsonAsync<JsonElement>("/api/me/profile", Ct);
        Assert.Equal("广州市天河区华穗路 406 号 1501 房", view.GetProperty("address").GetString());
        Assert.DoesNotContain("12345678", view.GetProperty("phone").GetString()); // masked in the view
        var profile = await DirectoryAsync(d => d.FindByResidentIdAsync(id, Ct));
        Assert.NotNull(profile);
        Assert.Equal((ApplicantKind.Citizen, "陈小红", "13912345678", "广州市天河区华穗路 406 号 1501 房"),
            (profile.Kind, profile.Name, profile.Phone, profile.Address));
        Assert.Equal(profile, await DirectoryAsync(d => d.FindAsync(profile.AccountId, Ct)));
    }

    [Fact]
    public async Task Updating_the_profile_is_audited_without_the_new_details()
    {
        var (id, citizen) = await NewCitizenAsync();
        (await citizen.PutAsJsonAsync("/api/me/profile", new { phone = "13955556666", address = "广州市天河区员村二横路 8 号" }, Ct))
            .EnsureSuccessStatusCode();

        var records = await Factory.WithDbAsync(db => db.AuditRecords.Where(r => r.Action == "account.update-profile")
            .Select(r => new { r.Target, r.Summary }).ToListAsync(Ct));
        var record = Assert.Single(records, r => r.Target == $"账号 {AccountView.MaskId(id)}");
        Assert.StartsWith("修改了手机号码、地址", record.Summary);
        Assert.DoesNotContain(id, record.Target);
        // the recorded change shows where, not who: phone and address masked like every personal detail
        Assert.DoesNotContain("13955556666", record.Summary);
        Assert.DoesNotContain("员村二横路", record.Summary);
        Assert.Contains("139****6666", record.Summary);
        Assert.Contains("广州市天河区***", record.Summary);
    }

    [Theory]
    [InlineData("1391234567")] // 10 digits
    [InlineData("23912345678")]
    [InlineData("139-1234-5678")]
    public async Task A_bad_phone_is_refused_naming_the_field_and_nothing_changes(string phone)
    {
        var (id, citizen) = await NewCitizenAsync();
        var response = await citizen.PutAsJsonAsync("/api/me/profile", new { phone, address = "广州市天河区新地址" }, Ct);

        var problem = await Problem.ReadAsync(response);
        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.Equal("account.invalid-phone", problem.Code);
        Assert.True(problem.HasFieldError("phone"));
        var profile = await DirectoryAsync(d => d.FindByResidentIdAsync(id, Ct));
        Assert.Equal(("13700000001", (string?)null), (profile!.Phone, profile.Address));
    }

    [Fact]
    public async Task A_too_long_address_and_a_control_character_are_refused()
    {
        var (_, citizen) = await NewCitizenAsync();
        var tooLong = await Problem.ReadAsync(await citizen.PutAsJsonAsync("/api/me/profile", new { phone = "", address = new string('路', 201) }, Ct));
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.Status);
        Assert.True(tooLong.HasFieldError("address"));

        var control = await Problem.ReadAsync(await citizen.PutAsJsonAsync("/api/me/profile", new { phone = "", address = "天河路\u0000385 号" }, Ct));
        Assert.Equal(HttpStatusCode.BadRequest, control.Status);
        Assert.Equal("input.control-character", control.Code);
    }

    [Fact]
    public async Task A_body_without_the_phone_and_address_is_refused_and_erases_nothing()
    {
        var (id, citizen) = await NewCitizenAsync();
        var problem = await Problem.ReadAsync(await citizen.PutAsJsonAsync("/api/me/profile", new { departmentId = 5 }, Ct));
        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.Equal("13700000001", (await DirectoryAsync(d => d.FindByResidentIdAsync(id, Ct)))!.Phone);

        (await citizen.PutAsJsonAsync("/api/me/profile", new { phone = (string?)null, address = "" }, Ct)).EnsureSuccessStatusCode();
        Assert.Null((await DirectoryAsync(d => d.FindByResidentIdAsync(id, Ct)))!.Phone); // cleared on purpose
    }

    [Fact]
    public async Task A_citizen_cannot_name_a_legal_representative()
    {
        var (_, citizen) = await NewCitizenAsync();
        var problem = await Problem.ReadAsync(await citizen.PutAsJsonAsync("/api/me/profile", new { phone = "", address = "", legalRepresentative = "张三" }, Ct));
        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.True(problem.HasFieldError("legalRepresentative"));
    }

    [Fact]
    public async Task An_enterprise_names_its_legal_representative_and_is_found_by_its_credit_code()
    {
        var (code, enterprise) = await NewEnterpriseAsync();
        (await enterprise.PutAsJsonAsync("/api/me/profile",
            new { phone = "13811112222", address = "广州市天河区天河北路 233 号 3801 室", legalRepresentative = "黄建国" }, Ct)).EnsureSuccessStatusCode();

        var profile = await DirectoryAsync(d => d.FindByCreditCodeAsync(" " + code.ToLowerInvariant() + " ", Ct));
        Assert.NotNull(profile);
        Assert.Equal((ApplicantKind.Enterprise, code, "黄建国", "广州市天河区天河北路 233 号 3801 室", "440106"),
            (profile.Kind, profile.CreditCode, profile.LegalRepresentative, profile.Address, profile.RegionCode));
        Assert.Null(profile.ResidentId);
    }

    [Fact]
    public async Task Another_applicant_cannot_edit_someone_elses_profile()
    {
        var (victimId, _) = await NewCitizenAsync("受害人");
        var (_, other) = await NewCitizenAsync("他人");
        var victim = await DirectoryAsync(d => d.FindByResidentIdAsync(victimId, Ct));

        // No route takes an account id for writing, and /me/profile writes only the caller's own.
        var byId = await other.PutAsJsonAsync($"/api/accounts/{victim!.AccountId}/profile", new { phone = "13100000000", address = "" }, Ct);
        Assert.False(byId.IsSuccessStatusCode);
        (await other.PutAsJsonAsync("/api/me/profile", new { phone = "13100000000", address = "别人的地址" }, Ct)).EnsureSuccessStatusCode();

        Assert.Equal(victim, await DirectoryAsync(d => d.FindByResidentIdAsync(victimId, Ct)));
        Assert.Equal("13700000001", victim.Phone);
    }

    [Fact]
    public async Task Staff_keep_no_applicant_profile_and_the_directory_never_returns_them()
    {
        var clerk = await Factory.SignedInAsync("clerk");
        var refused = await Problem.ReadAsync(await clerk.PutAsJsonAsync("/api/me/profile", new { phone = "", address = "广州市" }, Ct));
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);

        var clerkId = await Factory.WithDbAsync(db => db.Accounts.Where(a => a.UserName == "clerk").Select(a => a.Id).SingleAsync(Ct));
        Assert.Null(await DirectoryAsync(d => d.FindAsync(clerkId, Ct)));
        Assert.Null(await DirectoryAsync(d => d.FindByResidentIdAsync("clerk", Ct)));
        Assert.Null(await DirectoryAsync(d => d.FindAsync(-1, Ct)));
    }

    [Fact]
    public async Task Demo_applicants_have_an_address_and_demo_enterprises_a_legal_representative()
    {
        var citizen = DemoData.Citizens[0];
        var id = citizen.IdFirst17 + OneStop.Platform.Identity.ResidentId.ComputeCheckChar(citizen.IdFirst17);
        var profile = await DirectoryAsync(d => d.FindByResidentIdAsync(id, Ct));
        Assert.Equal((citizen.Name, citizen.Address), (profile!.Name, profile.Address));

        var enterprise = DemoData.Enterprises[0];
        var code = enterprise.CodeFirst17 + OneStop.Platform.Identity.CreditCode.ComputeCheckChar(enterprise.CodeFirst17);
        var company = await DirectoryAsync(d => d.FindByCreditCodeAsync(code, Ct));
        Assert.Equal((enterprise.Address, enterprise.LegalRepresentative), (company!.Address, company.LegalRepresentative));
    }

    [Fact]
    public async Task Registration_takes_the_address_and_the_legal_representative_too()
    {
        var code = TestIds.CreditCode();
        (await Factory.Anonymous().PostAsJsonAsync("/api/accounts/enterprises", new
        {
            enterpriseName = "广州注册档案有限公司", creditCode = code, password = Password,
            address = "广州市天河区体育东路 140 号", legalRepresentative = "周明",
        }, Ct)).EnsureSuccessStatusCode();
        var profile = await DirectoryAsync(d => d.FindByCreditCodeAsync(code, Ct));
        Assert.Equal(("广州市天河区体育东路 140 号", "周明"), (profile!.Address, profile.LegalRepresentative));
    }
}
