using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OneStop.Platform.Errors;
using OneStop.Platform.Persistence;
using OneStop.Platform.Security;

namespace OneStop.Platform.Accounts;

/// <summary>解除锁定: an administrator unlocks an account before its lockout runs out.</summary>
internal static class UnlockAccount
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/accounts/{id:long}/unlock", async (long id, PlatformDbContext db, DataScope scope,
                TimeProvider time, CancellationToken ct) =>
                TypedResults.Ok(AccountView.Of(await HandleAsync(id, db, scope, ct), time.GetUtcNow().UtcDateTime)))
            .WithName("UnlockAccount").WithSummary("解除账号锁定");

    public static async Task<Account> HandleAsync(long id, PlatformDbContext db, DataScope scope, CancellationToken ct)
    {
        scope.Staff(Role.SystemAdmin);
        var account = await db.Accounts.FindAsync([id], ct)
            ?? throw new NotFoundException("account.not-found", "账号不存在");
        scope.StaffFor(account.RegionCode ?? "", null, Role.SystemAdmin);
        account.Unlock();
        db.Audit("account.unlock", $"账号 {AccountView.MaskId(account.UserName)}");
        await db.SaveChangesAsync(ct);
        return account;
    }
}
