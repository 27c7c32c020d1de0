using OneStop.Catalog.Search;

namespace OneStop.Tests.Catalog.Search;

/// <summary>Citizens' words → the item they mean, over a small catalog of real item names.</summary>
public sealed class SearchRelevanceTests
{
    private static readonly SearchDocument[] Docs =
    [
        new(1, "11440106TH0001000117008001", "食品经营许可（新办）", "广州市天河区市场监督管理局", "440106", "行政许可", ["食品经营许可申请书", "营业执照复印件"]),
        new(2, "11440106TH0001000125017001", "公司设立登记 市场主体登记", "广州市天河区市场监督管理局", "440106", "行政许可", ["公司登记（备案）申请书", "公司章程", "法定代表人身份证复印件"]),
        new(3, "11440106TH0005000114002001", "建筑工程施工许可证核发", "广州市天河区住房和城乡建设局", "440106", "行政许可", ["建筑工程施工许可申请表"]),
        new(4, "11440106TH0004000121001001", "出生医学证明", "广州市天河区卫生健康局", "440106", "公共服务", ["父母身份证", "出生证明首次签发登记表"]),
        new(5, "11440106TH0006000107001001", "内地居民结婚登记", "广州市天河区民政局", "440106", "行政确认", ["居民户口簿", "居民身份证", "本人无配偶以及与对方当事人没有直系血亲和三代以内旁系血亲关系的签字声明"]),
        new(6, "11440106TH0004000101003001", "公共场所卫生许可", "广州市天河区卫生健康局", "440106", "行政许可", ["卫生许可证申请表", "营业执照复印件"]),
        new(7, "11440106TH0001000117009001", "仅销售预包装食品备案", "广州市天河区市场监督管理局", "440106", "其他行政权力", ["备案信息表"]),
    ];

    private static readonly CatalogSearchIndex Index = CatalogSearchIndex.Build(Docs, SynonymList.Default);

    private static long[] Top(string query, int n = 3) => Index.Search(query, 0, n).Hits.Select(h => h.Document.Id).ToArray();

    [Theory]
    [InlineData("开饭店", 1)]
    [InlineData("食品经营", 1)]
    [InlineData("食品经营许可证怎么办", 1)]
    [InlineData("办营业执照", 2)]
    [InlineData("开公司", 2)]
    [InlineData("施工许可", 3)]
    [InlineData("结婚", 5)]
    [InlineData("生孩子", 4)]
    [InlineData("公共场所卫生", 6)]
    public void A_citizens_words_find_the_item_first(string query, long expected) => Assert.Equal(expected, Top(query, 1).FirstOrDefault());

    [Fact]
    public void A_department_name_finds_its_items() =>
        Assert.Equal([1, 2, 7], Top("市场监督管理局", 10).Order().ToArray());

    [Fact]
    public void A_material_name_finds_the_items_that_require_it()
    {
        var hits = Top("公司章程", 3);
        Assert.Equal(2, hits[0]);
    }

    [Fact]
    public void An_implementation_code_prefix_finds_the_item() => Assert.Equal(3, Top("11440106TH0005", 1).Single());

    [Fact]
    public void Full_width_and_spaces_do_not_matter() => Assert.Equal(1, Top("食品 经营　许可（新办）", 1).Single());

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("qqqqqqqqqq")]
    public void Nonsense_finds_nothing_without_errors(string query) => Assert.Empty(Top(query));

    [Fact]
    public void A_very_long_query_is_ignored() => Assert.Equal(0, Index.Search(new string('食', 5000), 0, 10).Total);

    [Fact]
    public void Ties_are_ordered_deterministically() =>
        Assert.Equal(Index.Search("许可", 0, 10).Hits.Select(h => h.Document.Id), Index.Search("许可", 0, 10).Hits.Select(h => h.Document.Id));

    [Fact]
    public void The_synonym_list_is_text_an_administrator_can_edit()
    {
        var custom = SynonymList.Parse("# 注释\n撸串 = 食品经营许可\n无效行\n");
        Assert.Equal(1, custom.Count);
        var index = CatalogSearchIndex.Build(Docs, custom);
        Assert.Equal(1, index.Search("撸串", 0, 1).Hits.Single().Document.Id);
        Assert.Equal(0, index.Search("开饭店", 0, 1).Total);
    }
}
