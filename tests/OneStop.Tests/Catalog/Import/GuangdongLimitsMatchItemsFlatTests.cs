using OneStop.Catalog.Import;

namespace OneStop.Tests.Catalog.Import;

/// <summary>
/// items_flat.csv (shared data) is an independent parse of the same export; our reader must agree with it on every
/// item's limits, visits and materials.
/// </summary>
public sealed class GuangdongLimitsMatchItemsFlatTests
{
    private static Dictionary<string, Dictionary<string, string>> FlatRows()
    {
        using var reader = new StreamReader(SharedCatalogs.Path(SharedCatalogs.GuangdongFlatFile));
        var records = CsvSplitter.Read(reader).ToList();
        var header = records[0].Fields;
        return records.Skip(1)
            .Select(r => header.Zip(r.Fields).ToDictionary(p => p.First, p => p.Second))
            .ToDictionary(r => r["task_code"]);
    }

    [Fact]
    public void Statutory_and_promised_limits_equal_the_flat_figures_for_every_item()
    {
        var items = SharedCatalogs.Guangdong().Items();
        var flat = FlatRows();

        Assert.Equal(items.Count, flat.Count);
        Assert.All(items, item =>
        {
            var row = flat[item.ImplementationCode];
            AssertSameLimit(row["legal_limit_num"], row["legal_limit_unit"], row["legal_limit_raw"], item.StatutoryLimit);
            AssertSameLimit(row["promise_limit_num"], row["promise_limit_unit"], row["promise_limit_raw"], item.PromisedLimit);
            Assert.Null(item.UnparsedStatutoryLimit);
            Assert.Null(item.UnparsedPromisedLimit);
        });
    }

    [Fact]
    public void Parsed_limit_counts_are_those_SOURCE_md_gives()
    {
        var items = SharedCatalogs.Guangdong().Items();

        Assert.Equal(1549, items.Count(i => i.StatutoryLimit is not null));
        Assert.Equal(1538, items.Count(i => i.StatutoryLimit?.WorkingDays == true));
        Assert.Equal(11, items.Count(i => i.StatutoryLimit?.WorkingDays == false));
        Assert.Equal(1723, items.Count(i => i.PromisedLimit is not null));
        Assert.Equal(1721, items.Count(i => i.PromisedLimit?.WorkingDays == true));
    }

    [Fact]
    public void Visits_online_flag_and_materials_equal_the_flat_figures()
    {
        var items = SharedCatalogs.Guangdong().Items();
        var flat = FlatRows();

        Assert.All(items, item =>
        {
            var row = flat[item.ImplementationCode];
            Assert.Equal(row["visit_number"], item.RequiredVisits?.ToString());
            Assert.Equal(row["online_check"] == "1", item.OnlineCapable);
            // The flat file writes a material list of "无" as the text 无.
            var materials = row["materials"] is "" or "无" ? [] : row["materials"].Split('|');
            Assert.Equal(materials, item.Materials);
            Assert.Equal(row["task_name"].Trim(), item.Name);
            Assert.Equal(row["dept_name"].Trim(), item.DepartmentName);
        });
    }

    private static void AssertSameLimit(string number, string unit, string raw, TimeLimit? limit)
    {
        if (number.Length == 0)
        {
            Assert.Equal("无", raw);
            Assert.Null(limit);
            return;
        }
        Assert.Equal(new TimeLimit(int.Parse(number), unit == "工作日", raw), limit);
    }
}
