using OneStop.Catalog.Search;

namespace OneStop.Tests.Catalog.Search;

/// <summary>One entry per item meant, whoever implements it; the searcher's own region first.</summary>
public sealed class CollapseImplementationsTests
{
    private static SearchDocument Lawyer(long id, string department, string region) =>
        new(id, $"CODE{id}", "律师执业变更审核", null, department, region, "行政许可", [], []) { GroupKey = "440106001000|律师执业变更审核" };

    private static readonly CatalogSearchIndex Index = CatalogSearchIndex.Build(
    [
        Lawyer(1, "广东省司法厅", "440000"),
        Lawyer(2, "广州市司法局", "440100"),
        Lawyer(3, "深圳市司法局", "440300"),
        Lawyer(4, "广州市天河区司法局", "440106"),
        new SearchDocument(5, "CODE5", "律师执业许可", null, "广东省司法厅", "440000", "行政许可", [], []) { GroupKey = "440106002000|律师执业许可" },
        new SearchDocument(6, "CODE6", "律师事务所设立许可", null, "广东省司法厅", "440000", "行政许可", [], []) { GroupKey = "440106003000|律师事务所设立许可" },
    ], DefaultSynonyms.List);

    [Fact]
    public void Departments_implementing_the_same_item_make_one_entry_so_other_answers_stay_on_the_page()
    {
        var result = Index.SearchGrouped("律师", 0, 5, null);
        Assert.Equal(3, result.Total);
        Assert.Equal(3, result.Groups.Count);
        var change = result.Groups.Single(g => g.First.Document.Name == "律师执业变更审核");
        Assert.Equal(4, change.Members.Count);
        Assert.Contains(result.Groups, g => g.First.Document.Name == "律师执业许可");
    }

    [Fact]
    public void The_searchers_own_region_is_listed_first_then_the_levels_above_it()
    {
        var change = Index.SearchGrouped("律师执业变更", 0, 1, "440106").Groups.Single();
        var regions = change.Members.Select(m => m.Document.Region).ToList();
        Assert.Equal("440106", regions[0]);
        Assert.Equal(["440000", "440100"], regions[1..3].Order());
        Assert.Equal("440300", regions[3]);
    }
}
