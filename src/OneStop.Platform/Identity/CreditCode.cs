using System.Text;

namespace OneStop.Platform.Identity;

/// <summary>
/// Unified social credit codes per GB 32100: registration authority, organisation category, 6-digit area code of the
/// registering office, 9-character organisation code (GB 11714) and a MOD 31 check character (GB/T 17710).
/// </summary>
public static class CreditCode
{
    public const string FormatError = "credit-code.format";
    public const string ChecksumError = "credit-code.checksum";

    // I, O, S, V and Z are left out because they are easily mistaken for 1, 0, 5, U and 2.
    private const string Charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    public static CreditCodeCheck Check(string? input)
    {
        // NFKC folds full-width characters from Chinese input methods into ASCII.
        var code = string.Concat((input ?? "").Normalize(NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c)))
            .ToUpperInvariant();
        if (code.Length != 18 || !code.All(Charset.Contains))
        {
            return CreditCodeCheck.Fail(FormatError, "统一社会信用代码应为18位数字或大写字母（不含I、O、S、V、Z）");
        }
        if (!CreditCodeCategories.IsAssigned(code[0], code[1]))
        {
            return CreditCodeCheck.Fail(FormatError, "登记管理部门代码或机构类别代码无效");
        }
        if (!code[2..8].All(char.IsAsciiDigit))
        {
            return CreditCodeCheck.Fail(FormatError, "第3至8位应为登记管理机关的行政区划代码");
        }
        if (ComputeCheckChar(code[..17]) != code[17])
        {
            return CreditCodeCheck.Fail(ChecksumError, "校验码错误，请核对代码");
        }
        return new CreditCodeCheck { Normalized = code };
    }

    /// <summary>The check character for the first 17 characters; for making demo and test codes.</summary>
    public static char ComputeCheckChar(string first17)
    {
        ArgumentNullException.ThrowIfNull(first17);
        if (first17.Length != 17 || !first17.All(Charset.Contains))
        {
            throw new ArgumentException("Expected 17 characters of the GB 32100 charset.", nameof(first17));
        }
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += Charset.IndexOf(first17[i]) * Weights[i];
        }
        return Charset[(31 - sum % 31) % 31];
    }
}
