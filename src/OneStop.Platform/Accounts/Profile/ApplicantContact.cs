using OneStop.Platform.Errors;

namespace OneStop.Platform.Accounts;

/// <summary>The checks of an applicant's contact details, shared by registration and 维护档案.</summary>
internal static class ApplicantContact
{
    public const int MaxAddressLength = 200;
    public const int MaxLegalRepresentativeLength = 50;

    public static string? Phone(Validator v, string? phone) => RegisterApplicants.Phone(v, phone);

    /// <summary>Optional; blank means "not given" (null), so a cleared field is stored as absent.</summary>
    public static string? Address(Validator v, string? address) =>
        NullIfEmpty(v.Text("address", address, MaxAddressLength, required: false));

    public static string? LegalRepresentative(Validator v, string? name) =>
        NullIfEmpty(v.Text("legalRepresentative", name, MaxLegalRepresentativeLength, required: false));

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
