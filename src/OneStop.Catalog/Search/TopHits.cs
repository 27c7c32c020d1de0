namespace OneStop.Catalog.Search;

/// <summary>
/// Picks the best <c>keep</c> documents with a small heap instead of sorting every match. Better means a higher score,
/// then a lower index; documents are indexed in name-then-id order, so ties come out by name then id.
/// </summary>
internal static class TopHits
{
    private static readonly Comparer<(double Score, int Doc)> WorstFirst = Comparer<(double Score, int Doc)>.Create(
        (a, b) => a.Score != b.Score ? a.Score.CompareTo(b.Score) : b.Doc.CompareTo(a.Doc));

    public static (int Total, List<(double Score, int Doc)> Best) Select(ScoreScratch scratch, int keep,
        Func<int, bool>? accept)
    {
        var heap = new PriorityQueue<int, (double Score, int Doc)>(WorstFirst);
        var total = 0;
        foreach (var doc in scratch.ScoredDocs)
        {
            if (accept is not null && !accept(doc))
            {
                continue;
            }
            total++;
            var candidate = (scratch.Score(doc), doc);
            if (heap.Count < keep)
            {
                heap.Enqueue(doc, candidate);
            }
            else if (keep > 0 && heap.TryPeek(out _, out var worst) && WorstFirst.Compare(candidate, worst) > 0)
            {
                heap.EnqueueDequeue(doc, candidate);
            }
        }
        var best = new List<(double Score, int Doc)>(heap.Count);
        while (heap.TryDequeue(out _, out var entry))
        {
            best.Add(entry);
        }
        best.Reverse();
        return (total, best);
    }
}
