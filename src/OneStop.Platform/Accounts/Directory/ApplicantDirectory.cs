using Microsoft.EntityFrameworkCore;
using OneStop.Platform.Persistence;

namespace OneStop.Platform.Accounts;

internal sealed class ApplicantDirectory(PlatformDbContext db) : IApplicantDirectory
{
    public Task<ApplicantProfile?> FindAsync(long accountId, CancellationToken ct) =>
        FirstAsync(db.Accounts.Where(a => a.Id == accountId), ct);

    public Task<ApplicantProfile?> FindByResidentIdAsync(string residentId, CancellationToken ct) =>
        Normalized(residentId) is { } id ? FirstAsync(db.Accounts.Where(a => a.ResidentId == id), ct) : Task.FromResult<ApplicantProfile?>(null);

    public Task<ApplicantProfile?> FindByCreditCodeAsync(string creditCode, CancellationToken ct) =>
        Normalized(creditCode) is { } code ? FirstAsync(db.Accounts.Where(a => a.CreditCode == code), ct) : Task.FromResult<ApplicantProfile?>(null);

    /// <summary>Both numbers are stored as 18 upper-case characters (registration normalises them).</summary>
    private static string? Normalized(string? number) =>
        number?.Trim().ToUpperInvariant() is { Length: 18 } n ? n : null;

    private static async Task<ApplicantProfile?> FirstAsync(IQueryable<Account> query, CancellationToken ct)
    {
        var a = await query.AsNoTracking().Where(a => a.Kind != AccountKind.Staff).FirstOrDefaultAsync(ct);
        return a is null
            ? null
            : new ApplicantProfile(a.Id, a.Kind == AccountKind.Citizen ? ApplicantKind.Citizen : ApplicantKind.Enterprise,
                a.DisplayName, a.ResidentId, a.CreditCode, a.Phone, a.Address, a.LegalRepresentative, a.RegionCode);
    }
}
