using OneStop.Platform.Errors;
using OneStop.Platform.Security;

namespace OneStop.Platform.Accounts;

/// <summary>
/// A sign-in identity: staff of a department, a citizen under real name (实名), or an enterprise by its credit code.
/// Guards its own lockout rule so every sign-in path behaves the same (see <see cref="Lockout"/>), and its security
/// stamp: every session and token carries the stamp it was issued with and dies when the stamp changes.
/// </summary>
internal sealed class Account
{
    public const int MaxFailedSignIns = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    public long Id { get; private set; }
    public required string UserName { get; init; }
    public required string DisplayName { get; set; }
    public AccountKind Kind { get; init; }
    /// <summary>Set directly only when the account is created; later through <see cref="SetPassword"/> and friends.</summary>
    public string PasswordHash { get; set; } = "";
    public List<string> Roles { get; private set; } = [];
    public long? DepartmentId { get; set; }

    /// <summary>Staff: the region of their department. Applicants: the region of their residence or registration.</summary>
    public string? RegionCode { get; set; }

    /// <summary>居民身份证号码 (citizens), normalised to 18 characters.</summary>
    public string? ResidentId { get; init; }

    /// <summary>统一社会信用代码 (enterprises).</summary>
    public string? CreditCode { get; init; }

    public string? Phone { get; set; }

    /// <summary>住址 (citizens) or 住所/经营场所 (enterprises), as the applicant gives it; fills application forms.</summary>
    public string? Address { get; set; }

    /// <summary>法定代表人 of an enterprise; always null for citizens and staff.</summary>
    public string? LegalRepresentative { get; set; }
    public int FailedSignIns { get; private set; }
    public DateTime? LockedUntil { get; private set; }
    public bool IsDisabled { get; private set; }
    public DateTime CreatedAt { get; init; }

    /// <summary>Changes whenever existing sessions must end: sign-out, password change or reset, disable, role change.</summary>
    public string SecurityStamp { get; private set; } = NewStamp();

    /// <summary>Set by an administrator's password reset: the user must choose a password of their own first.</summary>
    public bool MustChangePassword { get; private set; }

    public bool IsLockedAt(DateTime now) => LockedUntil is { } until && until > now;

    /// <summary>Ends every session and token of this account.</summary>
    public void EndAllSessions() => SecurityStamp = NewStamp();

    public void SetPassword(string hash)
    {
        PasswordHash = hash;
        MustChangePassword = false;
        EndAllSessions();
    }

    /// <summary>Same password, stronger hash (the hasher asked for it): sessions stay.</summary>
    public void Rehash(string hash) => PasswordHash = hash;

    /// <summary>重置密码: a temporary password the user must replace at the next sign-in.</summary>
    public void ResetPassword(string hash)
    {
        SetPassword(hash);
        MustChangePassword = true;
    }

    public void Disable()
    {
        IsDisabled = true;
        EndAllSessions();
    }

    public void Enable() => IsDisabled = false;

    public void Unlock()
    {
        FailedSignIns = 0;
        LockedUntil = null;
    }

    public void GrantRoles(IEnumerable<string> roles)
    {
        var list = roles.Distinct().ToList();
        var unknown = list.Where(r => Role.Find(r) is not { IsStaff: true }).ToList();
        if (Kind != AccountKind.Staff || unknown.Count > 0 || list.Count == 0)
            throw RequestValidationException.For("roles", "角色无效：" + string.Join("、", unknown), "account.invalid-role");
        if (Roles.Count > 0 && !Roles.Order().SequenceEqual(list.Order())) EndAllSessions();
        Roles = list;
    }

    /// <summary>
    /// 维护档案: the applicant's own contact details. Only an enterprise has a legal representative. Returns the Chinese
    /// names of what changed (for the audit trail, which records that a detail changed, never the detail itself).
    /// </summary>
    public IReadOnlyList<string> ChangeProfile(string? phone, string? address, string? legalRepresentative)
    {
        if (Kind == AccountKind.Staff)
            throw new ForbiddenException("account.profile-not-applicant", "工作人员的档案由系统管理员维护");
        if (Kind != AccountKind.Enterprise && !string.IsNullOrEmpty(legalRepresentative))
            throw RequestValidationException.For("legalRepresentative", "只有法人（企业）填写法定代表人", "account.legal-representative-not-allowed");
        var changed = new List<string>();
        if (Phone != phone) changed.Add("手机号码");
        if (Address != address) changed.Add("地址");
        if (Kind == AccountKind.Enterprise && LegalRepresentative != legalRepresentative) changed.Add("法定代表人");
        Phone = phone;
        Address = address;
        if (Kind == AccountKind.Enterprise) LegalRepresentative = legalRepresentative;
        return changed;
    }

    private static string NewStamp() => Guid.NewGuid().ToString("N");
}
