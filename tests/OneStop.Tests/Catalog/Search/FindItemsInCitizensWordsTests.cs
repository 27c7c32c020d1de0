namespace OneStop.Tests.Catalog.Search;

/// <summary>A citizen types what they want in their own words and the item they mean comes first (or near it).</summary>
public sealed class FindItemsInCitizensWordsTests
{
    [Theory]
    [InlineData("开饭店", 1)]
    [InlineData("开餐馆", 1)]
    [InlineData("我想开饭店", 1)]
    [InlineData("开奶茶店", 1)]
    [InlineData("食品经营", 1)]
    [InlineData("食品经营许可证怎么办", 1)]
    [InlineData("食品经营许可需要什么材料", 1)]
    [InlineData("施工许可", 3)]
    [InlineData("装修", 3)]
    [InlineData("结婚", 5)]
    [InlineData("怎么办理结婚登记", 5)]
    [InlineData("公共场所卫生", 6)]
    [InlineData("开药店", 8)]
    [InlineData("上户口", 9)]
    [InlineData("身份证", 10)]
    [InlineData("失业金", 11)]
    [InlineData("退休", 12)]
    [InlineData("领养老金", 12)]
    [InlineData("低保", 13)]
    [InlineData("营业执照注销", 14)]
    [InlineData("注销公司", 14)]
    [InlineData("开网吧", 15)]
    [InlineData("开个体户", 16)]
    [InlineData("公积金提取", 17)]
    [InlineData("开诊所", 18)]
    public void The_item_meant_comes_first(string query, long expected) =>
        Assert.Equal(expected, SmallCatalog.Top(query, 1).FirstOrDefault());

    [Theory]
    [InlineData("办营业执照", 2)]
    [InlineData("开公司", 2)]
    [InlineData("注册公司", 2)]
    [InlineData("生孩子", 4)]
    [InlineData("生孩子", 9)]
    [InlineData("开美容院", 6)]
    public void The_item_meant_is_among_the_first_three(string query, long expected) =>
        Assert.Contains(expected, SmallCatalog.Top(query, 3));

    [Fact]
    public void A_department_name_puts_all_its_items_first() =>
        Assert.Equal([1, 2, 7, 8, 14, 16], SmallCatalog.Top("市场监督管理局", 6).Order());

    [Fact]
    public void A_department_abbreviation_with_an_item_word_finds_that_departments_item()
    {
        var top = SmallCatalog.Index.Search("市场监管局 营业执照", 0, 3).Hits;
        Assert.Equal(2, top[0].Document.Id);
        Assert.All(top, hit => Assert.Equal(SmallCatalog.Market, hit.Document.Department));
    }

    [Fact]
    public void A_material_name_finds_the_items_that_require_it() =>
        Assert.Equal([1, 2, 16], SmallCatalog.Top("身份证复印件", 3).Order());

    [Fact]
    public void A_rarer_material_name_puts_its_item_first() => Assert.Equal(2, SmallCatalog.Top("公司章程", 1).Single());

    [Fact]
    public void An_implementation_code_prefix_finds_the_departments_items()
    {
        Assert.Equal([1, 7, 8], SmallCatalog.Top("11440106MB2C94020U444011", 10).Order());
        Assert.Equal(3, SmallCatalog.Top("11440106mb2d27104x4440114002001", 1).Single());
    }

    [Fact]
    public void Full_width_characters_spaces_and_punctuation_do_not_matter() =>
        Assert.Equal(1, SmallCatalog.Top("食品 经营　许可(新办)", 1).Single());

    [Fact]
    public void A_single_character_finds_the_items_named_with_it()
    {
        var hits = SmallCatalog.Index.Search("证", 0, 20).Hits;
        Assert.NotEmpty(hits);
        Assert.Contains("证", hits[0].Document.Name);
    }
}
