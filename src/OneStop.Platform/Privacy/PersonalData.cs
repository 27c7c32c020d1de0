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
    /// typed with full-width digits (Chinese input methods), with spaces, hyphens or dots between its groups (139 0013 9000,
    /// 440106 19900307 1231), glued to letters (a file name) or after +86.
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

    // Boundaries are digits only: an ID or a phone is never the start or the end of a longer digit string (a case
    // number 440106-20261201-000017 is not an ID: after its 18th digit comes another), while a letter next to one is
    // its label or a file name (sfz440106…, zhangsan440106….pdf), and a number after a space is a number of its own.
    private const string Before = @"(?<![0-9０-９])";
    private const string After = @"(?![0-9０-９])";

    /// <summary>
    /// 18 characters, between any two a space or a hyphen (440106 19900307 1231, 4401-0619-…). First-generation IDs of 15
    /// digits are not looked for: they expired by 2013, and 15-digit business registration numbers (注册号) share their
    /// shape, birth date and all, which staff must read.
    /// </summary>
    [GeneratedRegex(Before + @"[1-9１-９](?:[-\x20\u3000]?[0-9０-９]){16}[-\x20\u3000]?[0-9０-９XxＸｘ]" + After)]
    private static partial Regex ResidentIdPattern();

    /// <summary>A mobile number: 11 digits from 13…19, grouped however (138-0013-8000, 1380 013 8000, 138.0013.8000, (138)00138000).</summary>
    [GeneratedRegex(Before + @"(?<prefix>(?:[+＋]?(?:86|８６)[-\s]?)?)(?<number>[(（]?[1１][3-9３-９][0-9０-９][)）]?(?:[-.\x20\u3000]?[0-9０-９]){8})" + After)]
    private static partial Regex PhonePattern();
}
