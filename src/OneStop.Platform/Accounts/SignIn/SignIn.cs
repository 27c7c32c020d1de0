using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OneStop.Platform.Errors;
using OneStop.Platform.Persistence;
using OneStop.Platform.Security;
using OneStop.Platform.Security.RateLimiting;

namespace OneStop.Platform.Accounts;

internal sealed record SignInRequest(string? UserName, string? Password);

/// <summary>
/// 登录: checks the password and the lockout rule. Every attempt, failed or not, is recorded and committed before
/// the answer, so a failed guess cannot be hidden by the error that follows it.
/// Every failure — unknown name, wrong password, locked, disabled — gets the same answer after the same work (one
/// password hash check, against a dummy hash for unknown names), so the answer and its timing reveal neither
/// whether a name exists nor whether its account is locked. Only the records (for administrators) tell them apart.
/// </summary>
internal static class SignIn
{
    public static async Task<Account> AuthenticateAsync(SignInRequest request, PlatformDbContext db,
        IPasswordHasher<Account> hasher, TimeProvider time, SignInThrottle throttle, CancellationToken ct)
    {
        var v = new Validator();
        var userName = v.Text("userName", request.UserName, 64);
        var password = request.Password ?? "";
        if (password.Length == 0) v.Add("password", "不能为空");
        else if (password.Length > 128) v.Add("password", "不能超过 128 个字符");
        v.ThrowIfInvalid();
        throttle.Acquire(userName);

        var now = time.GetUtcNow().UtcDateTime;
        var account = await db.Accounts.FirstOrDefaultAsync(a => a.UserName == userName.ToUpperInvariant() || a.UserName == userName, ct);
        var verdict = hasher.VerifyHashedPassword(account ?? DummyAccount, account?.PasswordHash ?? DummyHash(hasher), password);
        string? refusal = account switch
        {
            null => "账号不存在",
            { IsDisabled: true } => "账号已停用",
            _ when account.IsLockedAt(now) => "账号锁定期间尝试登录",
            _ => null,
        };
        if (refusal is null && verdict == PasswordVerificationResult.Failed)
            refusal = await Lockout.CountFailureAsync(db, account!.Id, now, ct) switch
            {
                Lockout.Outcome.CountedAndLocked => "密码错误，账号已锁定",
                Lockout.Outcome.AlreadyLocked => "账号锁定期间尝试登录",
                _ => "密码错误",
            };
        else if (refusal is null && !await Lockout.TryResetAsync(db, account!.Id, now, ct))
            refusal = "账号锁定期间尝试登录";
        else if (account is null)
            await Lockout.CountFailureAsync(db, 0, now, ct); // no row matches: the same database work as for a real name
        if (refusal is not null)
        {
            await RecordFailureAsync(db, userName, refusal, ct);
            throw InvalidCredentials();
        }

        if (verdict == PasswordVerificationResult.SuccessRehashNeeded) account!.Rehash(hasher.HashPassword(account, password));
        db.Audit("auth.sign-in", $"账号 {AccountView.MaskId(account!.UserName)}", "登录成功", account.RegionCode);
        await db.SaveChangesAsync(ct);
        return account;
    }

    /// <summary>
    /// The one place a failed sign-in is recorded (user name as typed, masked like every ID; the real reason).
    /// </summary>
    private static async Task RecordFailureAsync(PlatformDbContext db, string userName, string reason, CancellationToken ct)
    {
        db.SecurityEvent("auth.sign-in-failed", $"账号 {AccountView.MaskId(userName)}", reason);
        await db.SaveChangesAsync(ct);
    }

    public static ClaimsPrincipal Principal(Account account, string scheme)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, account.UserName),
            new(OneStopClaims.AccountId, account.Id.ToString()),
            // Antiforgery tokens are bound to this claim when present: they then survive a re-issued cookie.
            new(ClaimTypes.NameIdentifier, account.Id.ToString()),
            new(OneStopClaims.DisplayName, account.DisplayName),
            new(OneStopClaims.SecurityStamp, account.SecurityStamp),
        };
        claims.AddRange(RolesOf(account).Select(r => new Claim(ClaimTypes.Role, r)));
        if (account.DepartmentId is { } dept) claims.Add(new Claim(OneStopClaims.Department, dept.ToString()));
        if (account.RegionCode is { } region) claims.Add(new Claim(OneStopClaims.Region, region));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, ClaimTypes.Name, ClaimTypes.Role));
    }

    public static IReadOnlyList<string> RolesOf(Account account) => account.Kind switch
    {
        AccountKind.Citizen => [Role.Citizen],
        AccountKind.Enterprise => [Role.Enterprise],
        _ => account.Roles,
    };

    private static readonly Account DummyAccount = new() { UserName = "", DisplayName = "" };
    private static string? _dummyHash;

    /// <summary>A hash made by the same hasher (same algorithm and iteration count) of a password nobody knows.</summary>
    private static string DummyHash(IPasswordHasher<Account> hasher) =>
        _dummyHash ??= hasher.HashPassword(DummyAccount, Guid.NewGuid().ToString());

    private static DomainException InvalidCredentials() => new(401, "auth.invalid-credentials", "用户名或密码错误",
        $"连续输错 {Account.MaxFailedSignIns} 次，账号将锁定 {Account.LockoutDuration.TotalMinutes:0} 分钟；账号被锁定或停用时请联系管理员。");
}
