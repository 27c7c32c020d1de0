using System.Collections.Frozen;

namespace OneStop.Platform.Regions;

/// <summary>The embedded GB/T 2260 history (Data/gbt2260.txt, written by tools/gen-regions.py), parsed.</summary>
internal sealed class DivisionHistory
{
    private const string ResourceName = "gbt2260.txt";

    private DivisionHistory(FrozenDictionary<string, DivisionPeriod[]> periods)
    {
        Periods = periods;
        var inForce = periods
            .Where(p => p.Value[^1].To is null)
            .Select(p => (Code: p.Key, p.Value[^1].Name))
            .OrderBy(p => p.Code, StringComparer.Ordinal)
            .ToList();
        var codes = inForce.Select(p => p.Code).ToHashSet();
        InForce = inForce.Select(p => Entry(p.Code, p.Name, codes)).ToList();
        InForceByCode = InForce.ToFrozenDictionary(e => e.Code);
    }

    /// <summary>Per code, its periods ordered by first year.</summary>
    public FrozenDictionary<string, DivisionPeriod[]> Periods { get; }

    public IReadOnlyList<DivisionEntry> InForce { get; }

    public FrozenDictionary<string, DivisionEntry> InForceByCode { get; }

    public static DivisionHistory Load()
    {
        using var stream = typeof(DivisionHistory).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        var periods = new Dictionary<string, List<DivisionPeriod>>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var (code, period) = ParseLine(line);
            if (!periods.TryGetValue(code, out var list))
            {
                periods[code] = list = [];
            }
            list.Add(period);
        }
        return new DivisionHistory(periods.ToFrozenDictionary(
            p => p.Key, p => p.Value.OrderBy(x => x.From).ToArray()));
    }

    private static (string Code, DivisionPeriod Period) ParseLine(string line)
    {
        var parts = line.Split(' ');
        var years = parts.Length == 3 ? parts[2].Split('-') : [];
        if (years.Length != 2 || !RegionCode.TryParse(parts[0], out _))
        {
            throw new FormatException($"Bad line in {ResourceName}: '{line}'.");
        }
        int? to = years[1].Length == 0 ? null : int.Parse(years[1]);
        return (parts[0], new DivisionPeriod(parts[1], int.Parse(years[0]), to));
    }

    private static DivisionEntry Entry(string code, string name, HashSet<string> inForce)
    {
        var parsed = RegionCode.Parse(code);
        var province = code[..2] + "0000";
        var parent = parsed.Level switch
        {
            RegionLevel.Province => null,
            RegionLevel.City => province,
            _ when parsed.ParentByCode?.ToString() is { } city && inForce.Contains(city) => city,
            _ => province,
        };
        return new DivisionEntry(code, name, parsed.Level, parent);
    }
}
