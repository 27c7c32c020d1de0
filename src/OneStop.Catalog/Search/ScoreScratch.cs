namespace OneStop.Catalog.Search;

/// <summary>
/// Per-thread working arrays indexed by document, so a query allocates nothing in proportion to the catalog; only the
/// entries a query touched are cleared afterwards. The index itself stays immutable and shared.
/// </summary>
internal sealed class ScoreScratch
{
    private const int CountBits = 10, CountMask = (1 << CountBits) - 1;

    [ThreadStatic]
    private static ScoreScratch? _idle;

    private float[] _sums = [];
    private int[] _counts = [];
    private double[] _scores = [];

    public List<int> ClauseDocs { get; } = [];

    public List<int> ScoredDocs { get; } = [];

    /// <summary>Tokens per clause stay below 2^10, so three counts share one int.</summary>
    public static int MaxTokens => CountMask;

    /// <summary>Takes this thread's scratch; a nested search (from a filter callback) gets its own.</summary>
    public static ScoreScratch Rent(int size)
    {
        var scratch = _idle ?? new ScoreScratch();
        _idle = null;
        if (scratch._scores.Length < size)
        {
            (scratch._sums, scratch._counts, scratch._scores) = (new float[size], new int[size], new double[size]);
        }
        return scratch;
    }

    /// <summary>Clears what the query touched, including a clause cut short by an exception, and hands it back.</summary>
    public void Return()
    {
        foreach (var doc in ScoredDocs)
        {
            _scores[doc] = 0;
        }
        foreach (var doc in ClauseDocs)
        {
            (_sums[doc], _counts[doc]) = (0, 0);
        }
        ScoredDocs.Clear();
        ClauseDocs.Clear();
        _idle = this;
    }

    public void Accumulate(int doc, byte fields, float value)
    {
        if (_counts[doc] == 0)
        {
            ClauseDocs.Add(doc);
        }
        _sums[doc] += value;
        _counts[doc] += 1
            | ((fields & (byte)SearchField.Name) != 0 ? 1 << CountBits : 0)
            | ((fields & (byte)SearchField.SubName) != 0 ? 1 << (2 * CountBits) : 0);
    }

    /// <summary>The clause's figures for one document: score sum, tokens matched, of them in the name / sub-name.</summary>
    public (float Sum, int Matched, int InName, int InSubName) TakeClause(int doc)
    {
        var (sum, counts) = (_sums[doc], _counts[doc]);
        (_sums[doc], _counts[doc]) = (0, 0);
        return (sum, counts & CountMask, (counts >> CountBits) & CountMask, (counts >> (2 * CountBits)) & CountMask);
    }

    public void Add(int doc, double score)
    {
        if (_scores[doc] == 0)
        {
            ScoredDocs.Add(doc);
        }
        _scores[doc] += score;
    }

    public double Score(int doc) => _scores[doc];
}
