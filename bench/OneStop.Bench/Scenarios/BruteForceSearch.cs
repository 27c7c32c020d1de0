using OneStop.Catalog.Search;

namespace OneStop.Bench.Scenarios;

/// <summary>
/// The baseline a first search usually is: scan every item for the query, or any synonym it stands for, as a
/// substring of the name, department or a material, and list the matches by name.
/// </summary>
internal sealed class BruteForceSearch(IReadOnlyList<SearchDocument> docs, SynonymList synonyms)
{
    public const int PageSize = 20;

    private readonly (SearchDocument Doc, string Name, string Department, string[] Materials)[] _texts = docs
        .Select(doc => (doc, TextNormalizer.Normalize(doc.Name), TextNormalizer.Normalize(doc.Department),
            doc.Materials.Select(TextNormalizer.Normalize).ToArray()))
        .ToArray();

    /// <summary>The query and the catalog terms it expands to, normalised: what the scan looks for.</summary>
    public string[] Needles(string query)
    {
        var normalized = TextNormalizer.Normalize(query);
        return [normalized, .. synonyms.Expand(normalized).Where(term => term != normalized)];
    }

    public List<SearchDocument> Search(string query)
    {
        var needles = Needles(query);
        return _texts
            .Where(text => needles.Any(needle => Contains(text.Name, needle) || Contains(text.Department, needle)
                || text.Materials.Any(material => Contains(material, needle))))
            .Select(text => text.Doc)
            .OrderBy(doc => doc.Name, StringComparer.Ordinal).ThenBy(doc => doc.Id)
            .Take(PageSize)
            .ToList();
    }

    /// <summary>The items whose name holds a needle: those the index must find too.</summary>
    public HashSet<long> NameMatches(string query)
    {
        var needles = Needles(query);
        return _texts.Where(text => needles.Any(needle => Contains(text.Name, needle))).Select(text => text.Doc.Id).ToHashSet();
    }

    private static bool Contains(string text, string needle) => text.Contains(needle, StringComparison.Ordinal);
}
