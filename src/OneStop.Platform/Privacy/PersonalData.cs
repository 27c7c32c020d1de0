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

    /// <summary>
    /// A phone number however it was typed (13800138000, 139-0013-9000, +86 139 0013 9000, 020-3888 0000): every digit
    /// but the first three and the last four is masked, the separators stay; a number of seven digits or fewer is
    /// shown as it is (a service number such as 12345).
    /// </summary>
    public static string? MaskPhone(string? phone)
    {
        if (phone is null) return null;
        var digits = CountDigits(phone);
        // +86 / 86 before a mobile number is the country, not the number's first digits.
        var country = digits >= 13 && CountryPrefix().IsMatch(phone) ? 2 : 0;
        return MaskDigits(phone, country + 3, digits - 4);
    }

    /// <summary>
    /// An applicant's address keeps its first six characters (usually province and city, or city and district): enough to
    /// see where a record belongs, not where the person lives.
    /// </summary>
    public static string? MaskAddress(string? address) =>
        address is { Length: > 6 } ? address[..6] + "***" : address;

    [GeneratedRegex(@"^\s*[+＋]?(?:86|８６)")]
    private static partial Regex CountryPrefix();

    /// <summary>
    /// Masks every resident ID and mobile number found in free text (a target, a summary, a URL, a note), also when
    /// typed with full-width digits (Chinese input methods), with spaces or hyphens between its groups (139 0013 9000)
    /// or after +86.
    /// </summary>
    public static string MaskText(string text)
    {
        if (string.IsNullOrEmpty(text)) return text;
        text = ResidentIdPattern().Replace(text, m => MaskDigits(m.Value, 6, 14));
        return PhonePattern().Replace(text, m => m.Groups["prefix"].Value + MaskDigits(m.Groups["number"].Value, 3, 7));
    }

    /// <summary>The digits (ASCII or full-width) at positions [from, to) among the text's digits become '*'.</summary>
    private static string MaskDigits(string text, int from, int to)
    {
        var chars = text.ToCharArray();
        for (int i = 0, digit = 0; i < chars.Length; i++)
        {
            if (!IsDigit(chars[i])) continue;
            if (digit >= from && digit < to) chars[i] = '*';
            digit++;
        }
        return new string(chars);
    }

    private static int CountDigits(string text) => text.Count(IsDigit);

    private static bool IsDigit(char c) => c is (>= '0' and <= '9') or (>= '０' and <= '９');

    [GeneratedRegex(@"(?<![0-9A-Za-z０-９])[1-9１-９][0-9０-９]{16}[0-9０-９Xxｘ](?![0-9A-Za-z０-９])")]
    private static partial Regex ResidentIdPattern();

    [GeneratedRegex(@"(?<![0-9０-９])(?<prefix>(?:[+＋]?(?:86|８６)[-\s]?)?)(?<number>[1１][3-9３-９][0-9０-９](?:[-\s]?[0-9０-９]{4}){2})(?![0-9０-９])")]
    private static partial Regex PhonePattern();
}
