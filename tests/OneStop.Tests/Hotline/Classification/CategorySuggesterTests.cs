using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using OneStop.Hotline.Classification;
using OneStop.Hotline.Taxonomy;

namespace OneStop.Tests.Hotline.Classification;

/// <summary>Which file the suggestions come from, and that they never fail: missing or broken files fall back to the rules.</summary>
public sealed class CategorySuggesterTests : IDisposable
{
    private const string SalaryOwed = "公司已经拖欠我们三个月工资了，老板一直说没钱，我们去劳动监察大队反映也没有结果，请帮我们讨回工资。";

    private readonly string _dir = Directory.CreateTempSubdirectory("onestop-suggester-").FullName;

    private static CategorySuggester Suggester(params string[] candidates) =>
        new(new ClassifierFiles(candidates), NullLogger<CategorySuggester>.Instance);

    [Fact]
    public void The_shipped_model_loads_and_suggests_a_first_level_category_of_the_taxonomy()
    {
        Assert.True(File.Exists(ClassifierFiles.Shipped), $"the shipped model is not in the output: {ClassifierFiles.Shipped}");
        var suggester = Suggester(Path.Combine(_dir, "absent.zip"), ClassifierFiles.Shipped);

        var suggestion = suggester.Suggest(SalaryOwed);

        Assert.Equal(ClassifierFiles.Shipped, suggester.ModelPath);
        Assert.Equal(SuggestionSource.Model, suggestion.Source);
        Assert.Equal("劳动和社会保障", suggestion.First.Name);
        Assert.Same(AppealTaxonomy.FindFirstLevel("劳动和社会保障"), suggestion.First);
        Assert.Equal(3, suggestion.Alternatives.Count);
        Assert.Equal(suggestion.First, suggestion.Alternatives[0].Category);
        Assert.True(suggestion.Alternatives[0].Score >= suggestion.Alternatives[1].Score);
        Assert.InRange(suggestion.Confidence, 0.0, 1.0);
        Assert.Equal("模型", suggestion.SourceName);
    }

    [Fact]
    public void Without_any_model_file_the_keyword_rules_answer()
    {
        var suggestion = Suggester(Path.Combine(_dir, "absent.zip")).Suggest(SalaryOwed);

        Assert.Equal(SuggestionSource.Rules, suggestion.Source);
        Assert.Equal("规则", suggestion.SourceName);
        Assert.Equal("劳动和社会保障", suggestion.First.Name);
        Assert.Equal("工资发放", suggestion.Third?.Name);
    }

    [Fact]
    public void A_corrupt_model_file_is_skipped_for_the_next_one()
    {
        var corrupt = Path.Combine(_dir, ClassifierFiles.FileName);
        File.WriteAllText(corrupt, "这不是模型文件");

        var toRules = Suggester(corrupt);
        Assert.Equal(SuggestionSource.Rules, toRules.Suggest(SalaryOwed).Source);
        Assert.Null(toRules.ModelPath);

        var toShipped = Suggester(corrupt, ClassifierFiles.Shipped);
        Assert.Equal(SuggestionSource.Model, toShipped.Suggest(SalaryOwed).Source);
        Assert.Equal(ClassifierFiles.Shipped, toShipped.ModelPath);
    }

    [Fact]
    public void The_data_directory_model_comes_before_the_shipped_one()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ONESTOP_DATA_DIR"] = _dir }).Build();
        var files = ClassifierFiles.From(configuration);
        Assert.Equal([Path.Combine(_dir, "hotline", ClassifierFiles.FileName), ClassifierFiles.Shipped], files.Candidates);
    }

    [Theory]
    [InlineData("")]
    [InlineData("您好")]
    [InlineData("<script>alert(1)</script>")]
    public void Any_text_gets_a_first_level_category_from_the_taxonomy(string text)
    {
        foreach (var suggester in new[] { Suggester(ClassifierFiles.Shipped), Suggester(Path.Combine(_dir, "absent.zip")) })
        {
            var suggestion = suggester.Suggest(text);
            Assert.Contains(suggestion.First, AppealTaxonomy.FirstLevel);
            Assert.InRange(suggestion.Confidence, 0.0, 1.0);
            if (suggestion.Second is not null) Assert.StartsWith(suggestion.First.Code, suggestion.Second.Code, StringComparison.Ordinal);
            if (suggestion.Third is not null) Assert.StartsWith(suggestion.Second!.Code, suggestion.Third.Code, StringComparison.Ordinal);
        }
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
