using System.Diagnostics.CodeAnalysis;

namespace OneStop.Platform.Regions;

/// <summary>
/// GB/T 2260 codes of province, prefecture and county level: today's tree and every (code, name, years) since 1981,
/// so that an ID number's address code can be checked against the codes in use since its holder's birth.
/// </summary>
public static class AdministrativeDivisions
{
    private static readonly Lazy<DivisionHistory> History = new(DivisionHistory.Load);

    /// <summary>The first year the history covers: for earlier years no code counts as in force.</summary>
    public const int FirstYear = 1981;

    public static IReadOnlyList<DivisionEntry> InForce => History.Value.InForce;

    public static bool TryGetInForce(string code, [MaybeNullWhen(false)] out DivisionEntry entry) =>
        History.Value.InForceByCode.TryGetValue(code, out entry);

    /// <summary>Whether the code was assigned at any time during <paramref name="year"/>.</summary>
    public static bool WasInForce(string code, int year) =>
        History.Value.Periods.TryGetValue(code, out var periods) && periods.Any(p => p.Covers(year));

    /// <summary>The code's name in <paramref name="year"/>; in a year of renaming, the new name.</summary>
    public static string? NameAt(string code, int year)
    {
        if (!History.Value.Periods.TryGetValue(code, out var periods))
        {
            return null;
        }
        // Periods are ordered by first year, so the last one covering the year is the newer name.
        for (var i = periods.Length - 1; i >= 0; i--)
        {
            if (periods[i].Covers(year))
            {
                return periods[i].Name;
            }
        }
        return null;
    }

    /// <summary>
    /// The code's name in <paramref name="year"/> or, if it was assigned only later, its first name after that year;
    /// null when the code was retired before the year or never existed. ID numbers need this: people born before
    /// the number system (1984) or registered late carry the code in force when the number was assigned.
    /// </summary>
    public static string? NameOnOrAfter(string code, int year)
    {
        if (NameAt(code, year) is { } name)
        {
            return name;
        }
        return History.Value.Periods.TryGetValue(code, out var periods)
            ? periods.Where(p => p.From > year).Select(p => p.Name).FirstOrDefault()
            : null;
    }

    /// <summary>Whether two digits are the prefix of a province-level division in force today (11 北京 … 82 澳门).</summary>
    public static bool IsProvinceCode(string twoDigits) =>
        twoDigits is { Length: 2 } && twoDigits.All(char.IsAsciiDigit)
        && History.Value.InForceByCode.ContainsKey(twoDigits + "0000");
}
