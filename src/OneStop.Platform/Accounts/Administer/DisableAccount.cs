using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OneStop.Platform.Persistence;
using OneStop.Platform.Security;

namespace OneStop.Platform.Accounts;

/// <summary>停用 / 启用账号: a disabled account cannot sign in, and its sessions and tokens end at once.</summary>
internal static class DisableAccount
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/accounts/{id:long}/disable", async (long id, PlatformDbContext db, DataScope scope,
                TimeProvider time, CancellationToken ct) =>
                TypedResults.Ok(AccountView.Of(await HandleAsync(id, true, db, scope, ct), time.GetUtcNow().UtcDateTime)))
            .WithName("DisableAccount").WithSummary("停用账号");
        api.MapPost("/accounts/{id:long}/enable", async (long id, PlatformDbContext db, DataScope scope,
                TimeProvider time, CancellationToken ct) =>
                TypedResults.Ok(AccountView.Of(await HandleAsync(id, false, db, scope, ct), time.GetUtcNow().UtcDateTime)))
            .WithName("EnableAccount").WithSummary("启用账号");
    }

    public static async Task<Account> HandleAsync(long id, bool disable, PlatformDbContext db, DataScope scope, CancellationToken ct)
    {
        var account = await AdministeredAccount.FindAsync(id, db, scope, ct, allowSelf: !disable);
        if (disable) account.Disable();
        else account.Enable();
        db.Audit(disable ? "account.disable" : "account.enable", AdministeredAccount.Target(account), disable ? "停用账号" : "启用账号");
        await db.SaveChangesAsync(ct);
        return account;
    }
}
