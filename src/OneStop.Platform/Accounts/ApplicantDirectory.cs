using Microsoft.EntityFrameworkCore;
using OneStop.Platform.Persistence;

namespace OneStop.Platform.Accounts;

// TEMPORARY stand-in until the profile work (h-files) is merged.
internal sealed class ApplicantDirectory(PlatformDbContext db) : IApplicantDirectory
{
    public async Task<ApplicantProfile?> FindAsync(long accountId, CancellationToken ct) =>
        Of(await db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == accountId, ct));

    public async Task<ApplicantProfile?> FindByResidentIdAsync(string residentId, CancellationToken ct) =>
        Of(await db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.ResidentId == residentId, ct));

    public async Task<ApplicantProfile?> FindByCreditCodeAsync(string creditCode, CancellationToken ct) =>
        Of(await db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.CreditCode == creditCode, ct));

    private static ApplicantProfile? Of(Account? a) => a is null || a.Kind == AccountKind.Staff ? null
        : new(a.Id, a.Kind == AccountKind.Enterprise ? ApplicantKind.Enterprise : ApplicantKind.Citizen, a.DisplayName,
            a.ResidentId, a.CreditCode, a.Phone, null, null, a.RegionCode);
}
