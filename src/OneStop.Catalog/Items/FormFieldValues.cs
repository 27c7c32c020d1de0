using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using OneStop.Platform.Identity;

namespace OneStop.Catalog.Items;

/// <summary>One typed value: the form it is stored in, or why it is not one (the message without the field's label).</summary>
public readonly record struct FieldValue(string? Value, string? Error)
{
    public bool IsValid => Error is null;
}

/// <summary>
/// Reads what an applicant typed into a field of a given <see cref="FormFieldKind"/>, as a person types it on a phone
/// with a Chinese input method: full-width digits and punctuation are the same as half-width ones (NFKC), spaces
/// around the value do not count. Stored values are canonical (numbers invariant, dates ISO), so a 秒批 rule and an
/// export read them without guessing.
/// </summary>
public static partial class FormFieldValues
{
    public const int MaxOptions = 50;
    public const int MaxOptionLength = 100;

    /// <summary>Far beyond any area, income or count a form asks for, and far from decimal overflow.</summary>
    public const decimal MaxNumber = 1_000_000_000_000m;

    private static readonly DateOnly EarliestDate = new(1900, 1, 1), LatestDate = new(2100, 12, 31);
    private static readonly string[] DateFormats = ["yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日", "yyyyMMdd"];

    public static FieldValue Read(FormFieldKind kind, IReadOnlyList<string>? options, string text, DateOnly today)
    {
        var typed = text.Normalize(NormalizationForm.FormKC).Trim();
        switch (kind)
        {
            case FormFieldKind.Number:
                var digits = typed.Replace(",", "");
                return decimal.TryParse(digits, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
                    && Math.Abs(n) <= MaxNumber
                    ? new(n.ToString(CultureInfo.InvariantCulture), null)
                    : new(null, "须填写阿拉伯数字（如 60 或 12.5）");
            case FormFieldKind.Date:
                return DateOnly.TryParseExact(typed, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                    && d >= EarliestDate && d <= LatestDate
                    ? new(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null)
                    : new(null, "须填写日期（如 2026-12-02）");
            case FormFieldKind.Choice:
                var choices = options ?? [];
                return choices.FirstOrDefault(o => o.Normalize(NormalizationForm.FormKC).Trim() == typed) is { } chosen
                    ? new(chosen, null)
                    : new(null, choices.Count <= 10 ? $"须从以下选项中选择：{string.Join("、", choices)}" : "须从列表中选择");
            case FormFieldKind.Phone:
                // 手机号、带区号的固定电话（可带分机）、400/95 服务号码: digits after the usual separators.
                var compact = Separators().Replace(typed, "");
                return PhoneDigits().IsMatch(compact)
                    ? new(typed, null)
                    : new(null, "须填写电话号码（手机号或带区号的固定电话，如 13800138000、020-83881234）");
            case FormFieldKind.ResidentId:
                var check = ResidentId.Check(typed, today);
                return check.IsValid ? new(check.Normalized, null) : new(null, check.ErrorMessage);
            default:
                return new(typed, null);
        }
    }

    [GeneratedRegex(@"[\s\-()（）]")]
    private static partial Regex Separators();

    [GeneratedRegex(@"^(\+?86)?\d{7,16}$")]
    private static partial Regex PhoneDigits();
}
