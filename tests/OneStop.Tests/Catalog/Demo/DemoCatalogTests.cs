using System.Text.Json;
using System.Text.Json.Nodes;
using OneStop.Catalog.Demo;
using OneStop.Catalog.Items;
using OneStop.Platform.Demo;

namespace OneStop.Tests.Catalog.Demo;

public sealed class DemoCatalogTests
{
    private static readonly string[] BundleNames = ["企业开办", "不动产交易登记", "食品小经营店开办", "企业投资项目报建", "社保经办", "民办医疗机构开办", "美容美发店开办"];

    [Fact]
    public void The_catalog_holds_between_40_and_80_items() =>
        Assert.InRange(DemoCatalog.Items.Count, 40, 80);

    [Fact]
    public void Implementation_codes_are_unique()
    {
        var duplicates = DemoCatalog.Items.GroupBy(i => i.ImplementationCode).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(duplicates.Count == 0, "重复的实施编码：" + string.Join("、", duplicates));
    }

    [Fact]
    public void Every_item_passes_the_publishing_checks()
    {
        var failures = DemoCatalog.Items
            .Select(i => (Item: i, Issues: PublishingChecks.Run(i)))
            .Where(x => x.Issues.Count > 0)
            .Select(x => $"{x.Item.DisplayName}（{x.Item.ImplementationCode}）：" + string.Join("；", x.Issues.Select(s => $"{s.Field} {s.Code} {s.Message}")))
            .ToList();
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void Every_department_exists_in_the_demo_region()
    {
        var known = DemoData.Departments.Select(d => d.Name).ToHashSet();
        var unknown = DemoCatalog.Items.Where(i => !known.Contains(i.DepartmentName)).Select(i => $"{i.DisplayName}：{i.DepartmentName}").ToList();
        Assert.True(unknown.Count == 0, "未知的实施主体：" + string.Join("、", unknown));
    }

    [Fact]
    public void Items_are_in_the_city_or_the_county_and_their_department_belongs_to_that_region()
    {
        var regionOf = DemoData.Departments.ToDictionary(d => d.Name, d => d.Region);
        foreach (var item in DemoCatalog.Items)
        {
            Assert.Contains(item.RegionCode, new[] { DemoData.City, DemoData.County });
            Assert.True(regionOf.GetValueOrDefault(item.DepartmentName) == item.RegionCode,
                $"{item.DisplayName}：实施主体 {item.DepartmentName} 不属于区划 {item.RegionCode}");
        }
    }

    [Fact]
    public void The_case_demo_finds_online_items_with_form_fields_and_a_deferrable_material()
    {
        var ready = DemoCatalog.Items.Where(i => i.IsOnline && i.FormFields.Count > 0 &&
            i.Materials.Any(m => m.Necessity == MaterialNecessity.Deferrable)).Select(i => i.DisplayName).ToList();
        Assert.True(ready.Count >= 2, "网上可办、有申请表字段和容缺材料的事项：" + string.Join("、", ready));
    }

    [Fact]
    public void One_demo_item_is_decided_at_once_by_a_rule_over_age_and_region()
    {
        var item = Assert.Single(DemoCatalog.Items, i => i.AutoDecision is not null);
        Assert.Equal("老年人优待证申领", item.DisplayName);
        var subjects = item.AutoDecision!.Conditions.Select(c => c.Subject).ToList();
        Assert.Contains(RuleSubjects.ApplicantAge, subjects);
        Assert.Contains(RuleSubjects.ApplicantRegion, subjects);
        Assert.Empty(PublishingChecks.Run(item));
    }

    [Fact]
    public void One_demo_bundle_joins_two_items_of_two_departments()
    {
        var byCode = DemoCatalog.Items.ToDictionary(i => i.ImplementationCode);
        var pairs = DemoCatalog.Bundles.Where(b => b.ItemCodes.Count == 2 &&
            b.ItemCodes.Select(c => byCode[c].DepartmentName).Distinct().Count() == 2 && b.ItemCodes.All(c => byCode[c].IsOnline)).ToList();
        Assert.Equal("美容美发店开办", Assert.Single(pairs).Name);
    }

    [Fact]
    public void All_seven_bundles_are_present_and_every_item_code_resolves()
    {
        Assert.Equal(BundleNames.Order(), DemoCatalog.Bundles.Select(b => b.Name).Order());
        var codes = DemoCatalog.Items.Select(i => i.ImplementationCode).ToHashSet();
        foreach (var bundle in DemoCatalog.Bundles)
        {
            Assert.True(bundle.ItemCodes.Count >= 2, $"{bundle.Name} 至少应包含两个事项");
            Assert.True(bundle.PromisedLimitDays > 0, $"{bundle.Name} 须有承诺时限");
            var missing = bundle.ItemCodes.Where(c => !codes.Contains(c)).ToList();
            Assert.True(missing.Count == 0, $"{bundle.Name} 引用了不存在的事项：" + string.Join("、", missing));
        }
        Assert.Equal(DemoCatalog.Bundles.Count, DemoCatalog.Bundles.Select(b => b.Code).Distinct().Count());
    }

    [Fact]
    public void There_are_items_of_at_least_five_kinds() =>
        Assert.True(DemoCatalog.Items.Select(i => i.Kind).Distinct().Count() >= 5);

    [Fact]
    public void There_are_at_least_eight_city_level_items() =>
        Assert.True(DemoCatalog.Items.Count(i => i.RegionCode == DemoData.City) >= 8);

    [Fact]
    public void Materials_issued_by_a_department_name_their_licence_type()
    {
        var bad = DemoCatalog.Items.SelectMany(i => i.Materials.Select(m => (Item: i, Material: m)))
            .Where(x => (x.Material.Source == MaterialSource.GovernmentIssued || x.Material.Necessity == MaterialNecessity.WaivedWithElectronicLicence)
                        && (x.Material.Source != MaterialSource.GovernmentIssued || string.IsNullOrWhiteSpace(x.Material.LicenceType)))
            .Select(x => $"{x.Item.DisplayName}：{x.Material.Name}")
            .ToList();
        Assert.True(bad.Count == 0, "政府部门核发或可免提交的材料须写明证照类型：" + string.Join("、", bad));
    }

    /// <summary>A misspelt property in the hand-edited file would be dropped silently; every one must survive a round trip.</summary>
    [Fact]
    public void Every_property_in_the_file_is_understood()
    {
        using var stream = typeof(DemoCatalog).Assembly.GetManifestResourceStream("demo-catalog.json")!;
        var file = JsonNode.Parse(stream)!.AsObject();
        var items = JsonSerializer.SerializeToNode(DemoCatalog.Items, CatalogJson.Options)!;
        var bundles = JsonSerializer.SerializeToNode(DemoCatalog.Bundles, CatalogJson.Options)!;
        var lost = new List<string>();
        Lost(file["items"], items, "items", lost);
        Lost(file["bundles"], bundles, "bundles", lost);
        Assert.True(lost.Count == 0, "未被识别的字段：" + string.Join("、", lost));
    }

    private static void Lost(JsonNode? source, JsonNode? loaded, string path, List<string> lost)
    {
        switch (source)
        {
            case JsonObject o:
                foreach (var (key, value) in o) Lost(value, (loaded as JsonObject)?[key], $"{path}.{key}", lost);
                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++) Lost(a[i], loaded is JsonArray b && i < b.Count ? b[i] : null, $"{path}[{i}]", lost);
                break;
            default:
                if (!JsonNode.DeepEquals(source, loaded)) lost.Add(path);
                break;
        }
    }

}
