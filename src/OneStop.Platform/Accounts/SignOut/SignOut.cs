using OneStop.Platform.Persistence;
using OneStop.Platform.Security;

namespace OneStop.Platform.Accounts;

/// <summary>
/// 退出登录: ends every session and token of the signed-in account (a new security stamp), not only the cookie of
/// this browser, so a copied cookie or a leaked token stops working too.
/// </summary>
internal static class SignOut
{
    public static async Task HandleAsync(PlatformDbContext db, DataScope scope, CancellationToken ct)
    {
        if (!scope.User.IsAuthenticated || scope.User.AccountId is not { } id) return;
        var account = await db.Accounts.FindAsync([id], ct);
        if (account is null) return;
        account.EndAllSessions();
        db.Audit("auth.sign-out", $"账号 {AccountView.MaskId(account.UserName)}", "退出登录");
        await db.SaveChangesAsync(ct);
    }
}
