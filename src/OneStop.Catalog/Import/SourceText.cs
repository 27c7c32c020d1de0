namespace OneStop.Catalog.Import;

/// <summary>Turns the portals' free text into values: trimmed, their "not applicable" placeholders removed.</summary>
internal static class SourceText
{
    /// <summary>Trimmed text, or null for empty text and "无" (the portals fill every blank field with it).</summary>
    public static string? Clean(string? text)
    {
        var trimmed = text?.Trim();
        return string.IsNullOrEmpty(trimmed) || trimmed == "无" ? null : trimmed;
    }

    /// <summary>A 时限 field: the parsed limit, or the text itself when it is there but not a limit.</summary>
    public static (TimeLimit? Limit, string? Unparsed) Limit(string? text)
    {
        var cleaned = Clean(text);
        if (cleaned is null)
        {
            return (null, null);
        }
        return TimeLimit.TryParse(cleaned, out var limit) ? (limit, null) : (null, cleaned);
    }

    /// <summary>是 → true; 否 and 不支持 → false; anything else is unknown.</summary>
    public static bool? YesNo(string? text) => Clean(text) switch
    {
        "是" => true,
        "否" or "不支持" => false,
        _ => null,
    };

    /// <summary>
    /// A region code shortened to its meaningful digits: 511602000000 → 511602, 511602001000 → 511602001. Null when
    /// the text is not a 6-, 9- or 12-digit code.
    /// </summary>
    public static string? RegionCode(string? text)
    {
        var code = Clean(text);
        if (code is null || !code.All(char.IsAsciiDigit) || code.Length is not (6 or 9 or 12))
        {
            return null;
        }
        if (code.Length == 12 && code.EndsWith("000", StringComparison.Ordinal))
        {
            code = code[..9];
        }
        return code.Length == 9 && code.EndsWith("000", StringComparison.Ordinal) ? code[..6] : code;
    }

    /// <summary>The Chinese list of required fields that are missing, or null when none is.</summary>
    public static string? MissingFields(params (string Label, string? Value)[] fields)
    {
        var missing = fields.Where(f => f.Value is null).Select(f => f.Label).ToList();
        return missing.Count == 0 ? null : "缺少必填字段：" + string.Join("、", missing);
    }
}
