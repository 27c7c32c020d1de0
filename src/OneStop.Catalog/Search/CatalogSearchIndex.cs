namespace OneStop.Catalog.Search;

public sealed record SearchDocument(long Id, string Code, string Name, string Department, string Region, string Kind,
    IReadOnlyList<string> Materials);

public sealed record SearchHit(SearchDocument Document, double Score);

public sealed record SearchResult(int Total, IReadOnlyList<SearchHit> Hits);

/// <summary>
/// Relevance search over the catalog in force: an inverted index of character pairs with field weights (a name
/// match outweighs a department or material match), query expansion through the synonym list, and bonuses for
/// whole-phrase and code matches. Immutable once built, so any number of requests may read it at once.
/// </summary>
public sealed class CatalogSearchIndex
{
    private const float NameWeight = 10f, DepartmentWeight = 3f, MaterialWeight = 1.5f;
    private const int MaxQueryLength = 100;

    private readonly SearchDocument[] _docs;
    private readonly string[] _names;
    private readonly string[] _codes;
    private readonly Dictionary<string, (int Doc, float Weight)[]> _postings;
    private readonly SynonymList _synonyms;

    private CatalogSearchIndex(SearchDocument[] docs, Dictionary<string, (int, float)[]> postings, SynonymList synonyms)
    {
        _docs = docs;
        _names = docs.Select(d => TextNormalizer.Normalize(d.Name)).ToArray();
        _codes = docs.Select(d => TextNormalizer.Normalize(d.Code)).ToArray();
        _postings = postings;
        _synonyms = synonyms;
    }

    public int Count => _docs.Length;

    public static CatalogSearchIndex Build(IEnumerable<SearchDocument> documents, SynonymList synonyms)
    {
        var docs = documents.ToArray();
        var building = new Dictionary<string, List<(int, float)>>();
        for (var i = 0; i < docs.Length; i++)
        {
            var weights = new Dictionary<string, float>();
            void AddField(string? text, float weight)
            {
                foreach (var gram in TextNormalizer.Bigrams(TextNormalizer.Normalize(text)))
                    if (!weights.TryGetValue(gram, out var w) || w < weight) weights[gram] = weight;
            }
            foreach (var m in docs[i].Materials) AddField(m, MaterialWeight);
            AddField(docs[i].Department, DepartmentWeight);
            AddField(docs[i].Name, NameWeight);
            foreach (var (gram, weight) in weights)
            {
                if (!building.TryGetValue(gram, out var list)) building[gram] = list = [];
                list.Add((i, weight));
            }
        }
        return new CatalogSearchIndex(docs, building.ToDictionary(p => p.Key, p => p.Value.ToArray()), synonyms);
    }

    public SearchResult Search(string? query, int skip, int take, Func<SearchDocument, bool>? filter = null)
    {
        var q = TextNormalizer.Normalize(query);
        if (q.Length == 0 || q.Length > MaxQueryLength) return new SearchResult(0, []);
        var scores = new Dictionary<int, double>();
        Score(q, 1.0, scores);
        foreach (var term in _synonyms.Expand(q)) Score(term, 0.9, scores);
        if (q.Length >= 4 && q.All(char.IsAsciiLetterOrDigit))
            for (var i = 0; i < _codes.Length; i++)
                if (_codes[i].StartsWith(q, StringComparison.Ordinal)) scores[i] = scores.GetValueOrDefault(i) + 100;

        var ranked = scores.Where(s => filter is null || filter(_docs[s.Key]))
            .OrderByDescending(s => s.Value).ThenBy(s => _docs[s.Key].Name, StringComparer.Ordinal).ThenBy(s => _docs[s.Key].Id)
            .ToList();
        return new SearchResult(ranked.Count, ranked.Skip(skip).Take(take).Select(s => new SearchHit(_docs[s.Key], Math.Round(s.Value, 3))).ToList());
    }

    /// <summary>
    /// Adds to each document's score the weighted share of the text's character pairs it contains; documents
    /// matching less than half of the pairs are noise unless their name holds the whole text.
    /// </summary>
    private void Score(string text, double weight, Dictionary<int, double> scores)
    {
        var grams = TextNormalizer.Bigrams(text).Distinct().ToList();
        var matched = new Dictionary<int, (double Sum, int Count)>();
        foreach (var gram in grams)
        {
            if (!_postings.TryGetValue(gram, out var postings)) continue;
            foreach (var (doc, w) in postings)
            {
                var m = matched.GetValueOrDefault(doc);
                matched[doc] = (m.Sum + w, m.Count + 1);
            }
        }
        foreach (var (doc, (sum, count)) in matched)
        {
            var coverage = (double)count / grams.Count;
            var inName = _names[doc].Contains(text, StringComparison.Ordinal);
            if (coverage < 0.5 && !inName) continue;
            var score = sum / grams.Count * coverage * coverage;
            if (inName) score += _names[doc] == text ? 30 : _names[doc].StartsWith(text, StringComparison.Ordinal) ? 20 : 15;
            scores[doc] = scores.GetValueOrDefault(doc) + weight * score;
        }
    }
}
