namespace OneStop.Tests.Catalog.Search;

/// <summary>
/// Citizens' queries over the real Guangdong catalog; each expected name was checked by reading the data (e.g. the
/// only items about 教材 are the three 中小学地方课程教材 reviews).
/// </summary>
public sealed class FindRealGuangdongItemsTests
{
    [Theory]
    [InlineData("提价申报", "临时价格干预范围事项提价申报")]
    [InlineData("结婚", "结婚登记预约")]
    [InlineData("户口迁出", "户口迁出")]
    [InlineData("广东省教育厅教师资格认定", "高等学校教师资格认定")]
    public void The_item_named_comes_first(string query, string expectedName) =>
        Assert.Equal(expectedName, Names(query, 1).FirstOrDefault());

    [Theory]
    [InlineData("驾照", "机动车驾驶证")]
    [InlineData("考驾照", "机动车驾驶证")]
    [InlineData("护照", "普通护照")]
    [InlineData("港澳通行证", "往来港澳通行证")]
    [InlineData("退休", "养老保险待遇")]
    [InlineData("残疾证", "残疾人证")]
    [InlineData("律师执业许可", "律师执业许可")]
    [InlineData("低保", "最低生活保障")]
    public void A_citizens_word_finds_the_catalog_term_first(string query, string expectedInName) =>
        Assert.Contains(expectedInName, Names(query, 1).FirstOrDefault() ?? "");

    [Theory]
    [InlineData("教材", 3, "教材")]
    [InlineData("教师证", 3, "教师资格")]
    [InlineData("普通话", 2, "普通话")]
    [InlineData("低保", 2, "最低生活保障")]
    public void The_first_results_are_all_about_it(string query, int count, string expectedInName)
    {
        var names = Names(query, count);
        Assert.Equal(count, names.Count);
        Assert.All(names, name => Assert.Contains(expectedInName, name));
    }

    [Fact]
    public void A_material_name_finds_every_item_that_requires_it()
    {
        var requiring = GuangdongItems.Documents
            .Where(doc => doc.Materials.Any(material => material.Contains("执业药师资格证", StringComparison.Ordinal)))
            .Select(doc => doc.Id).ToList();
        Assert.NotEmpty(requiring);
        var top = GuangdongItems.Index.Search("执业药师资格证", 0, requiring.Count + 4).Hits.Select(hit => hit.Document.Id);
        Assert.Subset(top.ToHashSet(), requiring.ToHashSet());
    }

    [Fact]
    public void A_department_name_lists_that_departments_items_first() =>
        Assert.All(GuangdongItems.Index.Search("广东省教育厅", 0, 10).Hits,
            hit => Assert.Equal("广东省教育厅", hit.Document.Department));

    [Fact]
    public void A_code_prefix_finds_exactly_the_items_with_that_prefix()
    {
        const string prefix = "11440000006939756B";
        var expected = GuangdongItems.Documents.Where(doc => doc.Code.StartsWith(prefix, StringComparison.Ordinal))
            .Select(doc => doc.Id).Order();
        var found = GuangdongItems.Index.Search(prefix, 0, 100).Hits.Select(hit => hit.Document.Id).Order();
        Assert.Equal(expected, found);
    }

    [Fact]
    public void Every_item_is_found_by_its_own_name_among_the_first_ten()
    {
        var index = GuangdongItems.Index;
        var missed = GuangdongItems.Documents
            .Where(doc => !index.Search(doc.Name, 0, 10).Hits.Any(hit => hit.Document.Id == doc.Id))
            .Select(doc => doc.Name).ToList();
        // Some names repeat across departments and regions more than ten times (e.g. 兼职律师执业许可 per city).
        var repeated = GuangdongItems.Documents.GroupBy(doc => doc.Name).Where(group => group.Count() > 10).Select(group => group.Key).ToHashSet();
        Assert.True(missed.All(repeated.Contains), $"{missed.Count} items not found by their own name: {string.Join("、", missed.Take(10))}");
    }

    private static List<string> Names(string query, int count) =>
        GuangdongItems.Index.Search(query, 0, count).Hits.Select(hit => hit.Document.Name).ToList();
}
