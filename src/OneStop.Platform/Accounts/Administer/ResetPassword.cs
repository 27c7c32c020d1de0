using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using OneStop.Platform.Errors;
using OneStop.Platform.Persistence;
using OneStop.Platform.Security;

namespace OneStop.Platform.Accounts;

internal sealed record ResetPasswordRequest(string? NewPassword);

/// <summary>重置密码: an administrator sets a temporary password; the user must replace it at the next sign-in.</summary>
internal static class ResetPassword
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/accounts/{id:long}/reset-password", async (long id, ResetPasswordRequest r, PlatformDbContext db,
                DataScope scope, IPasswordHasher<Account> hasher, TimeProvider time, CancellationToken ct) =>
                TypedResults.Ok(AccountView.Of(await HandleAsync(id, r, db, scope, hasher, ct), time.GetUtcNow().UtcDateTime)))
            .WithName("ResetPassword").WithSummary("重置账号密码（用户下次登录须修改）");

    public static async Task<Account> HandleAsync(long id, ResetPasswordRequest r, PlatformDbContext db, DataScope scope,
        IPasswordHasher<Account> hasher, CancellationToken ct)
    {
        var account = await AdministeredAccount.FindAsync(id, db, scope, ct, allowSelf: false);
        var v = new Validator();
        var password = PasswordPolicy.Check(v, "newPassword", r.NewPassword);
        v.ThrowIfInvalid();
        account.ResetPassword(hasher.HashPassword(account, password));
        db.Audit("account.reset-password", AdministeredAccount.Target(account), "管理员重置密码，用户下次登录须修改");
        await db.SaveChangesAsync(ct);
        return account;
    }
}
