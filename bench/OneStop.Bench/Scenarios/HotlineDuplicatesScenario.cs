using System.Diagnostics;
using System.Globalization;
using OneStop.Hotline.Duplicates;
using OneStop.Tests.Hotline.Duplicates;

namespace OneStop.Bench.Scenarios;

/// <summary>
/// hotline-duplicates (issue 9, Proof b): duplicate proposals at intake against 1,000,000 generated historical requests
/// (<see cref="GeneratedRequests"/>). Planted duplicates (a record retold by another resident) and fresh requests come
/// in; for each the index proposes (p50/p99 latency, recall of the planted matter, precision of "same" proposals);
/// a naive scan (SameMatterRule over every record) answers a few of the same queries in the same run. Then the
/// labelled pairs: precision/recall/F1 of the rule on the report half, against a character-pair cosine baseline.
/// Options (through RunAsync): --records N, --queries N, --naive N.
/// </summary>
internal sealed class HotlineDuplicatesScenario : IScenario
{
    private const int Seed = 20261201;
    private const double TargetP99Milliseconds = 50;

    private readonly int _records;
    private readonly int _queries;
    private readonly int _naive;

    /// <summary>How many wrong "same" proposals to print (to stderr) for inspection; 0 in normal runs.</summary>
    public int Show { get; init; }

    public HotlineDuplicatesScenario(int records = 1_000_000, int queries = 1000, int naive = 20)
    {
        _records = records;
        _queries = queries;
        _naive = naive;
    }

    public string Name => "hotline-duplicates";

    public static Task<int> RunAsync(string[] args)
    {
        int Option(string name, int fallback)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
        }
        var scenario = new HotlineDuplicatesScenario(Option("--records", 1_000_000), Option("--queries", 1000), Option("--naive", 20)) { Show = Option("--show", 0) };
        var report = new BenchReport(scenario.Name);
        scenario.Run(report);
        Console.WriteLine(report);
        return Task.FromResult(report.Failed ? 1 : 0);
    }

    public void Run(BenchReport report)
    {
        LabelledPairsFigures(report);
        var root = Environment.GetEnvironmentVariable("ONESTOP_SHARED_DATA") ?? Path.Combine("..", "shared", "data");
        if (!Directory.Exists(Path.Combine(root, "hotline-appeals-cn")))
        {
            report.Note($"index skipped: {root}/hotline-appeals-cn not found (set ONESTOP_SHARED_DATA)");
            return;
        }
        var data = GeneratedRequests.Create(GeneratedRequests.ReadBases(root), _records, Seed);
        var index = new DuplicateIndex();
        var build = Stopwatch.StartNew();
        Parallel.For(0, data.Records.Length, i => index.Add(data.Record(i)));
        build.Stop();
        report.Figure("records", index.Count);
        report.Milliseconds("build", build.Elapsed);
        var finder = new DuplicateFinder(index);

        var queries = Queries(data);
        var truth = Truth(data);
        foreach (var (q, _) in queries.Take(50)) finder.Propose(q, 5); // warm-up: JIT and caches
        var latencies = new List<double>();
        var cpu = new List<double>();
        int shown = 0, withTruth = 0, found = 0, foundSame = 0, sameProposals = 0, correctSame = 0;
        var results = new List<IReadOnlyList<DuplicateProposal>>();
        foreach (var (q, target) in queries)
        {
            var started = Stopwatch.GetTimestamp();
            var cpuStarted = ThreadCpu.Now();
            var proposals = finder.Propose(q, 5);
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (ThreadCpu.Now() is { } cpuEnded && cpuStarted is { } cpuBegan) cpu.Add((cpuEnded - cpuBegan) / 1e6);
            results.Add(proposals);
            var expected = truth(q, target);
            if (expected.Count > 0)
            {
                withTruth++;
                if (proposals.Any(p => expected.Contains(GeneratedRequests.IndexOf(p.TicketId)))) found++;
                if (proposals.Any(p => p.SameMatter && expected.Contains(GeneratedRequests.IndexOf(p.TicketId)))) foundSame++;
            }
            foreach (var p in proposals.Where(p => p.SameMatter))
            {
                sameProposals++;
                if (expected.Contains(GeneratedRequests.IndexOf(p.TicketId))) correctSame++;
                else if (shown++ < Show)
                    Console.Error.WriteLine($"{p.Score:F2} {q.Text}\n  = {data.Record(GeneratedRequests.IndexOf(p.TicketId)).Text}\n  {string.Join("；", p.Reasons)}");
            }
        }
        latencies.Sort();
        report.Figure("queries", queries.Count);
        report.Figure("planted", withTruth);
        Percent(report, "p50", latencies[latencies.Count / 2]);
        var p99 = latencies[(int)Math.Ceiling(latencies.Count * 0.99) - 1];
        Percent(report, "p99", p99);
        double? cpuP99 = null;
        if (cpu.Count > 0)
        {
            // The same queries in CPU time of the querying thread: the cost without the other processes' share.
            cpu.Sort();
            Percent(report, "cpu-p50", cpu[cpu.Count / 2]);
            cpuP99 = cpu[(int)Math.Ceiling(cpu.Count * 0.99) - 1];
            Percent(report, "cpu-p99", cpuP99.Value);
        }
        Ratio(report, "recall-proposed", found, withTruth);
        Ratio(report, "recall-same", foundSame, withTruth);
        Ratio(report, "precision-same", correctSame, sameProposals);
        Naive(report, index, queries, results, truth);
        if (File.Exists("/proc/loadavg")) report.Note("load=" + File.ReadAllText("/proc/loadavg").Split(' ')[0]);
        // Judged on the querying thread's CPU time where known: on a shared machine the wall clock measures the others.
        var judged = cpuP99 ?? p99;
        if (judged > TargetP99Milliseconds && _records >= 1_000_000) report.Fail($"p99 {judged:F1} ms above {TargetP99Milliseconds} ms");
    }

    /// <summary>Half planted (a record retold), half fresh (a random base text at a random site and time).</summary>
    private List<(MatterRecord Query, int Target)> Queries(GeneratedRequests data)
    {
        var random = new Random(Seed + 1);
        var queries = new List<(MatterRecord, int)>();
        for (var i = 0; i < _queries; i++)
        {
            var target = random.Next(data.Records.Length);
            var id = new Guid(-1 - i, 0, 0, new byte[8]);
            if (i % 2 == 0) queries.Add((data.Retold(target, random, id), target));
            else
            {
                var fresh = GeneratedRequests.Create(data.Bases, 1, Seed + 2 + i).Records[0];
                var stand = new GeneratedRequests { Bases = data.Bases, Records = [fresh] };
                queries.Add((stand.Retold(0, random, id), -1));
            }
        }
        return queries;
    }

    /// <summary>
    /// The records that are truly the same matter as a query: the same base text at the same district and site within
    /// the rule's window (the planted target and any earlier telling of it), by construction of the data.
    /// </summary>
    private static Func<MatterRecord, int, HashSet<int>> Truth(GeneratedRequests data)
    {
        var byMatter = new Dictionary<(int, byte, short), List<int>>();
        for (var i = 0; i < data.Records.Length; i++)
        {
            var d = data.Records[i];
            var key = (d.Base, d.District, d.Site);
            if (!byMatter.TryGetValue(key, out var list)) byMatter[key] = list = [];
            list.Add(i);
        }
        return (query, target) =>
        {
            var result = new HashSet<int>();
            if (target < 0) return result; // fresh requests: a random (base, site) pair; counted as unplanted
            var d = data.Records[target];
            foreach (var i in byMatter[(d.Base, d.District, d.Site)])
                if (Math.Abs((data.TimeOf(data.Records[i]) - query.ReceivedAt).TotalDays) <= SameMatterRule.Window.TotalDays) result.Add(i);
            return result;
        };
    }

    /// <summary>The naive scan: the rule over every record, on the first queries; what the index missed of it.</summary>
    private void Naive(BenchReport report, DuplicateIndex index, List<(MatterRecord Query, int Target)> queries,
        List<IReadOnlyList<DuplicateProposal>> indexed, Func<MatterRecord, int, HashSet<int>> truth)
    {
        var all = index.Snapshot();
        var elapsed = new List<double>();
        int agreed = 0, naiveSame = 0, naiveFound = 0, planted = 0;
        for (var i = 0; i < Math.Min(_naive, queries.Count); i++)
        {
            var q = index.Features(queries[i].Query);
            var started = Stopwatch.GetTimestamp();
            var best = all.Select(m => (m, s: SameMatterRule.Score(q, m))).Where(x => x.s >= DuplicateFinder.ProposalThreshold)
                .OrderByDescending(x => x.s).Take(5).ToList();
            elapsed.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            var expected = truth(queries[i].Query, queries[i].Target);
            if (expected.Count > 0)
            {
                planted++;
                if (best.Any(x => x.s >= SameMatterRule.Threshold && expected.Contains(GeneratedRequests.IndexOf(x.m.TicketId)))) naiveFound++;
            }
            naiveSame += best.Count(x => x.s >= SameMatterRule.Threshold);
            // The index agrees when it proposes the naive scan's best (or neither proposes anything).
            if (best.Count == 0 ? indexed[i].Count == 0 : indexed[i].Any(p => p.TicketId == best[0].m.TicketId)) agreed++;
        }
        elapsed.Sort();
        report.Figure("naive-queries", elapsed.Count);
        Percent(report, "naive-p50", elapsed[elapsed.Count / 2]);
        Ratio(report, "naive-recall-same", naiveFound, planted);
        Ratio(report, "index-agrees-with-naive", agreed, elapsed.Count);
    }

    private static void LabelledPairsFigures(BenchReport report)
    {
        var matters = LabelledPairs.LoadMatters(LabelledPairs.MattersPath(Directory.GetCurrentDirectory()));
        var tune = LabelledPairs.Build(matters, tuneHalf: true);
        var reported = LabelledPairs.Build(matters, tuneHalf: false);
        report.Note("pairs-report-rule: " + LabelledPairs.ScoreRule(reported));
        // The cosine baseline at the threshold best on the tune half (chosen there, applied to the report half).
        var threshold = new[] { 0.1, 0.15, 0.2, 0.25, 0.3 }.MaxBy(t => LabelledPairs.ScoreCosine(tune, t).F1);
        report.Note(string.Create(CultureInfo.InvariantCulture, $"pairs-report-cosine@{threshold}: ") + LabelledPairs.ScoreCosine(reported, threshold));
        report.Note("pairs-tune-rule: " + LabelledPairs.ScoreRule(tune));
    }

    private static void Percent(BenchReport report, string name, double ms) =>
        report.Note(string.Create(CultureInfo.InvariantCulture, $"{name}={ms:F2}ms"));

    private static void Ratio(BenchReport report, string name, int part, int whole) =>
        report.Note(string.Create(CultureInfo.InvariantCulture, $"{name}={(whole == 0 ? 0 : (double)part / whole):F3} ({part}/{whole})"));
}
