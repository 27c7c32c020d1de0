using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using OneStop.Platform.Accounts;
using OneStop.Platform.Persistence;

namespace OneStop.Web.Pages;

internal sealed class RegisterModel(PlatformDbContext db, IPasswordHasher<Account> hasher, TimeProvider time) : RegisterPageModel(db)
{
    [BindProperty] public string? RealName { get; set; }
    [BindProperty] public string? ResidentId { get; set; }

    protected override Task<Account> RegisterAsync(string? regionCode, CancellationToken ct) =>
        RegisterApplicants.CitizenAsync(new RegisterCitizenRequest(RealName, ResidentId, Password, Phone, regionCode, Address),
            Db, hasher, time, ct);
}
