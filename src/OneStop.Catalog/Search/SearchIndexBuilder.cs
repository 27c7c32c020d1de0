namespace OneStop.Catalog.Search;

/// <summary>Builds the postings of <see cref="CatalogSearchIndex"/>: for every token, the documents and fields holding it.</summary>
internal sealed class SearchIndexBuilder
{
    private readonly Dictionary<uint, PostingsBuilder> _grams = [];
    private readonly Dictionary<string, PostingsBuilder> _words = new(StringComparer.Ordinal);

    // Reused for every document: the fields each of its tokens occurs in.
    private readonly Dictionary<uint, byte> _docGrams = [];
    private readonly Dictionary<string, byte> _docWords = new(StringComparer.Ordinal);

    public void Add(int doc, SearchDocument document, string normalizedName, string normalizedSubName)
    {
        _docGrams.Clear();
        _docWords.Clear();
        AddField(normalizedName, SearchField.Name, withSingleCharacters: true);
        AddField(normalizedSubName, SearchField.SubName, withSingleCharacters: true);
        foreach (var keyword in document.Keywords)
        {
            AddField(TextNormalizer.Normalize(keyword), SearchField.Keywords, withSingleCharacters: true);
        }
        AddField(TextNormalizer.Normalize(document.Department), SearchField.Department, withSingleCharacters: true);
        foreach (var material in document.Materials)
        {
            AddField(TextNormalizer.Normalize(material), SearchField.Materials, withSingleCharacters: false);
        }
        foreach (var text in document.Texts)
        {
            AddField(TextNormalizer.Normalize(text), SearchField.Texts, withSingleCharacters: false);
        }
        foreach (var (gram, fields) in _docGrams)
        {
            Postings(_grams, gram).Add(doc, fields);
        }
        foreach (var (word, fields) in _docWords)
        {
            Postings(_words, word).Add(doc, fields);
        }
    }

    public Dictionary<uint, Postings> Grams() => _grams.ToDictionary(pair => pair.Key, pair => pair.Value.ToPostings());

    public Dictionary<string, Postings> Words() =>
        _words.ToDictionary(pair => pair.Key, pair => pair.Value.ToPostings(), StringComparer.Ordinal);

    private void AddField(string normalized, SearchField field, bool withSingleCharacters) =>
        SearchTokens.AddTo(normalized, field, withSingleCharacters, _docGrams, _docWords);

    private static PostingsBuilder Postings<TKey>(Dictionary<TKey, PostingsBuilder> postings, TKey token) where TKey : notnull
    {
        if (!postings.TryGetValue(token, out var builder))
        {
            postings[token] = builder = new PostingsBuilder();
        }
        return builder;
    }
}
