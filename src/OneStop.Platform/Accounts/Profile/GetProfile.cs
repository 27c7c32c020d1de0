using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneStop.Platform.Errors;
using OneStop.Platform.Persistence;
using OneStop.Platform.Security;

namespace OneStop.Platform.Accounts;

/// <summary>
/// 一人一档 / 一企一档: an applicant reads their own profile; window clerks, approvers and administrators read the
/// profiles of applicants in their region, to reuse them instead of asking again.
/// </summary>
internal static class GetProfile
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/accounts/{id:long}/profile", async (long id, PlatformDbContext db, DataScope scope,
                TimeProvider time, CancellationToken ct) => TypedResults.Ok(await HandleAsync(id, db, scope, time, ct)))
            .WithName("GetProfile").WithSummary("个人/企业档案");
        api.MapGet("/me/profile", async (PlatformDbContext db, DataScope scope, TimeProvider time, CancellationToken ct) =>
            {
                scope.RequireSignedIn();
                return TypedResults.Ok(await HandleAsync(scope.User.AccountId ?? 0, db, scope, time, ct));
            })
            .WithName("GetMyProfile").WithSummary("本人档案");
    }

    public static async Task<AccountView> HandleAsync(long id, PlatformDbContext db, DataScope scope, TimeProvider time,
        CancellationToken ct)
    {
        scope.RequireSignedIn();
        var account = await db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        // An applicant asking for someone else's profile learns nothing, not even whether it exists.
        var isApplicant = !scope.User.Roles.Any(r => Role.Find(r)?.IsStaff == true);
        if (account is null || scope.User.AccountId != id && (isApplicant || account.Kind == AccountKind.Staff))
            throw new NotFoundException("account.not-found", "档案不存在");
        scope.RequireOwnerOrStaff(account.Id, account.RegionCode, Role.WindowClerk, Role.Approver, Role.SystemAdmin);
        return AccountView.Of(account, time.GetUtcNow().UtcDateTime);
    }
}
