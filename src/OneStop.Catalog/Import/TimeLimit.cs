using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace OneStop.Catalog.Import;

/// <summary>A 法定/承诺办结时限 as the portals write it: "20(工作日)", "30(自然日)", "即办".</summary>
public sealed partial record TimeLimit(int Days, bool WorkingDays, string Raw)
{
    /// <summary>The limit, or null when the text is absent, "无" or not a limit this parser knows.</summary>
    public static TimeLimit? Parse(string? text) => TryParse(text, out var limit) ? limit : null;

    public static bool TryParse(string? text, [NotNullWhen(true)] out TimeLimit? limit)
    {
        limit = null;
        var raw = text?.Trim();
        if (string.IsNullOrEmpty(raw))
        {
            return false;
        }
        if (raw is "即办" or "即办件")
        {
            // 即办 is decided on the spot: a zero-day limit, which the catalog turns into an immediate case.
            limit = new TimeLimit(0, true, raw);
            return true;
        }
        var match = Pattern().Match(raw);
        if (!match.Success)
        {
            return false;
        }
        limit = new TimeLimit(int.Parse(match.Groups["days"].Value), match.Groups["unit"].Value == "工作日", raw);
        return true;
    }

    // Older Guangdong exports put a space before the bracket ("1 (工作日)"); other portals use full-width brackets.
    [GeneratedRegex(@"^(?<days>[0-9]{1,5})\s*[(（]?\s*个?\s*(?<unit>工作日|自然日)\s*[)）]?$")]
    private static partial Regex Pattern();
}
