using System.Diagnostics;
using System.Globalization;
using OneStop.Catalog.Importing;
using OneStop.Catalog.Items;
using OneStop.Catalog.Search;
using OneStop.Catalog.Search.Evaluation;

namespace OneStop.Bench.Scenarios;

/// <summary>
/// The report half of questions.tsv over both real catalogs: recall@5, MRR and per-question latency for OneStop and
/// for Lucene.NET with its CJK bigram and SmartCn analyzers, over the same documents in the same run. Every engine's
/// hits go through the same collapsing of implementations (one entry per item meant), so only ranking differs.
/// </summary>
internal static class SearchEvaluationRun
{
    private const int Rounds = 10;

    private sealed record Catalog(List<SearchDocument> Docs, Dictionary<long, string[]> Names);

    public static void Run(BenchReport report, string sharedData)
    {
        var questions = SearchEvaluation.Load(SearchEvaluation.QuestionsPath(AppContext.BaseDirectory))
            .Where(q => q.Half == SearchEvaluation.Report).ToList();
        var catalogs = new[] { SearchEvaluation.Guangdong, SearchEvaluation.Sichuan }.ToDictionary(c => c, c => Load(sharedData, c));
        var oneStop = catalogs.ToDictionary(c => c.Key, c => CatalogSearchIndex.Build(c.Value.Docs, DefaultSynonyms.List));
        var cjk = catalogs.ToDictionary(c => c.Key, c => LuceneSearch.Cjk(c.Value.Docs));
        var smart = catalogs.ToDictionary(c => c.Key, c => LuceneSearch.SmartCn(c.Value.Docs));
        try
        {
            var engines = new (string Name, Func<EvaluationQuestion, List<SearchHit>> Search)[]
            {
                ("onestop", q => oneStop[q.Catalog].Search(q.Question, 0, int.MaxValue).Hits.ToList()),
                ("lucene-cjk", q => cjk[q.Catalog].Search(q.Question, 200)),
                ("lucene-smartcn", q => smart[q.Catalog].Search(q.Question, 200)),
            };
            var recall = new Dictionary<string, double>();
            var p99 = new Dictionary<string, double>();
            foreach (var (name, search) in engines)
            {
                var score = SearchEvaluation.Score(questions, q => SearchGroups.Collapse(search(q), null).Take(SearchEvaluation.Depth)
                    .Select(g => (IReadOnlyCollection<string>)g.Members.SelectMany(m => catalogs[q.Catalog].Names[m.Document.Id]).ToHashSet()).ToList());
                var latencies = Latencies(questions, q => SearchGroups.Collapse(search(q), null));
                recall[name] = score.RecallAt5;
                p99[name] = Percentile(latencies, 0.99);
                report.Note(string.Create(CultureInfo.InvariantCulture,
                    $"report-half {name}: {score} p50={Percentile(latencies, 0.50):F3}ms p99={p99[name]:F3}ms"));
            }
            if (recall["onestop"] <= Math.Max(recall["lucene-cjk"], recall["lucene-smartcn"]))
            {
                report.Fail("OneStop does not beat Lucene.NET on recall@5 of the report half");
            }
            if (p99["onestop"] > Math.Max(p99["lucene-cjk"], p99["lucene-smartcn"]))
            {
                report.Fail("OneStop is slower (p99) than both Lucene.NET set-ups");
            }
        }
        finally
        {
            foreach (var engine in cjk.Values.Concat(smart.Values))
            {
                engine.Dispose();
            }
        }
    }

    private static Catalog Load(string sharedData, string catalog)
    {
        var items = SearchEvaluation.Items(sharedData, catalog);
        var docs = new List<SearchDocument>();
        var names = new Dictionary<long, string[]>();
        for (var i = 0; i < items.Count; i++)
        {
            var content = ImportMapping.ToContent(items[i]);
            docs.Add(CatalogSearch.Document(new EffectiveItem(i + 1, 1, content, "import")));
            names[i + 1] = new[] { items[i].Name, content.MainItemName, content.SubItemName, content.DisplayName }.OfType<string>().Distinct().ToArray();
        }
        return new Catalog(docs, names);
    }

    private static List<double> Latencies(List<EvaluationQuestion> questions, Action<EvaluationQuestion> search)
    {
        foreach (var q in questions)
        {
            search(q);
        }
        var milliseconds = new List<double>(Rounds * questions.Count);
        for (var round = 0; round < Rounds; round++)
        {
            foreach (var q in questions)
            {
                var start = Stopwatch.GetTimestamp();
                search(q);
                milliseconds.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }
        milliseconds.Sort();
        return milliseconds;
    }

    private static double Percentile(List<double> sorted, double share) =>
        sorted[Math.Clamp((int)Math.Ceiling(share * sorted.Count) - 1, 0, sorted.Count - 1)];
}
