using OneStop.Platform.Regions;
using OneStop.Tests.Identity;

namespace OneStop.Tests.Regions;

/// <summary>The compact copy the product carries says the same as the civil-affairs lists in the shared data.</summary>
public sealed class DivisionDataMatchesSourceTests
{
    private const string Folder = "admin-divisions-cn/mca-gbt2260";

    [Fact]
    public void Divisions_in_force_are_exactly_the_2024_list()
    {
        var listed = File.ReadAllLines(Path.Combine(SharedData.RequireRoot(), Folder, "mca-2024.txt"))
            .Where(l => l.Length > 0)
            .Select(l => l.Split(' '))
            .ToDictionary(p => p[0], p => p[1]);
        var carried = AdministrativeDivisions.InForce.ToDictionary(e => e.Code, e => e.Name);

        var missingOrRenamed = listed.Where(p => carried.GetValueOrDefault(p.Key) != p.Value).Select(p => $"{p.Key} {p.Value}");
        var extra = carried.Where(p => listed.GetValueOrDefault(p.Key) != p.Value).Select(p => $"{p.Key} {p.Value}");

        Assert.Empty(missingOrRenamed);
        Assert.Empty(extra);
    }

    [Fact]
    public void Every_code_has_the_names_and_years_of_the_history()
    {
        var lines = File.ReadAllLines(Path.Combine(SharedData.RequireRoot(), Folder, "history-1981-2024.csv"));
        var rows = lines.Skip(1).Where(l => l.Length > 0).Select(l => VectorFile.SplitCsvLine(l)).Select(f => (
            Code: f[0], Name: f[3], From: int.Parse(f[6]), To: f[7].Length == 0 ? 2025 : int.Parse(f[7])));
        var mismatches = new List<string>();

        foreach (var periods in rows.GroupBy(r => r.Code))
        {
            for (var year = AdministrativeDivisions.FirstYear - 1; year <= 2025; year++)
            {
                // In a year of change both rows count and the later one names the division.
                string? expected = periods.Where(p => p.From <= year && year <= p.To).OrderBy(p => p.From).LastOrDefault().Name;
                var actual = AdministrativeDivisions.NameAt(periods.Key, year);
                if (actual != expected || AdministrativeDivisions.WasInForce(periods.Key, year) != (expected is not null))
                {
                    mismatches.Add($"{periods.Key} {year}: expected {expected ?? "none"}, carried {actual ?? "none"}");
                }
            }
        }

        Assert.Empty(mismatches);
    }
}
