namespace OneStop.Catalog.Search;

/// <summary>
/// Relevance search over a catalog held in memory. An inverted index of character pairs (and single characters for
/// one-character queries, and Latin words) records the fields each occurs in. A document scores BM25-style: each
/// query token it holds adds the token's rarity (inverse document frequency) times the weight of the best field it
/// is in (name ≫ sub-name &gt; keywords &gt; department &gt; materials &gt; conditions and FAQ), saturated by the length of
/// the name, so short names that hold the rare words win. A document holding only some of the tokens ranks lower
/// but is never dropped; holding them all, and the name containing, starting with or being the query, earn bonuses.
/// Queries are widened through the synonym list (开饭店 → 食品经营许可) and implementation-code prefixes are looked up
/// directly. Immutable once built: any number of threads may search at once.
/// </summary>
public sealed class CatalogSearchIndex
{
    /// <summary>Longer (normalised) queries are pasted text rather than something to look up: they find nothing.</summary>
    public const int MaxQueryLength = 100;

    private const double FullCoverageBonus = 5, NameExactBonus = 30, NamePrefixBonus = 20, NameContainsBonus = 15;
    private const double Scale = 10, K1 = 1.2, B = 0.75;
    private const double SubNameContainsBonus = 8, CodeExactScore = 200, CodePrefixScore = 100;
    private const int MinCodePrefix = 4;

    private readonly SearchDocument[] _docs;
    private readonly string[] _names;
    private readonly string[] _subNames;
    private readonly Dictionary<uint, Postings> _grams;
    private readonly Dictionary<string, Postings> _words;
    private readonly CodePrefixIndex _codes;
    private readonly float[] _nameNorm;

    private CatalogSearchIndex(SearchDocument[] docs, string[] names, string[] subNames, SearchIndexBuilder built,
        SynonymList synonyms)
    {
        (_docs, _names, _subNames, Synonyms) = (docs, names, subNames, synonyms);
        _grams = built.Grams();
        _words = built.Words();
        _codes = new CodePrefixIndex(docs.Select(doc => TextNormalizer.Normalize(doc.Code)).ToArray());
        // BM25's length normalisation over the name: one token of a short name says more than one of a long name.
        var average = names.Length == 0 ? 1 : names.Average(name => Math.Max(1, name.Length - 1));
        _nameNorm = names.Select(name => (float)((K1 + 1) / (1 + K1 * (1 - B + B * Math.Max(1, name.Length - 1) / average)))).ToArray();
    }

    public int Count => _docs.Length;

    public SynonymList Synonyms { get; }

    public static CatalogSearchIndex Build(IEnumerable<SearchDocument> documents, SynonymList synonyms)
    {
        // Index order is name-then-id order, so equal scores fall back to it without comparing strings per query.
        var docs = documents.OrderBy(doc => doc.Name, StringComparer.Ordinal).ThenBy(doc => doc.Id).ToArray();
        var names = docs.Select(doc => TextNormalizer.Normalize(doc.Name)).ToArray();
        var subNames = docs.Select(doc => TextNormalizer.Normalize(doc.SubName)).ToArray();
        var builder = new SearchIndexBuilder();
        for (var i = 0; i < docs.Length; i++)
        {
            builder.Add(i, docs[i], names[i], subNames[i]);
        }
        return new CatalogSearchIndex(docs, names, subNames, builder, synonyms);
    }

    /// <summary>The matching documents, best first (ties by name, then id); <paramref name="filter"/> narrows them.</summary>
    public SearchResult Search(string? query, int skip, int take, Func<SearchDocument, bool>? filter = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        ArgumentOutOfRangeException.ThrowIfNegative(take);
        // Checked before normalising too, so a pasted page costs nothing.
        if (string.IsNullOrEmpty(query) || query.Length > 4 * MaxQueryLength)
        {
            return SearchResult.Empty;
        }
        var normalized = TextNormalizer.Normalize(query);
        if (normalized.Length is 0 or > MaxQueryLength)
        {
            return SearchResult.Empty;
        }
        var scratch = ScoreScratch.Rent(_docs.Length);
        try
        {
            foreach (var clause in QueryClauses.For(normalized, Synonyms))
            {
                Score(clause, scratch);
            }
            ScoreCode(normalized, scratch);
            var keep = (int)Math.Min((long)skip + take, int.MaxValue);
            var (total, best) = TopHits.Select(scratch, keep, filter is null ? null : doc => filter(_docs[doc]));
            return new SearchResult(total,
                best.Skip(skip).Select(hit => new SearchHit(_docs[hit.Doc], Math.Round(hit.Score, 3))).ToList());
        }
        finally
        {
            scratch.Return();
        }
    }

    /// <summary>
    /// Like <see cref="Search"/>, but one entry per item meant (<see cref="SearchGroups"/>). Every hit is grouped:
    /// the total is the number of groups, and a catalog held in memory is small enough for that.
    /// </summary>
    public GroupedSearchResult SearchGrouped(string? query, int skip, int take, string? ownRegion,
        Func<SearchDocument, bool>? filter = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        ArgumentOutOfRangeException.ThrowIfNegative(take);
        var groups = SearchGroups.Collapse(Search(query, 0, int.MaxValue, filter).Hits, ownRegion);
        return new GroupedSearchResult(groups.Count, groups.Skip(skip).Take(take).ToList());
    }

    /// <summary>
    /// Names to suggest when a search finds little: the names sharing the most rare single characters with the query
    /// (狗证 → 犬只登记证), whatever their order, one per name.
    /// </summary>
    public IReadOnlyList<string> NearestNames(string? query, int count)
    {
        var normalized = TextNormalizer.Normalize(QueryFillers.Strip(TextNormalizer.Normalize(query)));
        if (normalized.Length is 0 or > MaxQueryLength || count <= 0)
        {
            return [];
        }
        var scores = new Dictionary<int, double>();
        var shared = new Dictionary<int, int>();
        var characters = normalized.Distinct().ToList();
        // A name sharing one common character (证, 办) with the query is noise, not a suggestion.
        var needed = characters.Count < 2 ? 1 : Math.Max(2, (characters.Count + 1) / 2);
        foreach (var c in characters)
        {
            if (_grams.GetValueOrDefault(c) is not { } postings)
            {
                continue;
            }
            var idf = Idf(postings.Docs.Length);
            for (var i = 0; i < postings.Docs.Length; i++)
            {
                if ((postings.Fields[i] & (byte)SearchField.Name) != 0)
                {
                    scores[postings.Docs[i]] = scores.GetValueOrDefault(postings.Docs[i]) + idf * _nameNorm[postings.Docs[i]];
                    shared[postings.Docs[i]] = shared.GetValueOrDefault(postings.Docs[i]) + 1;
                }
            }
        }
        return scores.Where(pair => shared[pair.Key] >= needed).OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key)
            .Select(pair => _docs[pair.Key].Name).Distinct(StringComparer.Ordinal).Take(count).ToList();
    }

    private void Score(QueryClause clause, ScoreScratch scratch)
    {
        var (grams, words) = SearchTokens.OfQuery(clause.Text);
        var tokens = grams.Count + words.Count;
        if (tokens == 0 || tokens > ScoreScratch.MaxTokens)
        {
            return;
        }
        var possible = 0.0;
        foreach (var gram in grams)
        {
            possible += Accumulate(_grams.GetValueOrDefault(gram), scratch);
        }
        foreach (var word in words)
        {
            possible += Accumulate(_words.GetValueOrDefault(word), scratch);
        }
        // Tokens found nowhere still count in "possible" at the highest rarity: a query that is mostly unknown words
        // matches everything weakly.
        possible += (tokens - grams.Count(g => _grams.ContainsKey(g)) - words.Count(w => _words.ContainsKey(w))) * Idf(1);
        foreach (var doc in scratch.ClauseDocs)
        {
            var (sum, matched, inName, inSubName) = scratch.TakeClause(doc);
            // Relative to what a document holding every token in its name would get, so that clauses (the query, its
            // synonym rewrites) are comparable; times the share of tokens held, so two rare pairs of a long name do
            // not outweigh all of the query in a material.
            var score = Scale * sum / possible * matched / tokens;
            if (matched == tokens)
            {
                score += FullCoverageBonus + PhraseBonus(doc, clause.Text, inName == tokens, inSubName == tokens);
            }
            scratch.Add(doc, clause.Weight * score);
        }
        scratch.ClauseDocs.Clear();
    }

    private double Idf(int documentFrequency) =>
        Math.Log(1 + (_docs.Length - documentFrequency + 0.5) / (documentFrequency + 0.5));

    /// <summary>Adds the token's share to every document holding it; returns its rarity.</summary>
    private double Accumulate(Postings? postings, ScoreScratch scratch)
    {
        if (postings is null)
        {
            return 0;
        }
        var (docs, fields) = (postings.Docs, postings.Fields);
        var idf = Idf(docs.Length);
        for (var i = 0; i < docs.Length; i++)
        {
            var doc = docs[i];
            var weight = SearchFieldWeights.Of(fields[i]);
            if ((fields[i] & (byte)SearchField.Name) != 0)
            {
                weight *= _nameNorm[doc];
            }
            scratch.Accumulate(doc, fields[i], (float)(idf * weight));
        }
        return idf;
    }

    /// <summary>Pairs in the right fields need not be adjacent; the string test runs only when they all are there.</summary>
    private double PhraseBonus(int doc, string text, bool allInName, bool allInSubName)
    {
        if (allInName)
        {
            var at = _names[doc].IndexOf(text, StringComparison.Ordinal);
            if (at == 0)
            {
                return _names[doc].Length == text.Length ? NameExactBonus : NamePrefixBonus;
            }
            if (at > 0)
            {
                return NameContainsBonus;
            }
        }
        return allInSubName && _subNames[doc].Contains(text, StringComparison.Ordinal) ? SubNameContainsBonus : 0;
    }

    private void ScoreCode(string normalized, ScoreScratch scratch)
    {
        if (normalized.Length < MinCodePrefix || !normalized.All(char.IsAsciiLetterOrDigit))
        {
            return;
        }
        foreach (var (doc, exact) in _codes.StartingWith(normalized))
        {
            scratch.Add(doc, exact ? CodeExactScore : CodePrefixScore);
        }
    }
}
