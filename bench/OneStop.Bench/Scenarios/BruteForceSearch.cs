using OneStop.Catalog.Search;

namespace OneStop.Bench.Scenarios;

/// <summary>The baseline: scan every document for the query or any synonym expansion as a substring.</summary>
internal sealed class BruteForceSearch(IReadOnlyList<SearchDocument> docs, SynonymList synonyms)
{
    private readonly (SearchDocument Doc, string Text)[] _texts = docs
        .Select(d => (d, TextNormalizer.Normalize(d.Name + d.Department + string.Concat(d.Materials)))).ToArray();

    public List<SearchDocument> Search(string query)
    {
        var q = TextNormalizer.Normalize(query);
        var needles = synonyms.Expand(q).Prepend(q).ToArray();
        return _texts.Where(t => needles.Any(n => t.Text.Contains(n, StringComparison.Ordinal)))
            .Select(t => t.Doc).OrderBy(d => d.Name, StringComparer.Ordinal).Take(20).ToList();
    }
}
