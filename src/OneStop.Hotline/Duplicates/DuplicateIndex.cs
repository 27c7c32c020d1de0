namespace OneStop.Hotline.Duplicates;

/// <summary>
/// The open matters, in memory, for duplicate proposals at intake (docs/adr/0019). Thread-safe: many agents propose
/// while the ticket feed adds, updates and removes. Records are bucketed by county and by time (8-day buckets), and
/// inside a bucket reachable by each concept and place they name, so a proposal scores only the few hundred records
/// of the same county and month that share something with the incoming request, not the million in the index.
/// The feed: <see cref="Add"/> when a request is registered, <see cref="Update"/> when its text, place or category
/// changes, <see cref="Remove"/> when its ticket is closed, merged into another or withdrawn.
/// </summary>
public sealed class DuplicateIndex(Func<string, string?>? categoryOf = null)
{
    internal const int BucketDays = 8;

    private const int AllRecords = 3, Concept = 0, Place = 1, ObjectConcept = 2;

    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);
    private readonly List<MatterFeatures?> _slots = [];
    private readonly Stack<int> _free = new();
    private readonly Dictionary<Guid, int> _slotOf = [];
    private readonly Dictionary<PostingKey, List<int>> _postings = [];

    internal readonly record struct PostingKey(int County, int Kind, int Token, int Bucket);

    public int Count
    {
        get
        {
            _lock.EnterReadLock();
            try { return _slotOf.Count; }
            finally { _lock.ExitReadLock(); }
        }
    }

    /// <summary>Adds an open matter, or replaces it when its ticket is already in the index.</summary>
    public void Add(MatterRecord record) => Add(MatterFeatures.Of(record, categoryOf));

    public void Update(MatterRecord record) => Add(record);

    internal void Add(MatterFeatures features)
    {
        _lock.EnterWriteLock();
        try
        {
            RemoveLocked(features.TicketId);
            var slot = _free.Count > 0 ? _free.Pop() : _slots.Count;
            if (slot == _slots.Count) _slots.Add(features);
            else _slots[slot] = features;
            _slotOf[features.TicketId] = slot;
            foreach (var key in Keys(features))
            {
                if (!_postings.TryGetValue(key, out var list)) _postings[key] = list = [];
                list.Add(slot);
            }
        }
        finally { _lock.ExitWriteLock(); }
    }

    /// <summary>Takes a matter out (closed, merged, withdrawn); false when it was not in the index.</summary>
    public bool Remove(Guid ticketId)
    {
        _lock.EnterWriteLock();
        try { return RemoveLocked(ticketId); }
        finally { _lock.ExitWriteLock(); }
    }

    internal MatterFeatures Features(MatterRecord record) => MatterFeatures.Of(record, categoryOf);

    /// <summary>
    /// The records of the incoming's county and time window that share a place or a concept with it (all of that
    /// county and window when it names neither), scored by the rule, best first.
    /// </summary>
    internal List<(MatterFeatures Matter, double Score)> Scored(MatterFeatures incoming, double minimum, int candidateLimit)
    {
        var county = CountyOf(incoming.County);
        var at = incoming.ReceivedAt ?? throw new ArgumentException("The incoming matter needs its time.", nameof(incoming));
        var first = Bucket(at - SameMatterRule.Window);
        var last = Bucket(at + TimeSpan.FromDays(1));
        var tokens = QueryTokens(incoming);
        _lock.EnterReadLock();
        try
        {
            var hits = new Dictionary<int, int>();
            for (var bucket = first; bucket <= last; bucket++)
            foreach (var (kind, token, weight) in tokens)
            {
                if (!_postings.TryGetValue(new PostingKey(county, kind, token, bucket), out var list)) continue;
                foreach (var slot in list) hits[slot] = hits.GetValueOrDefault(slot) + weight;
            }
            IEnumerable<int> candidates = hits.Count > candidateLimit ? Strongest(hits, candidateLimit) : hits.Keys;
            var scored = new List<(MatterFeatures, double)>();
            foreach (var slot in candidates)
            {
                var matter = _slots[slot];
                if (matter is null || matter.TicketId == incoming.TicketId) continue;
                var score = SameMatterRule.Score(incoming, matter);
                if (score >= minimum) scored.Add((matter, score));
            }
            scored.Sort((x, y) => y.Item2.CompareTo(x.Item2));
            return scored;
        }
        finally { _lock.ExitReadLock(); }
    }

    /// <summary>
    /// The candidates sharing the most with the incoming request (a place weighs more than a concept), without sorting
    /// them all: hit weights are small integers, so a histogram finds the cut.
    /// </summary>
    private static IEnumerable<int> Strongest(Dictionary<int, int> hits, int limit)
    {
        var histogram = new int[hits.Values.Max() + 1];
        foreach (var weight in hits.Values) histogram[weight]++;
        var cut = histogram.Length - 1;
        for (var taken = histogram[cut]; cut > 1 && taken + histogram[cut - 1] <= limit; taken += histogram[--cut]) { }
        foreach (var (slot, weight) in hits)
            if (weight >= cut) yield return slot;
    }

    /// <summary>Every record (for the benchmark's naive scan and for tests); a copy taken under the lock.</summary>
    internal List<MatterFeatures> Snapshot()
    {
        _lock.EnterReadLock();
        try { return [.. _slots.OfType<MatterFeatures>()]; }
        finally { _lock.ExitReadLock(); }
    }

    private bool RemoveLocked(Guid ticketId)
    {
        if (!_slotOf.Remove(ticketId, out var slot)) return false;
        var features = _slots[slot]!;
        foreach (var key in Keys(features))
        {
            if (!_postings.TryGetValue(key, out var list)) continue;
            list.Remove(slot);
            if (list.Count == 0) _postings.Remove(key);
        }
        _slots[slot] = null;
        _free.Push(slot);
        return true;
    }

    private static IEnumerable<PostingKey> Keys(MatterFeatures f)
    {
        var county = CountyOf(f.County);
        var bucket = Bucket(f.ReceivedAt ?? throw new ArgumentException("An indexed matter needs its time.", nameof(f)));
        yield return new PostingKey(county, AllRecords, 0, bucket);
        foreach (var c in f.Aspects) yield return new PostingKey(county, Concept, c, bucket);
        foreach (var c in f.Objects) yield return new PostingKey(county, ObjectConcept, c, bucket);
        foreach (var p in f.Places) yield return new PostingKey(county, Place, p.Text.GetHashCode(StringComparison.Ordinal), bucket);
    }

    /// <summary>What the incoming request is looked up by: its places (strongest), its aspects, else its objects, else all.</summary>
    private static List<(int Kind, int Token, int Weight)> QueryTokens(MatterFeatures f)
    {
        var tokens = new List<(int, int, int)>();
        foreach (var p in f.Places) tokens.Add((Place, p.Text.GetHashCode(StringComparison.Ordinal), 6));
        foreach (var c in f.Aspects) tokens.Add((Concept, c, 2));
        if (f.Aspects.Length == 0)
            foreach (var c in f.Objects) tokens.Add((ObjectConcept, c, 1));
        if (tokens.Count == 0) tokens.Add((AllRecords, 0, 1));
        return tokens;
    }

    private static int CountyOf(string county) => county.Length == 6 && int.TryParse(county, out var c) ? c : 0;

    private static int Bucket(DateTimeOffset at) => (int)(at.UtcTicks / TimeSpan.TicksPerDay / BucketDays);
}
