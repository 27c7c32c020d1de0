using OneStop.Hotline.Taxonomy;

namespace OneStop.Tests.Hotline;

/// <summary>The product's copy of the appeal taxonomy is the source's, name for name, in its order.</summary>
public sealed class AppealTaxonomyTests
{
    [Fact]
    public void The_product_carries_every_category_of_the_source_taxonomy_in_its_order()
    {
        var source = File.ReadAllLines(Path.Combine(SharedData.RequireRoot(), "hotline-appeals-cn/teddycup2020-c-sample/category_taxonomy_3level.csv"))
            .Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).Select(p => (p[0], p[1], p[2])).ToList();
        var product = AppealTaxonomy.Leaves.Select(c => (c.First, c.Second!, c.Third!)).ToList();

        Assert.Equal(517, source.Count);
        Assert.Equal(source, product);
        Assert.Equal(15, AppealTaxonomy.FirstLevel.Count);
        Assert.Equal(118, AppealTaxonomy.All.Count(c => c.Level == 2));
    }

    [Fact]
    public void Codes_are_unique_and_each_leaf_sits_under_its_parents()
    {
        Assert.Equal(AppealTaxonomy.All.Count, AppealTaxonomy.All.Select(c => c.Code).Distinct().Count());
        var water = AppealTaxonomy.FindByNames("城乡建设", "城市建设和市政管理", "自来水供应");
        Assert.NotNull(water);
        Assert.Equal("城乡建设 / 城市建设和市政管理 / 自来水供应", water.Path);
        Assert.Equal("城市建设和市政管理", AppealTaxonomy.Find(water.Code[..4])!.Name);
        Assert.Equal("城乡建设", AppealTaxonomy.Find(AppealTaxonomy.FirstLevelCode(water.Code))!.Name);
        Assert.Contains(water, AppealTaxonomy.ChildrenOf(water.Code[..4]));
        Assert.Null(AppealTaxonomy.Find("999999"));
    }
}
