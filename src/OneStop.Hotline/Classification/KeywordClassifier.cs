using OneStop.Hotline.Taxonomy;

namespace OneStop.Hotline.Classification;

/// <summary>
/// The rule-based 一级 classifier: counts the words of <see cref="CategoryKeywords"/> and the category's own 二级/三级
/// names in the text. It needs no file, so a suggestion never fails; the benchmark measures the model against it.
/// </summary>
internal static class KeywordClassifier
{
    // A longer word is more specific ("拖欠工资" says more than "工资"), so it weighs more.
    private static readonly (AppealCategory Category, (string Word, double Weight)[] Words)[] Lists =
        AppealTaxonomy.FirstLevel.Select(first => (first, WordsOf(first).ToArray())).ToArray();

    /// <summary>Scores of every 一级 category, summing to 1, best first; equal scores when nothing matched.</summary>
    public static IReadOnlyList<ScoredCategory> Score(string text)
    {
        var raw = Lists.Select(l => (l.Category, Score: l.Words.Sum(w => w.Weight * Math.Min(Occurrences(text, w.Word), 3)))).ToList();
        var total = raw.Sum(r => r.Score);
        return raw
            .Select(r => new ScoredCategory(r.Category, total > 0 ? r.Score / total : 1.0 / raw.Count))
            // Ties (nothing matched) keep the taxonomy's order, so the answer is stable.
            .OrderByDescending(s => s.Score).ThenBy(s => s.Category.Code, StringComparer.Ordinal)
            .ToList();
    }

    public static CategorySuggestion Suggest(string text)
    {
        var scores = Score(text);
        var (second, third) = LowerLevelMatcher.Match(scores[0].Category, text);
        return new CategorySuggestion(scores[0].Category, second, third, scores[0].Score, scores.Take(3).ToList(), SuggestionSource.Rules);
    }

    private static IEnumerable<(string, double)> WordsOf(AppealCategory first)
    {
        var words = CategoryKeywords.ByFirstLevel[first.First]
            .Concat(AppealTaxonomy.All.Where(c => c.First == first.First && c.Level > 1).SelectMany(c => LowerLevelMatcher.Terms(c.Name)))
            .Distinct();
        return words.Select(w => (w, Math.Min(w.Length, 4) / 2.0));
    }

    internal static int Occurrences(string text, string word)
    {
        var count = 0;
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
            count++;
        return count;
    }
}
