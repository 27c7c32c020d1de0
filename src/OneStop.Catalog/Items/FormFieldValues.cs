using System.Globalization;
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
/// with a Chinese input method: in numbers, dates, phones and choices full-width letters, digits and punctuation are the
/// same as half-width ones (text fields keep them: （） are Chinese punctuation), and spaces around the value do not
/// count. Only the full-width forms are folded, not all of NFKC, which would also read "10²" as 102 and "①②" as 12.
/// Stored values are canonical (numbers without trailing zeros, dates ISO, a choice as its option), so a 秒批 rule and
/// an export read them without guessing.
/// </summary>
public static partial class FormFieldValues
{
    public const int MaxOptions = 50;
    public const int MaxOptionLength = 100;
    public const int MaxDecimals = 6;

    /// <summary>Far beyond any area, income or count a form asks for, and far from decimal overflow.</summary>
    public const decimal MaxNumber = 1_000_000_000_000m;

    /// <summary>What separates choices and rule values where one input holds several (the item editor).</summary>
    public static readonly char[] ListSeparators = ['、', ',', '，', ';', '；', '\n'];

    private static readonly DateOnly EarliestDate = new(1900, 1, 1), LatestDate = new(2100, 12, 31);
    private static readonly string[] DateFormats = ["yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日", "yyyyMMdd"];

    public static FieldValue Read(FormFieldKind kind, IReadOnlyList<string>? options, string text, DateOnly today)
    {
        var typed = Fold(text);
        switch (kind)
        {
            case FormFieldKind.Number:
                return Number(typed) is { } n ? new(Canonical(n), null) : new(null, $"须填写阿拉伯数字（如 60 或 12.5，最多 {MaxDecimals} 位小数）");
            case FormFieldKind.Date:
                return DateOnly.TryParseExact(typed, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                    && d >= EarliestDate && d <= LatestDate
                    ? new(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null)
                    : new(null, "须填写日期（如 2026-12-02）");
            case FormFieldKind.Choice:
                var choices = options ?? [];
                return choices.FirstOrDefault(o => Same(o, typed)) is { } chosen
                    ? new(chosen, null)
                    : new(null, choices.Count <= 10 ? $"须从以下选项中选择：{string.Join("、", choices)}" : "须从列表中选择");
            case FormFieldKind.Phone:
                // 手机号、带区号的固定电话（分机用“-”或“转”）、400/95 服务号码: ASCII digits after the usual separators.
                return PhoneDigits().IsMatch(Separators().Replace(typed, ""))
                    ? new(typed, null)
                    : new(null, "须填写电话号码（手机号或带区号的固定电话，如 13800138000、020-83881234）");
            case FormFieldKind.ResidentId:
                var check = ResidentId.Check(typed, today);
                return check.IsValid ? new(check.Normalized, null) : new(null, check.ErrorMessage);
            default:
                // Text as written: full-width （）、，are Chinese punctuation, not typing mistakes.
                return new(text.Trim(), null);
        }
    }

    /// <summary>A typed number: ASCII digits, an optional sign and point, thousands commas only in groups of three.</summary>
    public static decimal? Number(string typed)
    {
        var text = Fold(typed);
        if (!PlainNumber().IsMatch(text) && !GroupedNumber().IsMatch(text)) return null;
        if (text.IndexOf('.') is var point and >= 0 && text.Length - point - 1 > MaxDecimals) return null;
        return decimal.TryParse(text.Replace(",", ""), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign,
            CultureInfo.InvariantCulture, out var n) && Math.Abs(n) <= MaxNumber ? n : null;
    }

    /// <summary>Plain digits without trailing zeros: 12.50 and 12.5 are one value.</summary>
    public static string Canonical(decimal n) => (n == 0 ? 0m : n).ToString("G29", CultureInfo.InvariantCulture);

    /// <summary>
    /// Two texts that mean the same choice or rule value: the same after folding full-width forms and trimming. The
    /// catalog's duplicate checks and the 秒批 evaluator compare with it.
    /// </summary>
    public static bool Same(string? a, string? b) => a is not null && b is not null && Fold(a) == Fold(b);

    /// <summary>Full-width ASCII (U+FF01–FF5E) and the ideographic space as their half-width forms, then trimmed.</summary>
    public static string Fold(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] is >= '\uFF01' and <= '\uFF5E') chars[i] = (char)(chars[i] - 0xFEE0);
            else if (chars[i] == '\u3000') chars[i] = ' ';
        }
        return new string(chars).Trim();
    }

    [GeneratedRegex(@"^[+-]?[0-9]+(\.[0-9]+)?$")]
    private static partial Regex PlainNumber();

    [GeneratedRegex(@"^[+-]?[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?$")]
    private static partial Regex GroupedNumber();

    [GeneratedRegex(@"[\s\-()（）转]")]
    private static partial Regex Separators();

    [GeneratedRegex(@"^(\+?86)?[0-9]{7,16}$")]
    private static partial Regex PhoneDigits();
}
