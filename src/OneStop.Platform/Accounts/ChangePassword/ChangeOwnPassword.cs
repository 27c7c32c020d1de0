using Microsoft.AspNetCore.Identity;
using OneStop.Platform.Errors;
using OneStop.Platform.Persistence;
using OneStop.Platform.Security;

namespace OneStop.Platform.Accounts;

internal sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);

/// <summary>
/// 修改密码: the signed-in user replaces their password (also the way out of an administrator's reset). Every other
/// session and token of the account ends; the caller gets a fresh session (cookie) or must ask for a new token.
/// </summary>
internal static class ChangeOwnPassword
{
    public static async Task<Account> HandleAsync(ChangePasswordRequest r, PlatformDbContext db, DataScope scope,
        IPasswordHasher<Account> hasher, CancellationToken ct)
    {
        scope.RequireSignedIn();
        var account = await db.Accounts.FindAsync([scope.User.AccountId ?? 0], ct)
            ?? throw new DomainException(401, "auth.required", "请先登录");
        var v = new Validator();
        var current = r.CurrentPassword ?? "";
        if (current.Length is 0 or > 128) v.Add("currentPassword", "请输入当前密码");
        var password = PasswordPolicy.Check(v, "newPassword", r.NewPassword);
        if (v.IsValid && password == current) v.Add("newPassword", "新密码不能与当前密码相同", "account.password-unchanged");
        v.ThrowIfInvalid();
        if (hasher.VerifyHashedPassword(account, account.PasswordHash, current) == PasswordVerificationResult.Failed)
            throw RequestValidationException.For("currentPassword", "当前密码不正确", "account.wrong-password");
        account.SetPassword(hasher.HashPassword(account, password));
        db.Audit("account.change-password", $"账号 {AccountView.MaskId(account.UserName)}", "本人修改密码");
        await db.SaveChangesAsync(ct);
        return account;
    }
}
