using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using OneStop.Platform.Accounts;
using OneStop.Platform.Persistence;

namespace OneStop.Web.Pages;

internal sealed class RegisterEnterpriseModel(PlatformDbContext db, IPasswordHasher<Account> hasher, TimeProvider time) : RegisterPageModel(db)
{
    [BindProperty] public string? EnterpriseName { get; set; }
    [BindProperty] public string? CreditCode { get; set; }
    [BindProperty] public string? LegalRepresentative { get; set; }

    protected override Task<Account> RegisterAsync(string? regionCode, CancellationToken ct) =>
        RegisterApplicants.EnterpriseAsync(new RegisterEnterpriseRequest(EnterpriseName, CreditCode, Password, Phone, regionCode,
            Address, LegalRepresentative),
            Db, hasher, time, ct);
}
