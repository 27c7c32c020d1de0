namespace OneStop.Hotline.Knowledge;

/// <summary>
/// How well one published version answers a query: the share of the query's bigrams found in the title (×3), the
/// questions (×2) and the answer (×1), plus 1 when the title contains the whole query. A hit must cover at least
/// half of the query's bigrams somewhere (one of two for very short queries), so a single shared pair such as 办理
/// does not bring in every article.
/// </summary>
internal static class KnowledgeMatch
{
    public static double Score(IReadOnlySet<string> query, string rawQuery, KnowledgeVersion v)
    {
        if (query.Count == 0) return 0;
        var title = KnowledgeText.Grams(v.Title);
        var questions = KnowledgeText.Grams(string.Join("\n", v.Questions));
        var answer = KnowledgeText.Grams(v.Answer);
        int inTitle = 0, inQuestions = 0, inAnswer = 0, anywhere = 0;
        foreach (var g in query)
        {
            var t = title.Contains(g);
            var q = questions.Contains(g);
            var a = answer.Contains(g);
            if (t) inTitle++;
            if (q) inQuestions++;
            if (a) inAnswer++;
            if (t || q || a) anywhere++;
        }
        var needed = query.Count <= 2 ? 1 : (query.Count + 1) / 2;
        if (anywhere < needed) return 0;
        double n = query.Count;
        var whole = rawQuery.Trim().Length >= 2 && v.Title.Contains(rawQuery.Trim(), StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        return 3 * inTitle / n + 2 * inQuestions / n + inAnswer / n + whole;
    }
}
