using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OneStop.Platform.Errors;
using OneStop.Platform.Persistence;
using OneStop.Platform.Security;

namespace OneStop.Platform.Accounts;

public sealed record SignInRequest(string? UserName, string? Password);

/// <summary>
/// 登录: checks the password and the lockout rule. Every attempt, failed or not, is audited and committed before
/// the answer, so a failed guess cannot be hidden by the error that follows it.
/// </summary>
public static class SignIn
{
    public static async Task<Account> AuthenticateAsync(SignInRequest request, PlatformDbContext db,
        IPasswordHasher<Account> hasher, TimeProvider time, CancellationToken ct)
    {
        var v = new Validator();
        var userName = v.Text("userName", request.UserName, 64);
        var password = request.Password ?? "";
        if (password.Length == 0) v.Add("password", "不能为空");
        else if (password.Length > 128) v.Add("password", "不能超过 128 个字符");
        v.ThrowIfInvalid();

        var now = time.GetUtcNow().UtcDateTime;
        var account = await db.Accounts.FirstOrDefaultAsync(a => a.UserName == userName.ToUpperInvariant() || a.UserName == userName, ct);
        if (account is null)
        {
            await FailAsync(db, userName, "账号不存在", ct);
            throw InvalidCredentials();
        }
        if (account.IsDisabled)
        {
            await FailAsync(db, userName, "账号已停用", ct);
            throw new DomainException(403, "auth.disabled", "账号已停用，请联系管理员");
        }
        if (account.IsLockedAt(now))
        {
            await FailAsync(db, userName, "账号锁定期间尝试登录", ct);
            throw LockedOut();
        }
        if (hasher.VerifyHashedPassword(account, account.PasswordHash, password) == PasswordVerificationResult.Failed)
        {
            account.RecordFailedSignIn(now);
            var locked = account.IsLockedAt(now);
            await FailAsync(db, userName, locked ? "密码错误，账号已锁定" : "密码错误", ct);
            throw locked ? LockedOut() : InvalidCredentials();
        }
        account.RecordSuccessfulSignIn();
        db.Audit("auth.sign-in", $"账号 {account.UserName}", "登录成功", account.RegionCode);
        await db.SaveChangesAsync(ct);
        return account;
    }

    public static ClaimsPrincipal Principal(Account account, string scheme)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, account.UserName),
            new(OneStopClaims.AccountId, account.Id.ToString()),
            new(OneStopClaims.DisplayName, account.DisplayName),
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

    private static async Task FailAsync(PlatformDbContext db, string userName, string reason, CancellationToken ct)
    {
        db.SecurityEvent("auth.sign-in-failed", $"账号 {userName}", reason);
        await db.SaveChangesAsync(ct);
    }

    private static DomainException InvalidCredentials() => new(401, "auth.invalid-credentials", "用户名或密码错误");

    private static DomainException LockedOut() => new(403, "auth.locked-out",
        $"连续登录失败 {Account.MaxFailedSignIns} 次，账号已锁定 {Account.LockoutDuration.TotalMinutes:0} 分钟");
}
