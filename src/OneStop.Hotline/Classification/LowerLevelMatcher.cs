using OneStop.Hotline.Taxonomy;

namespace OneStop.Hotline.Classification;

/// <summary>
/// Finds the likely 二级 and 三级 inside a 一级 category by the taxonomy's own names and the small
/// <see cref="LowerLevelLexicon"/>: too few labelled texts exist below 一级 to train on, and a wrong guess would cost
/// the dispatcher more than no guess, so nothing is proposed when nothing matches.
/// </summary>
internal static class LowerLevelMatcher
{
    private static readonly char[] Joiners = ['和', '与', '及', '、', '“', '”', '/'];

    private static readonly Dictionary<string, string[]> TermsByCode = AppealTaxonomy.All
        .Where(c => c.Level > 1)
        .ToDictionary(c => c.Code, c => Terms(c.Name)
            .Concat(c.Level == 3 && LowerLevelLexicon.Words.TryGetValue(c.Path.Replace(" / ", "/"), out var words) ? words : [])
            .Distinct().ToArray());

    /// <summary>The 二级 and 三级 inside <paramref name="first"/> whose words occur most in the text; nulls when none do.</summary>
    public static (AppealCategory? Second, AppealCategory? Third) Match(AppealCategory first, string text)
    {
        var seconds = AppealTaxonomy.ChildrenOf(first.Code).Select(s => (Node: s, Score: Score(s, text))).ToList();
        var leaves = seconds
            .SelectMany(s => AppealTaxonomy.ChildrenOf(s.Node.Code).Select(l => (Node: l, Score: Score(l, text) * 2 + s.Score)))
            .Where(l => Score(l.Node, text) > 0)
            .OrderByDescending(l => l.Score).ThenBy(l => l.Node.Code, StringComparer.Ordinal)
            .FirstOrDefault();
        if (leaves.Node is not null) return (AppealTaxonomy.Find(leaves.Node.Code[..4]), leaves.Node);
        var second = seconds.Where(s => s.Score > 0).OrderByDescending(s => s.Score).ThenBy(s => s.Node.Code, StringComparer.Ordinal)
            .Select(s => s.Node).FirstOrDefault();
        return (second, null);
    }

    /// <summary>
    /// The words a category name stands for: the name itself and its parts ("勘察设计和施工监管" → 勘察设计, 施工监管);
    /// "其他" stands for nothing.
    /// </summary>
    public static IEnumerable<string> Terms(string name) =>
        new[] { name }.Concat(name.Split(Joiners, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(t => t.Length >= 2 && !t.StartsWith("其他", StringComparison.Ordinal))
            .Distinct();

    private static int Score(AppealCategory node, string text) =>
        TermsByCode[node.Code].Sum(t => Math.Min(KeywordClassifier.Occurrences(text, t), 3) * Math.Min(t.Length, 4));
}
