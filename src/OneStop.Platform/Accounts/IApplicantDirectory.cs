namespace OneStop.Platform.Accounts;

public interface IApplicantDirectory
{
    Task<ApplicantProfile?> FindAsync(long accountId, CancellationToken ct);
    Task<ApplicantProfile?> FindByResidentIdAsync(string residentId, CancellationToken ct);
    Task<ApplicantProfile?> FindByCreditCodeAsync(string creditCode, CancellationToken ct);
}

public enum ApplicantKind { Citizen, Enterprise }

public sealed record ApplicantProfile(long AccountId, ApplicantKind Kind, string Name, string? ResidentId, string? CreditCode,
    string? Phone, string? Address, string? LegalRepresentative, string? RegionCode);
