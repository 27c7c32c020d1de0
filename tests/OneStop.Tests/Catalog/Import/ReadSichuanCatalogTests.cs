using System.Text.RegularExpressions;
using OneStop.Catalog.Import;

namespace OneStop.Tests.Catalog.Import;

/// <summary>The real 广安区 catalog (shared data) reads completely and as SOURCE.md describes it.</summary>
public sealed class ReadSichuanCatalogTests
{
    [Fact]
    public void Every_one_of_the_1135_items_is_read_with_its_line_number()
    {
        var rows = SharedCatalogs.Sichuan();

        Assert.Empty(rows.Rejections());
        // Line 1 is the header and no field spans lines, so item n sits on line n + 1.
        Assert.Equal(Enumerable.Range(2, 1135), rows.Items().Select(i => i.RowNumber));
        Assert.All(rows.Items(), i => Assert.Equal(ImportSources.Sichuan, i.Source));
    }

    [Fact]
    public void Task_type_numbers_become_the_kinds_SOURCE_md_counts()
    {
        var kinds = SharedCatalogs.Sichuan().Items().CountBy(i => i.KindText).ToDictionary();

        // SOURCE.md: task_type 1→536, 20→348, 10→182, 7→50, 5→9, 9→8, 8→2.
        Assert.Equal(new Dictionary<string, int>
        {
            ["行政许可"] = 536, ["公共服务"] = 348, ["其他行政权力"] = 182, ["行政确认"] = 50,
            ["行政给付"] = 9, ["行政裁决"] = 8, ["行政奖励"] = 2,
        }, kinds);
    }

    [Fact]
    public void Kinds_agree_with_the_category_letter_of_the_basic_code()
    {
        var letterKinds = new Dictionary<string, string>
        {
            ["A"] = "行政许可", ["G"] = "行政给付", ["F"] = "行政确认", ["H"] = "行政奖励",
            ["E"] = "行政裁决", ["Z"] = "其他行政权力", ["512"] = "公共服务",
        };
        var lettered = SharedCatalogs.Sichuan().Items()
            .Select(i => (Item: i, Letter: CategoryLetter(i.ImplementationCode)))
            .Where(x => x.Letter is not null)
            .ToList();

        var disagreeing = lettered.Where(x => letterKinds[x.Letter!] != x.Item.KindText).Select(x => x.Item.Name);

        Assert.Equal(1097, lettered.Count);
        Assert.Equal(["消费纠纷调解", "对计量纠纷进行调解及仲裁检定"], disagreeing);
    }

    [Fact]
    public void Implementation_codes_are_unique_and_the_district_is_511602()
    {
        var items = SharedCatalogs.Sichuan().Items();

        Assert.Equal(items.Count, items.Select(i => i.ImplementationCode).Distinct().Count());
        Assert.All(items, i => Assert.Equal("511602", i.RegionCode));
        Assert.Equal(34, items.Select(i => i.DepartmentName).Distinct().Count());
    }

    [Fact]
    public void Unclassified_items_are_their_own_main_item()
    {
        var items = SharedCatalogs.Sichuan().Items();

        Assert.DoesNotContain(items, i => i.MainItemName == "未分类");
        var first = items[0];
        Assert.Equal("企业投资项目备案（技术改造）（市级/县级）", first.MainItemName);
        Assert.Null(first.SubItemName);
        Assert.Equal("区经信局", first.DepartmentName);
        Assert.Equal("11511301008778183N", first.DepartmentCode);
        Assert.Equal("511Z07001006", first.BasicCode);
        Assert.Equal("其他行政权力", first.KindText);
        Assert.StartsWith("http://www.sczwfw.gov.cn/jiq/front/transition/ywTransToDetail?", first.Link);
        Assert.Null(first.StatutoryLimit);
        Assert.Empty(first.Materials);
    }

    [Fact]
    public void A_quoted_name_with_a_comma_stays_whole_under_its_main_item()
    {
        var item = SharedCatalogs.Sichuan().Items()
            .Single(i => i.ImplementationCode.StartsWith("511A0045100002-", StringComparison.Ordinal));

        Assert.Equal("生产建设项目水土保持方案审批（新办）（据省政府令第349号,部分省级权限下放成都等８市)", item.Name);
        Assert.Equal("生产建设项目水土保持方案审批", item.MainItemName);
        Assert.Equal(item.Name, item.SubItemName);
    }

    [Fact]
    public void Basic_codes_are_cut_from_implementation_codes_that_have_a_region_part()
    {
        var items = SharedCatalogs.Sichuan().Items();

        Assert.Equal("G-000007-001", items.Single(i => i.Name == "中职和本专科建档立卡特别资助项目").BasicCode);
        Assert.Equal(
            ["E-000004-001-11511301008778386B", "E-000021-001-1111111111111111", "H-000185-001-4444444444"],
            items.Where(i => i.BasicCode is null).Select(i => i.ImplementationCode).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("1", "行政许可")]
    [InlineData("5", "行政给付")]
    [InlineData("7", "行政确认")]
    [InlineData("8", "行政奖励")]
    [InlineData("9", "行政裁决")]
    [InlineData("10", "其他行政权力")]
    [InlineData("20", "公共服务")]
    [InlineData("3", "其他行政权力")]
    [InlineData("", null)]
    [InlineData("许可", null)]
    public void Task_type_numbers_map_to_kinds(string taskType, string? kind)
    {
        Assert.Equal(kind, SichuanTaskTypes.KindText(taskType));
    }

    private static string? CategoryLetter(string code)
    {
        var match = Regex.Match(code, "^(?:511(?<letter>[A-Z])|(?<letter>[A-Z])-|(?<letter>512))");
        return match.Success ? match.Groups["letter"].Value : null;
    }
}
