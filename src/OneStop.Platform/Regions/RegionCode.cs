namespace OneStop.Platform.Regions;

/// <summary>
/// A division code as digits: 6 for province/city/county (GB/T 2260, level read from the trailing zeros),
/// 9 for a town and 12 for a village (NBS statistical codes). Only the shape is checked here; whether the
/// division exists is <see cref="AdministrativeDivisions"/>' business.
/// </summary>
public readonly record struct RegionCode
{
    private readonly string digits;

    private RegionCode(string digits, RegionLevel level)
    {
        this.digits = digits;
        Level = level;
    }

    public RegionLevel Level { get; }

    public static bool TryParse(string? text, out RegionCode code)
    {
        code = default;
        if (text is null || !text.All(char.IsAsciiDigit) || text.StartsWith("00", StringComparison.Ordinal))
        {
            return false;
        }
        RegionLevel? level = text.Length switch
        {
            6 when text.EndsWith("0000", StringComparison.Ordinal) => RegionLevel.Province,
            6 when text.EndsWith("00", StringComparison.Ordinal) => RegionLevel.City,
            6 => RegionLevel.County,
            9 => RegionLevel.Town,
            12 => RegionLevel.Village,
            _ => null,
        };
        if (level is null)
        {
            return false;
        }
        code = new RegionCode(text, level.Value);
        return true;
    }

    public static RegionCode Parse(string text) =>
        TryParse(text, out var code) ? code : throw new FormatException($"'{text}' is not a region code.");

    /// <summary>True for this code itself and for every code below it, by shared prefix.</summary>
    public bool IsWithin(RegionCode ancestor) =>
        digits is not null && ancestor.digits is not null && ancestor.Level <= Level
        && digits.StartsWith(ancestor.Prefix, StringComparison.Ordinal);

    /// <summary>
    /// The parent read off the digits alone: county 440106 → 440100, city 440100 → 440000, town 440106001 → 440106,
    /// village → its 9-digit town; a province has none; a county numbered XX00YY (Hainan's 4600xx of 1988–2001) goes
    /// straight to its province. The result may not be a real division: province-administered county-level units
    /// (429004 仙桃市 → 429000) and municipal districts (110101 → 110100, which the civil-affairs list leaves out)
    /// have nothing at their prefix. For the real tree use <see cref="DivisionEntry.ParentCode"/>.
    /// </summary>
    public RegionCode? ParentByCode => Level switch
    {
        RegionLevel.Province => null,
        RegionLevel.City => Province(),
        RegionLevel.County when digits[2..4] == "00" => Province(),
        RegionLevel.County => new RegionCode(digits[..4] + "00", RegionLevel.City),
        RegionLevel.Town => new RegionCode(digits[..6], RegionLevel.County),
        _ => new RegionCode(digits[..9], RegionLevel.Town),
    };

    private RegionCode Province() => new(digits[..2] + "0000", RegionLevel.Province);

    /// <summary>The digits every descendant shares: 2 for a province, 4 for a city, all of them below.</summary>
    private string Prefix => Level switch
    {
        RegionLevel.Province => digits[..2],
        RegionLevel.City => digits[..4],
        _ => digits,
    };

    public override string ToString() => digits ?? "";
}
