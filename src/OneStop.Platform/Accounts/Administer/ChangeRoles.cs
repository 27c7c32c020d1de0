using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OneStop.Platform.Persistence;
using OneStop.Platform.Security;

namespace OneStop.Platform.Accounts;

internal sealed record ChangeRolesRequest(IReadOnlyList<string>? Roles);

/// <summary>调整角色: a staff account's roles change; tokens naming the old roles stop working.</summary>
internal static class ChangeRoles
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/accounts/{id:long}/roles", async (long id, ChangeRolesRequest r, PlatformDbContext db,
                DataScope scope, TimeProvider time, CancellationToken ct) =>
                TypedResults.Ok(AccountView.Of(await HandleAsync(id, r, db, scope, ct), time.GetUtcNow().UtcDateTime)))
            .WithName("ChangeRoles").WithSummary("调整工作人员角色");

    public static async Task<Account> HandleAsync(long id, ChangeRolesRequest r, PlatformDbContext db, DataScope scope,
        CancellationToken ct)
    {
        var account = await AdministeredAccount.FindAsync(id, db, scope, ct, allowSelf: false);
        var before = string.Join("、", account.Roles.Select(ChineseName));
        account.GrantRoles(r.Roles ?? []);
        db.Audit("account.change-roles", AdministeredAccount.Target(account),
            $"{before} → {string.Join("、", account.Roles.Select(ChineseName))}");
        await db.SaveChangesAsync(ct);
        return account;
    }

    private static string ChineseName(string role) => Role.Find(role)?.ChineseName ?? role;
}
