using OneStop.Platform.Errors;
using OneStop.Platform.Security;

namespace OneStop.Platform.Accounts;

/// <summary>
/// A sign-in identity: staff of a department, a citizen under real name (实名), or an enterprise by its credit code.
/// Guards its own lockout rule so every sign-in path behaves the same.
/// </summary>
public sealed class Account
{
    public const int MaxFailedSignIns = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    public long Id { get; private set; }
    public required string UserName { get; init; }
    public required string DisplayName { get; set; }
    public AccountKind Kind { get; init; }
    public string PasswordHash { get; set; } = "";
    public List<string> Roles { get; set; } = [];
    public long? DepartmentId { get; set; }

    /// <summary>Staff: the region of their department. Applicants: the region of their residence or registration.</summary>
    public string? RegionCode { get; set; }

    /// <summary>居民身份证号码 (citizens), normalised to 18 characters.</summary>
    public string? ResidentId { get; init; }

    /// <summary>统一社会信用代码 (enterprises).</summary>
    public string? CreditCode { get; init; }

    public string? Phone { get; set; }
    public int FailedSignIns { get; private set; }
    public DateTime? LockedUntil { get; private set; }
    public bool IsDisabled { get; set; }
    public DateTime CreatedAt { get; init; }

    public bool IsLockedAt(DateTime now) => LockedUntil is { } until && until > now;

    public void RecordFailedSignIn(DateTime now)
    {
        FailedSignIns++;
        if (FailedSignIns >= MaxFailedSignIns)
        {
            LockedUntil = now + LockoutDuration;
            FailedSignIns = 0;
        }
    }

    public void RecordSuccessfulSignIn()
    {
        FailedSignIns = 0;
        LockedUntil = null;
    }

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
        Roles = list;
    }
}
