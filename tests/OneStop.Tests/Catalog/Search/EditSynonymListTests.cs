using OneStop.Catalog.Search;

namespace OneStop.Tests.Catalog.Search;

/// <summary>A catalog administrator maintains the list of citizens' words as plain text.</summary>
public sealed class EditSynonymListTests
{
    [Fact]
    public void Rules_comments_and_several_sayings_per_line_are_read()
    {
        var list = SynonymList.Parse("# 注释\n\n撸串, 开烧烤店 = 食品经营许可，餐饮服务\r\n无效行\n = 缺说法\n缺用语 =\n");
        Assert.Equal(["撸串", "开烧烤店"], list.Entries.Select(entry => entry.Phrase));
        Assert.Equal(["食品经营许可", "餐饮服务"], list.Entries[0].Terms);
        Assert.Equal([4, 5, 6], list.RejectedLines);
    }

    [Fact]
    public void Sayings_and_terms_are_normalised_like_queries() =>
        Assert.Equal(["开ktv"], SynonymList.Parse("开ＫＴＶ　= 娱乐场所").Entries.Select(entry => entry.Phrase));

    [Fact]
    public void A_saying_on_two_lines_keeps_the_terms_of_both() =>
        Assert.Equal(["结婚登记", "婚姻登记"], SynonymList.Parse("结婚 = 结婚登记\n结婚 = 婚姻登记, 结婚登记").Expand("结婚"));

    [Fact]
    public void The_longest_saying_wins_over_one_inside_it()
    {
        var list = SynonymList.Parse("营业执照 = 设立登记\n营业执照注销 = 注销登记");
        Assert.Equal(["注销登记"], list.Expand("营业执照注销"));
        Assert.Equal(["设立登记"], list.Expand("办营业执照"));
    }

    [Fact]
    public void A_saying_typed_as_part_of_the_catalog_term_itself_is_not_expanded()
    {
        var list = SynonymList.Parse("身份证 = 居民身份证");
        Assert.Equal(["居民身份证"], list.Expand("身份证复印件"));
        Assert.Empty(list.Expand("居民身份证复印件"));
    }

    [Fact]
    public void A_new_rule_changes_what_search_finds()
    {
        var custom = SynonymList.Parse("撸串 = 食品经营许可");
        var index = CatalogSearchIndex.Build(SmallCatalog.Items, custom);
        Assert.Equal(1, index.Search("撸串", 0, 1).Hits.Single().Document.Id);
        Assert.Equal(0, index.Search("开饭店", 0, 1).Total);
    }

    [Fact]
    public void The_shipped_list_is_well_formed_and_covers_common_sayings()
    {
        var list = DefaultSynonyms.List;
        Assert.Empty(list.RejectedLines);
        Assert.True(list.Count >= 40, $"{list.Count} sayings");
        Assert.Contains("食品经营许可", list.Expand("开饭店"));
        Assert.Contains("市场主体登记", list.Expand("办营业执照"));
        Assert.Contains("出生医学证明", list.Expand("生孩子"));
        Assert.Contains("最低生活保障", list.Expand("低保"));
        Assert.Contains("机动车驾驶证", list.Expand("驾照"));
    }
}
