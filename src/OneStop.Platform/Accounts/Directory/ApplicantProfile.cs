namespace OneStop.Platform.Accounts;

/// <summary>An applicant as an application form needs them. <see cref="RegionCode"/> is their county (区县).</summary>
public sealed record ApplicantProfile(long AccountId, ApplicantKind Kind, string Name, string? ResidentId, string? CreditCode,
    string? Phone, string? Address, string? LegalRepresentative, string? RegionCode)
{
    public string KindLabel => Kind == ApplicantKind.Citizen ? "自然人" : "法人";
}
