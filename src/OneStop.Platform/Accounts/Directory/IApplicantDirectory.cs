namespace OneStop.Platform.Accounts;

/// <summary>
/// 一人一档 / 一企一档 for the other modules: what the platform knows about an applicant, so an application form is
/// filled from it instead of asking again. Values are unmasked (the case engine stores them with the case and masks
/// them on display); who may look whom up is the caller's data-scope decision. Staff accounts are never returned.
/// </summary>
public interface IApplicantDirectory
{
    Task<ApplicantProfile?> FindAsync(long accountId, CancellationToken ct);

    /// <summary>By 居民身份证号码; a lower-case check letter "x" finds the same person.</summary>
    Task<ApplicantProfile?> FindByResidentIdAsync(string residentId, CancellationToken ct);

    /// <summary>By 统一社会信用代码, in either letter case.</summary>
    Task<ApplicantProfile?> FindByCreditCodeAsync(string creditCode, CancellationToken ct);
}
