namespace OneStop.Catalog.Search;

/// <summary>
/// 同义词表: what citizens say → the catalog's own terms ("开饭店 = 食品经营许可, 餐饮"). Parsed from plain text so
/// catalog administrators can edit it without a release.
/// </summary>
public sealed class SynonymList
{
    private readonly IReadOnlyList<(string Phrase, IReadOnlyList<string> Terms)> _entries;

    private SynonymList(IReadOnlyList<(string, IReadOnlyList<string>)> entries) => _entries = entries;

    public int Count => _entries.Count;

    public static SynonymList Parse(string text)
    {
        var entries = new List<(string, IReadOnlyList<string>)>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var parts = line.Split('=', 2);
            if (parts.Length != 2) continue;
            var phrase = TextNormalizer.Normalize(parts[0]);
            var terms = parts[1].Split([',', '，', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(TextNormalizer.Normalize).Where(t => t.Length > 0).ToList();
            if (phrase.Length > 0 && terms.Count > 0) entries.Add((phrase, terms));
        }
        return new SynonymList(entries);
    }

    public static SynonymList Default { get; } = Parse(DefaultText());

    public static string DefaultText()
    {
        using var stream = typeof(SynonymList).Assembly.GetManifestResourceStream("synonyms.txt")
            ?? throw new InvalidOperationException("synonyms.txt is not embedded");
        return new StreamReader(stream).ReadToEnd();
    }

    /// <summary>The catalog terms a normalised query stands for, through every phrase it contains.</summary>
    public IReadOnlyList<string> Expand(string normalizedQuery) =>
        _entries.Where(e => normalizedQuery.Contains(e.Phrase, StringComparison.Ordinal)).SelectMany(e => e.Terms).Distinct().ToList();
}
