using OneStop.Catalog.Search;

namespace OneStop.Tests.Catalog.Search;

/// <summary>The same query over the same catalog lists the same items in the same order, page after page.</summary>
public sealed class RankResultsTests
{
    [Fact]
    public void Equal_scores_are_ordered_by_name_then_id_whatever_the_input_order()
    {
        SearchDocument Copy(long id, string name) => SmallCatalog.Items[0] with { Id = id, Name = name };
        SearchDocument[] docs = [Copy(30, "食品经营许可（延续）"), Copy(10, "食品经营许可（变更）"), Copy(20, "食品经营许可（变更）")];
        var forward = CatalogSearchIndex.Build(docs, SynonymList.Empty).Search("许可", 0, 10).Hits;
        var backward = CatalogSearchIndex.Build(docs.Reverse(), SynonymList.Empty).Search("许可", 0, 10).Hits;
        Assert.Equal([10, 20, 30], forward.Select(hit => hit.Document.Id));
        Assert.Equal(forward.Select(hit => hit.Document.Id), backward.Select(hit => hit.Document.Id));
    }

    [Fact]
    public void A_whole_name_outranks_a_name_starting_with_the_query_which_outranks_one_containing_it()
    {
        SearchDocument Named(long id, string name) => SmallCatalog.Items[0] with { Id = id, Name = name, SubName = null };
        var index = CatalogSearchIndex.Build(
            [Named(1, "广州市食品经营许可"), Named(2, "食品经营许可（新办）"), Named(3, "食品经营许可")], SynonymList.Empty);
        Assert.Equal([3, 2, 1], index.Search("食品经营许可", 0, 3).Hits.Select(hit => hit.Document.Id));
    }

    [Fact]
    public void A_match_in_the_name_outranks_the_same_words_in_a_material()
    {
        var top = SmallCatalog.Index.Search("出生医学证明", 0, 2).Hits;
        Assert.Equal([4, 9], top.Select(hit => hit.Document.Id));
        Assert.True(top[0].Score > top[1].Score);
    }

    [Fact]
    public void Pages_follow_on_from_each_other_and_share_the_total()
    {
        var all = SmallCatalog.Index.Search("许可", 0, 100);
        var pages = Enumerable.Range(0, 4).Select(page => SmallCatalog.Index.Search("许可", page * 2, 2)).ToList();
        Assert.All(pages, page => Assert.Equal(all.Total, page.Total));
        Assert.Equal(all.Hits.Take(8).Select(hit => hit.Document.Id), pages.SelectMany(page => page.Hits).Select(hit => hit.Document.Id));
    }

    [Fact]
    public void A_filter_narrows_the_results_and_the_total()
    {
        var result = SmallCatalog.Index.Search("许可", 0, 10, doc => doc.Department == SmallCatalog.Market);
        Assert.Equal([1, 8], result.Hits.Select(hit => hit.Document.Id).Order());
        Assert.Equal(2, result.Total);
    }

    [Fact]
    public async Task Concurrent_searches_give_the_same_answers_as_one_at_a_time()
    {
        string[] queries = ["开饭店", "办营业执照", "身份证复印件", "市场监督管理局", "生孩子", "证", "11440106"];
        var expected = queries.Select(query => Ids(query)).ToList();
        var runs = Enumerable.Range(0, 64).Select(run => Task.Run(() => Ids(queries[run % queries.Length])));
        var answers = await Task.WhenAll(runs);
        for (var run = 0; run < answers.Length; run++)
        {
            Assert.Equal(expected[run % queries.Length], answers[run]);
        }
    }

    private static string Ids(string query) =>
        string.Join(",", SmallCatalog.Index.Search(query, 0, 20).Hits.Select(hit => $"{hit.Document.Id}:{hit.Score}"));
}
