namespace OneStop.Catalog.Search;

/// <summary>One text the index scores documents against, and how much its matches count.</summary>
internal readonly record struct QueryClause(string Text, double Weight);

/// <summary>
/// Turns a query into the texts to search: the query with and without filler words, and for each synonym it
/// contains the query with the saying replaced by each catalog term (市场监管局营业执照 → 市场监督管理局营业执照) and the
/// term on its own. The term on its own counts for less the less of the query the saying makes up, so in
/// 身份证复印件 the items requiring that copy stay ahead of the 居民身份证 items.
/// </summary>
internal static class QueryClauses
{
    private const double SynonymWeight = 0.9;
    private const int MaxClauses = 32;

    public static List<QueryClause> For(string normalized, SynonymList synonyms)
    {
        var query = QueryFillers.Strip(normalized);
        var clauses = new List<QueryClause>();
        Add(clauses, query, 1.0);
        // The words as typed still count: some names do start with 办理 or contain 什么.
        Add(clauses, normalized, 1.0);
        foreach (var entry in synonyms.Matches(query))
        {
            var share = Math.Min(1.0, (double)entry.Phrase.Length / query.Length);
            foreach (var term in entry.Terms.Where(term => !query.Contains(term, StringComparison.Ordinal)))
            {
                Add(clauses, query.Replace(entry.Phrase, term, StringComparison.Ordinal), SynonymWeight);
                Add(clauses, term, SynonymWeight * share * share * share);
            }
        }
        return clauses;
    }

    private static void Add(List<QueryClause> clauses, string text, double weight)
    {
        var same = clauses.FindIndex(clause => clause.Text == text);
        if (same >= 0)
        {
            clauses[same] = clauses[same] with { Weight = Math.Max(weight, clauses[same].Weight) };
        }
        else if (clauses.Count < MaxClauses)
        {
            clauses.Add(new QueryClause(text, weight));
        }
    }
}
