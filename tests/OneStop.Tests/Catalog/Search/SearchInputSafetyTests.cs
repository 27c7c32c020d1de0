using OneStop.Catalog.Search;

namespace OneStop.Tests.Catalog.Search;

/// <summary>Whatever is typed or pasted into the search box, search answers without an error.</summary>
public sealed class SearchInputSafetyTests
{
    public static TheoryData<string> Nonsense =>
    [
        "", "   ", "\t\r\n", "　", "？？？！", "<script>alert(1)</script>", "' OR 1=1 --", "qqqqqqqqqq",
        new string('食', 5_000), new string('a', 100_000), "\u0000\uffff\ud800",
    ];

    [Theory]
    [MemberData(nameof(Nonsense))]
    public void Nonsense_finds_nothing_without_errors(string query)
    {
        var result = SmallCatalog.Index.Search(query, 0, 10);
        Assert.Equal(0, result.Total);
        Assert.Empty(result.Hits);
    }

    [Fact]
    public void No_query_finds_nothing() => Assert.Equal(0, SmallCatalog.Index.Search(null, 0, 10).Total);

    [Fact]
    public void A_query_longer_than_the_limit_is_ignored() =>
        Assert.Equal(0, SmallCatalog.Index.Search("食品经营许可" + new string('证', CatalogSearchIndex.MaxQueryLength), 0, 10).Total);

    [Fact]
    public void An_empty_catalog_finds_nothing() =>
        Assert.Equal(0, CatalogSearchIndex.Build([], DefaultSynonyms.List).Search("开饭店", 0, 10).Total);

    [Fact]
    public void A_filter_that_throws_leaves_later_searches_unaffected()
    {
        var before = SmallCatalog.Index.Search("开饭店", 0, 10).Hits;
        Assert.Throws<InvalidOperationException>(() =>
            SmallCatalog.Index.Search("身份证复印件", 0, 10, _ => throw new InvalidOperationException("filter failed")));
        Assert.Equal(before, SmallCatalog.Index.Search("开饭店", 0, 10).Hits);
    }

    [Fact]
    public void A_negative_page_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SmallCatalog.Index.Search("许可", -1, 10));
}
