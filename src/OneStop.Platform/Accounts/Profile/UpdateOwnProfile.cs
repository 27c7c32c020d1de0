using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OneStop.Platform.Errors;
using OneStop.Platform.Persistence;
using OneStop.Platform.Security;

namespace OneStop.Platform.Accounts;

/// <summary>
/// The whole contact record (PUT replaces it): phone and address must be sent, null or "" to clear them, so that a
/// body missing them (a client's mistake) is refused instead of erasing the profile. Citizens leave out the legal
/// representative.
/// </summary>
internal sealed record UpdateProfileRequest([property: JsonRequired] string? Phone, [property: JsonRequired] string? Address,
    string? LegalRepresentative = null);

/// <summary>
/// 维护档案: an applicant keeps their own phone, address and (enterprises) legal representative up to date, so the
/// case engine can fill application forms with them. Only one's own profile: there is no id in the route.
/// </summary>
internal static class UpdateOwnProfile
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/me/profile", async (UpdateProfileRequest r, PlatformDbContext db, DataScope scope, TimeProvider time,
                CancellationToken ct) => TypedResults.Ok(AccountView.Of(await HandleAsync(r, db, scope, ct), time.GetUtcNow().UtcDateTime)))
            .WithName("UpdateMyProfile").WithSummary("维护本人档案（手机号码、地址、法定代表人）");

    public static async Task<Account> HandleAsync(UpdateProfileRequest r, PlatformDbContext db, DataScope scope, CancellationToken ct)
    {
        scope.RequireSignedIn();
        var account = await db.Accounts.FindAsync([scope.User.AccountId ?? 0], ct)
            ?? throw new DomainException(401, "auth.required", "请先登录");
        var v = new Validator();
        var phone = ApplicantContact.Phone(v, r.Phone);
        var address = ApplicantContact.Address(v, r.Address);
        var legalRepresentative = ApplicantContact.LegalRepresentative(v, r.LegalRepresentative);
        v.ThrowIfInvalid();
        var changed = account.ChangeProfile(phone, address, legalRepresentative);
        if (changed.Count == 0) return account;
        // Which details changed, not their values: the trail must not become a copy of personal data.
        db.Audit("account.update-profile", $"账号 {AccountView.MaskId(account.UserName)}", "修改了" + string.Join("、", changed),
            account.RegionCode);
        await db.SaveChangesAsync(ct);
        return account;
    }
}
