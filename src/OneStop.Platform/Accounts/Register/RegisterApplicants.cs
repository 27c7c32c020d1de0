using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneStop.Platform.Errors;
using OneStop.Platform.Identity;
using OneStop.Platform.Persistence;

namespace OneStop.Platform.Accounts;

internal sealed record RegisterCitizenRequest(string? RealName, string? ResidentId, string? Password, string? Phone, string? RegionCode,
    string? Address = null);

internal sealed record RegisterEnterpriseRequest(string? EnterpriseName, string? CreditCode, string? Password, string? Phone, string? RegionCode,
    string? Address = null, string? LegalRepresentative = null);

/// <summary>
/// 实名注册: a citizen signs up with a resident ID valid under GB 11643, an enterprise with a credit code valid under
/// GB 32100; the number is their user name. Every applicant has a county-level region (of residence, or of the
/// enterprise's registration): the one chosen, or by default the one the number's area digits name. Data scopes
/// rest on it, so an applicant without a region is never stored (docs/adr/0003-data-scope.md).
/// </summary>
internal static class RegisterApplicants
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/accounts/citizens", async (RegisterCitizenRequest r, PlatformDbContext db,
                IPasswordHasher<Account> hasher, TimeProvider time, CancellationToken ct) =>
            {
                var account = await CitizenAsync(r, db, hasher, time, ct);
                return TypedResults.Created($"/api/accounts/{account.Id}/profile", AccountView.Of(account, time.GetUtcNow().UtcDateTime));
            })
            .WithName("RegisterCitizen").WithSummary("自然人实名注册").AllowAnonymous()
            .RequireRateLimiting(Security.RateLimiting.RateLimits.Registration);
        api.MapPost("/accounts/enterprises", async (RegisterEnterpriseRequest r, PlatformDbContext db,
                IPasswordHasher<Account> hasher, TimeProvider time, CancellationToken ct) =>
            {
                var account = await EnterpriseAsync(r, db, hasher, time, ct);
                return TypedResults.Created($"/api/accounts/{account.Id}/profile", AccountView.Of(account, time.GetUtcNow().UtcDateTime));
            })
            .WithName("RegisterEnterprise").WithSummary("法人注册（统一社会信用代码）").AllowAnonymous()
            .RequireRateLimiting(Security.RateLimiting.RateLimits.Registration);
    }

    public static async Task<Account> CitizenAsync(RegisterCitizenRequest r, PlatformDbContext db,
        IPasswordHasher<Account> hasher, TimeProvider time, CancellationToken ct)
    {
        var v = new Validator();
        var name = v.Text("realName", r.RealName, 50);
        var id = ResidentId.Check(r.ResidentId, DateOnly.FromDateTime(time.GetLocalNow().DateTime));
        if (!id.IsValid) v.Add("residentId", id.ErrorMessage ?? "身份证号码无效", id.ErrorCode);
        var password = PasswordPolicy.Check(v, "password", r.Password);
        var phone = Phone(v, r.Phone);
        var address = ApplicantContact.Address(v, r.Address);
        var region = await RegionAsync(v, r.RegionCode, id.AreaCode, db, ct);
        v.ThrowIfInvalid();
        if (await db.Accounts.AnyAsync(a => a.ResidentId == id.Normalized, ct))
            throw new BusinessRuleException("account.resident-id-taken", "该身份证号码已注册");
        return await AddAsync(new Account
        {
            UserName = id.Normalized!, DisplayName = name, Kind = AccountKind.Citizen, ResidentId = id.Normalized,
            Phone = phone, Address = address, RegionCode = region, CreatedAt = time.GetUtcNow().UtcDateTime,
        }, password, "account.register-citizen", db, hasher, ct);
    }

    public static async Task<Account> EnterpriseAsync(RegisterEnterpriseRequest r, PlatformDbContext db,
        IPasswordHasher<Account> hasher, TimeProvider time, CancellationToken ct)
    {
        var v = new Validator();
        var name = v.Text("enterpriseName", r.EnterpriseName, 100);
        var code = CreditCode.Check(r.CreditCode);
        if (!code.IsValid) v.Add("creditCode", code.ErrorMessage ?? "统一社会信用代码无效", code.ErrorCode);
        var password = PasswordPolicy.Check(v, "password", r.Password);
        var phone = Phone(v, r.Phone);
        var address = ApplicantContact.Address(v, r.Address);
        var legalRepresentative = ApplicantContact.LegalRepresentative(v, r.LegalRepresentative);
        var region = await RegionAsync(v, r.RegionCode, code.IsValid ? CreditCodeArea(code.Normalized!) : null, db, ct);
        v.ThrowIfInvalid();
        if (await db.Accounts.AnyAsync(a => a.CreditCode == code.Normalized, ct))
            throw new BusinessRuleException("account.credit-code-taken", "该统一社会信用代码已注册");
        return await AddAsync(new Account
        {
            UserName = code.Normalized!, DisplayName = name, Kind = AccountKind.Enterprise, CreditCode = code.Normalized,
            Phone = phone, Address = address, LegalRepresentative = legalRepresentative, RegionCode = region, CreatedAt = time.GetUtcNow().UtcDateTime,
        }, password, "account.register-enterprise", db, hasher, ct);
    }

    private static async Task<Account> AddAsync(Account account, string password, string action, PlatformDbContext db,
        IPasswordHasher<Account> hasher, CancellationToken ct)
    {
        account.PasswordHash = hasher.HashPassword(account, password);
        db.Accounts.Add(account);
        db.Audit(action, $"账号 {AccountView.MaskId(account.UserName)}", account.DisplayName);
        await db.SaveChangesAsync(ct);
        return account;
    }

    internal static string? Phone(Validator v, string? phone)
    {
        var p = phone?.Trim();
        if (string.IsNullOrEmpty(p)) return null;
        if (p.Length != 11 || !p.All(char.IsAsciiDigit) || p[0] != '1') v.Add("phone", "手机号码应为 11 位数字", "account.invalid-phone");
        return p;
    }

    /// <summary>Digits 3–8 of a credit code: the area code of the registering authority (GB 32100).</summary>
    public static string CreditCodeArea(string creditCode) => creditCode.Substring(2, 6);

    /// <summary>
    /// The applicant's region: the one given, else the default from the number's area code. It must be a county-level
    /// region (区县) of the platform's tree, so that the county's staff, and only they and those above, reach it.
    /// </summary>
    internal static async Task<string> RegionAsync(Validator v, string? code, string? defaultCode, PlatformDbContext db, CancellationToken ct)
    {
        var c = code?.Trim();
        var given = !string.IsNullOrEmpty(c);
        if (!given) c = defaultCode;
        if (string.IsNullOrEmpty(c))
        {
            v.Add("regionCode", "请选择所在区县", "region.required");
            return "";
        }
        var region = c.Length > 12 ? null : await db.Regions.AsNoTracking().FirstOrDefaultAsync(r => r.Code == c, ct);
        if (region is null)
            v.Add("regionCode", given ? "未知的行政区划代码" : "证件号码中的地址码不是现行区县，请选择所在区县",
                given ? "region.unknown" : "region.required");
        else if (region.Level != Regions.RegionLevel.County)
            v.Add("regionCode", "请选择到区县一级", "region.not-county");
        return c;
    }
}
