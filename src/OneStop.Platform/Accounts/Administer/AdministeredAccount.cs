using OneStop.Platform.Errors;
using OneStop.Platform.Persistence;
using OneStop.Platform.Security;

namespace OneStop.Platform.Accounts;

/// <summary>
/// The account a system administrator acts on, if it lies within their scope (its region, or one below, per
/// ADR 0003). An account without a region is in nobody's scope. Administrators do not act on their own account
/// here: they could lock themselves out (their own password changes through 修改密码).
/// </summary>
internal static class AdministeredAccount
{
    public static async Task<Account> FindAsync(long id, PlatformDbContext db, DataScope scope, CancellationToken ct,
        bool allowSelf = true)
    {
        scope.Staff(Role.SystemAdmin);
        var account = await db.Accounts.FindAsync([id], ct)
            ?? throw new NotFoundException("account.not-found", "账号不存在");
        scope.StaffFor(account.RegionCode ?? "", null, Role.SystemAdmin);
        if (!allowSelf && account.Id == scope.User.AccountId)
            throw new BusinessRuleException("account.self-administration", "不能对自己的账号执行此操作");
        return account;
    }

    public static string Target(Account account) => $"账号 {AccountView.MaskId(account.UserName)}";
}
