namespace OneStop.Catalog.Search;

/// <summary>One thing citizens say and the catalog terms it stands for, both normalised.</summary>
public sealed record SynonymEntry(string Phrase, IReadOnlyList<string> Terms);

/// <summary>
/// 同义词表: what citizens say → the catalog's own terms, one rule a line: <c>开饭店 = 食品经营许可, 餐饮</c>. Several
/// sayings may share a line (<c>开饭店, 开餐馆 = …</c>); <c>#</c> starts a comment. Plain text, so catalog
/// administrators can edit it without a release.
/// </summary>
public sealed class SynonymList
{
    private static readonly char[] Separators = [',', '，', '、', ';', '；'];

    private SynonymList(IReadOnlyList<SynonymEntry> entries, IReadOnlyList<int> rejectedLines) =>
        (Entries, RejectedLines) = (entries, rejectedLines);

    public static SynonymList Empty { get; } = new([], []);

    public IReadOnlyList<SynonymEntry> Entries { get; }

    public int Count => Entries.Count;

    /// <summary>1-based numbers of lines that are neither blank, a comment nor a rule, for the editor to point at.</summary>
    public IReadOnlyList<int> RejectedLines { get; }

    public static SynonymList Parse(string text)
    {
        var terms = new Dictionary<string, List<string>>();
        var rejected = new List<int>();
        var lines = text.Split('\n');
        for (var number = 1; number <= lines.Length; number++)
        {
            var line = lines[number - 1].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var sides = line.Split(['=', '＝'], 2);
            var phrases = sides.Length == 2 ? Items(sides[0]) : [];
            var targets = sides.Length == 2 ? Items(sides[1]) : [];
            if (phrases.Count == 0 || targets.Count == 0)
            {
                rejected.Add(number);
                continue;
            }
            foreach (var phrase in phrases)
            {
                // A saying listed twice keeps the terms of both lines, in the order written.
                var known = terms.TryGetValue(phrase, out var list) ? list : terms[phrase] = [];
                known.AddRange(targets.Where(target => !known.Contains(target)));
            }
        }
        return new SynonymList([.. terms.Select(pair => new SynonymEntry(pair.Key, pair.Value))], rejected);
    }

    /// <summary>
    /// The rules whose saying occurs in the normalised query. A saying inside a longer matched saying is dropped, so
    /// 营业执照注销 is read as itself, not also as 营业执照; so is a saying the query only holds as part of one of the
    /// rule's own terms (港澳通行证 in 往来港澳通行证): that citizen already used the catalog's words.
    /// </summary>
    public IReadOnlyList<SynonymEntry> Matches(string normalizedQuery)
    {
        var found = new List<(SynonymEntry Entry, int Start)>();
        foreach (var entry in Entries)
        {
            var start = normalizedQuery.IndexOf(entry.Phrase, StringComparison.Ordinal);
            if (start >= 0 && !entry.Terms.Any(term => term.Length > entry.Phrase.Length
                    && term.Contains(entry.Phrase, StringComparison.Ordinal)
                    && normalizedQuery.Contains(term, StringComparison.Ordinal)))
            {
                found.Add((entry, start));
            }
        }
        return found.Where(match => !found.Any(other => Encloses(other, match))).Select(match => match.Entry).ToList();
    }

    /// <summary>Every catalog term the query stands for, once each.</summary>
    public IReadOnlyList<string> Expand(string normalizedQuery) =>
        Matches(normalizedQuery).SelectMany(entry => entry.Terms).Distinct().ToList();

    private static bool Encloses((SynonymEntry Entry, int Start) outer, (SynonymEntry Entry, int Start) inner) =>
        outer.Entry.Phrase.Length > inner.Entry.Phrase.Length
        && outer.Start <= inner.Start
        && inner.Start + inner.Entry.Phrase.Length <= outer.Start + outer.Entry.Phrase.Length;

    private static List<string> Items(string side) =>
        side.Split(Separators, StringSplitOptions.RemoveEmptyEntries)
            .Select(TextNormalizer.Normalize).Where(item => item.Length > 0).Distinct().ToList();
}
