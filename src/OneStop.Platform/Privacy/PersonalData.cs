using System.Text.RegularExpressions;

namespace OneStop.Platform.Privacy;

/// <summary>
/// The one masking rule for personal information (个人信息保护法) wherever it leaves the record it belongs to: views,
/// the audit trail and logs. A resident ID keeps its area code and last four characters (440106********4569), a
/// mobile number its first three and last four digits (138****0000). Credit codes of organisations are public
/// registration data (国家企业信用信息公示) and stay as they are.
/// </summary>
public static partial class PersonalData
{
    public static string? MaskResidentId(string? id) =>
        id is { Length: 18 } ? id[..6] + "********" + id[14..] : id;

    public static string? MaskPhone(string? phone) =>
        phone is { Length: 11 } ? phone[..3] + "****" + phone[7..] : phone;

    /// <summary>
    /// An applicant's address keeps its first six characters (usually province and city, or city and district): enough to
    /// see where a record belongs, not where the person lives.
    /// </summary>
    public static string? MaskAddress(string? address) =>
        address is { Length: > 6 } ? address[..6] + "***" : address;

    /// <summary>Masks every resident ID and mobile number found in free text (a target, a summary, a URL).</summary>
    public static string MaskText(string text)
    {
        if (string.IsNullOrEmpty(text)) return text;
        text = ResidentIdPattern().Replace(text, m => MaskResidentId(m.Value)!);
        return PhonePattern().Replace(text, m => MaskPhone(m.Value)!);
    }

    [GeneratedRegex(@"(?<![0-9A-Za-z])[1-9]\d{16}[\dXx](?![0-9A-Za-z])")]
    private static partial Regex ResidentIdPattern();

    [GeneratedRegex(@"(?<!\d)1[3-9]\d{9}(?!\d)")]
    private static partial Regex PhonePattern();
}
