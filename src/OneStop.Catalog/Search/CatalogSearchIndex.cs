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
        var scratch = Scratch.For(_docs.Length);
        try
        {
            Score(q, 1.0, scratch);
            foreach (var term in _synonyms.Expand(q)) Score(term, 0.9, scratch);
            if (q.Length >= 4 && q.All(char.IsAsciiLetterOrDigit))
                for (var i = 0; i < _codes.Length; i++)
                    if (_codes[i].StartsWith(q, StringComparison.Ordinal)) scratch.Add(i, 100);
            return Rank(scratch, skip, take, filter);
        }
        finally { scratch.Reset(); }
    }

    /// <summary>Keeps only the best skip + take candidates in a heap instead of sorting every match.</summary>
    private SearchResult Rank(Scratch scratch, int skip, int take, Func<SearchDocument, bool>? filter)
    {
        var keep = (int)Math.Min((long)skip + take, int.MaxValue);
        var heap = new PriorityQueue<int, (double Score, int Doc)>(Comparer<(double Score, int Doc)>.Create((a, b) => Compare(b, a)));
        var total = 0;
        foreach (var doc in scratch.Touched)
        {
            var score = scratch.Scores[doc];
            if (score <= 0 || filter is not null && !filter(_docs[doc])) continue;
            total++;
            if (keep == 0) continue;
            if (heap.Count < keep)
            {
                heap.Enqueue(doc, (score, doc));
                continue;
            }
            var worst = heap.Peek();
            if (Compare((score, doc), (scratch.Scores[worst], worst)) < 0) heap.EnqueueDequeue(doc, (score, doc));
        }
        var best = new List<(double Score, int Doc)>(heap.Count);
        while (heap.TryDequeue(out var doc, out var key)) best.Add(key);
        best.Reverse();
        return new SearchResult(total, best.Skip(skip).Select(b => new SearchHit(_docs[b.Doc], Math.Round(b.Score, 3))).ToList());
    }

    /// <summary>Better first: higher score, then name, then id — deterministic for equal scores.</summary>
    private int Compare((double Score, int Doc) a, (double Score, int Doc) b)
    {
        var byScore = b.Score.CompareTo(a.Score);
        if (byScore != 0) return byScore;
        var byName = string.CompareOrdinal(_docs[a.Doc].Name, _docs[b.Doc].Name);
        return byName != 0 ? byName : _docs[a.Doc].Id.CompareTo(_docs[b.Doc].Id);
    }

    /// <summary>
    /// Adds to each document's score the weighted share of the text's character pairs it contains; documents
    /// matching less than half of the pairs are noise unless their name holds the whole text.
    /// </summary>
    private void Score(string text, double weight, Scratch scratch)
    {
        var grams = TextNormalizer.Bigrams(text).Distinct().ToList();
        var local = new List<int>();
        foreach (var gram in grams)
        {
            if (!_postings.TryGetValue(gram, out var postings)) continue;
            foreach (var (doc, w) in postings)
            {
                if (scratch.Counts[doc] == 0) local.Add(doc);
                scratch.Sums[doc] += w;
                scratch.Counts[doc]++;
            }
        }
        foreach (var doc in local)
        {
            var coverage = (double)scratch.Counts[doc] / grams.Count;
            var sum = scratch.Sums[doc];
            scratch.Sums[doc] = 0;
            scratch.Counts[doc] = 0;
            if (coverage < 0.5) continue;
            var name = _names[doc];
            var score = sum / grams.Count * coverage * coverage;
            if (name.Contains(text, StringComparison.Ordinal))
                score += name == text ? 30 : name.StartsWith(text, StringComparison.Ordinal) ? 20 : 15;
            scratch.Add(doc, weight * score);
        }
    }

    /// <summary>Per-thread score arrays, so a query allocates nothing proportional to the catalog size.</summary>
    private sealed class Scratch
    {
        [ThreadStatic] private static Scratch? _current;

        public double[] Scores = [];
        public float[] Sums = [];
        public int[] Counts = [];
        public readonly List<int> Touched = [];

        public static Scratch For(int size)
        {
            var s = _current ??= new Scratch();
            if (s.Scores.Length < size) (s.Scores, s.Sums, s.Counts) = (new double[size], new float[size], new int[size]);
            return s;
        }

        public void Add(int doc, double score)
        {
            if (Scores[doc] == 0) Touched.Add(doc);
            Scores[doc] += score;
        }

        public void Reset()
        {
            foreach (var doc in Touched) Scores[doc] = 0;
            Touched.Clear();
        }
    }
}
