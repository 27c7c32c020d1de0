using System.Text;

namespace OneStop.Platform.Identity;

/// <summary>
/// Citizen identity numbers per GB 11643: 6-digit address code, 8-digit birth date, 3-digit sequence (odd = male)
/// and an ISO 7064 MOD 11-2 check character; also the 15-digit first-generation form (2-digit year, no check).
/// </summary>
public static class ResidentId
{
    public const string FormatError = "resident-id.format";
    public const string ChecksumError = "resident-id.checksum";
    public const string BirthDateError = "resident-id.birth-date";
    public const string AreaError = "resident-id.area";

    private const string CheckChars = "10X98765432";
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private static readonly DateOnly EarliestBirth = new(1900, 1, 1);

    /// <summary>
    /// Checks a number as a person would type it (spaces anywhere, lowercase x). <paramref name="today"/> bounds the
    /// birth date, so pass the clock's date rather than reading it here.
    /// </summary>
    public static ResidentIdCheck Check(string? input, DateOnly today)
    {
        var id = Compact(input);
        if (!IsWellFormed(id))
        {
            return ResidentIdCheck.Fail(FormatError, "身份证号码应为18位（末位可为X）或15位数字");
        }
        if (id.Length == 18 && ComputeCheckChar(id[..17]) != id[17])
        {
            return ResidentIdCheck.Fail(ChecksumError, "校验码错误，请核对号码");
        }
        var birthDate = ReadBirthDate(id);
        if (birthDate is not { } birth || birth < EarliestBirth || birth > today)
        {
            return ResidentIdCheck.Fail(BirthDateError, "出生日期无效");
        }
        if (ResidentIdArea.Resolve(id, birth.Year) is not { } area)
        {
            return ResidentIdCheck.Fail(AreaError, "地址码无效：不是出生以来使用过的行政区划代码");
        }
        var normalized = id.Length == 18 ? id : UpgradeFifteen(id);
        return new ResidentIdCheck
        {
            Normalized = normalized,
            BirthDate = birth,
            Gender = (normalized[16] - '0') % 2 == 1 ? "男" : "女",
            AreaCode = area.Code,
            AreaName = area.Name,
        };
    }

    /// <summary>The check character (0–9 or X) for the first 17 digits; for making demo and test numbers.</summary>
    public static char ComputeCheckChar(string first17)
    {
        ArgumentNullException.ThrowIfNull(first17);
        if (first17.Length != 17 || !first17.All(char.IsAsciiDigit))
        {
            throw new ArgumentException("Expected 17 digits.", nameof(first17));
        }
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }
        return CheckChars[sum % 11];
    }

    // NFKC folds full-width digits and letters, which Chinese input methods often produce, into ASCII.
    private static string Compact(string? input) =>
        string.Concat((input ?? "").Normalize(NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c)))
            .ToUpperInvariant();

    private static bool IsWellFormed(string id) => id.Length switch
    {
        15 => id.All(char.IsAsciiDigit),
        18 => id[..17].All(char.IsAsciiDigit) && (char.IsAsciiDigit(id[17]) || id[17] == 'X'),
        _ => false,
    };

    private static DateOnly? ReadBirthDate(string id)
    {
        // First-generation numbers carry a 2-digit year and were only issued to people born in the 1900s.
        var digits = id.Length == 18 ? id[6..14] : "19" + id[6..12];
        var year = int.Parse(digits[..4]);
        var month = int.Parse(digits[4..6]);
        var day = int.Parse(digits[6..8]);
        return year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }

    private static string UpgradeFifteen(string id)
    {
        var first17 = id[..6] + "19" + id[6..];
        return first17 + ComputeCheckChar(first17);
    }
}
