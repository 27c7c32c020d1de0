using OneStop.Hotline.Classification;
using OneStop.Hotline.Taxonomy;

namespace OneStop.Tests.Hotline.Classification;

/// <summary>The keyword rules: the fallback suggestion and the lower levels found inside a 一级 category.</summary>
public sealed class KeywordRulesTests
{
    [Fact]
    public void Every_word_list_names_a_real_category()
    {
        Assert.Equal(AppealTaxonomy.FirstLevel.Select(c => c.First).Order(), CategoryKeywords.ByFirstLevel.Keys.Order());
        var missing = LowerLevelLexicon.Words.Keys.Where(k => k.Split('/') is not [var a, var b, var c] || AppealTaxonomy.FindByNames(a, b, c) is null).ToList();
        Assert.Empty(missing);
        Assert.True(LowerLevelLexicon.Words.Count > 50);
    }

    [Theory]
    [InlineData("小区楼下的饭店油烟直排，噪音扰民，晚上根本睡不着", "环境保护", "环境污染")]
    [InlineData("孩子今年上小学，学校说学位已满不能入学，请教育局帮忙解决", "教育文体", "考试招生")]
    [InlineData("医院乱收费，做个手术收了好几万，医生态度也很差", "卫生计生", "医政监管")]
    [InlineData("公交车司机开车太猛，站台也没有遮雨棚", "交通运输", null)]
    public void The_rules_name_the_first_level_of_a_plain_complaint(string text, string first, string? second)
    {
        var suggestion = KeywordClassifier.Suggest(text);
        Assert.Equal(first, suggestion.First.Name);
        Assert.Equal(SuggestionSource.Rules, suggestion.Source);
        if (second is not null) Assert.Equal(second, suggestion.Second?.Name);
    }

    [Fact]
    public void A_text_that_names_nothing_gets_no_lower_levels_and_no_confidence()
    {
        var suggestion = KeywordClassifier.Suggest("您好，请问一下");
        Assert.Null(suggestion.Second);
        Assert.Null(suggestion.Third);
        Assert.True(suggestion.Confidence < 0.1);
    }

    [Fact]
    public void The_lower_levels_are_found_only_inside_the_first_level_given()
    {
        var building = AppealTaxonomy.FindFirstLevel("城乡建设")!;
        var (second, third) = LowerLevelMatcher.Match(building, "小区已经停水两天了，自来水公司说水管爆了");
        Assert.Equal("城市建设和市政管理", second?.Name);
        Assert.Equal("自来水供应", third?.Name);

        var labour = AppealTaxonomy.FindFirstLevel("劳动和社会保障")!;
        Assert.Equal((null, null), LowerLevelMatcher.Match(labour, "小区已经停水两天了"));
    }
}
