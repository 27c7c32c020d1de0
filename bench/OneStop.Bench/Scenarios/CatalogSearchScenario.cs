using System.Diagnostics;
using System.Globalization;
using OneStop.Catalog.Import;
using OneStop.Catalog.Search;

namespace OneStop.Bench.Scenarios;

/// <summary>
/// catalog-search: per-query latency (p50/p99) of the catalog index against a brute-force substring scan of the same
/// items and synonym expansions, on the imported Guangdong catalog and on a generated 100,000-item catalog. Also
/// checks recall: every item whose name holds the query (or a synonym's term) must be among the index's results.
/// Then the search evaluation's report half (<see cref="SearchEvaluationRun"/>): OneStop against Lucene.NET.
/// </summary>
internal sealed class CatalogSearchScenario : IScenario
{
    private const int Rounds = 10;
    private const int GeneratedItems = 100_000;
    private const int Seed = 20261123;
    private const double MinimumRecall = 0.95;

    // Citizens' phrasings, partial names, departments and materials, as typed into the portal's search box.
    private static readonly string[] Queries =
    [
        "开饭店", "开奶茶店", "办营业执照", "开公司", "注销公司", "开个体户", "刻章", "开药店", "开诊所", "开网吧", "卖烟",
        "开旅馆", "装修", "买房", "过户", "生孩子", "上户口", "落户", "结婚", "离婚", "身份证", "护照", "港澳通行证", "驾照",
        "退休", "交社保", "社保卡", "失业金", "公积金提取", "低保", "残疾证", "健康证", "教师证", "食品经营", "药品经营许可",
        "施工许可", "公共场所卫生", "道路运输", "取水许可", "林木采伐", "营业性演出", "户外广告", "律师执业", "教材",
        "养老保险待遇", "市场监督管理局", "市场监管局营业执照", "人社局", "身份证复印件", "营业执照复印件",
    ];

    public string Name => "catalog-search";

    public void Run(BenchReport report)
    {
        var root = Environment.GetEnvironmentVariable("ONESTOP_SHARED_DATA") ?? Path.Combine("..", "shared", "data");
        var file = Path.Combine(root, "gov-service-items", "guangdong-gdzwfw", "policy.jsonl");
        if (File.Exists(file))
        {
            Measure(report, "guangdong", GuangdongItems(file));
            SearchEvaluationRun.Run(report, root);
        }
        else
        {
            report.Note($"guangdong skipped: {file} not found (set ONESTOP_SHARED_DATA)");
        }
        Measure(report, "generated", GeneratedCatalog.Create(GeneratedItems, Seed));
    }

    private static List<SearchDocument> GuangdongItems(string file) =>
        GuangdongCatalogReader.Read(file).OfType<ImportRow.Accepted>().Select(row => row.Item)
            .Select(item => new SearchDocument(item.RowNumber, item.ImplementationCode, item.Name,
                item.MainItemName != item.Name ? item.MainItemName : item.SubItemName, item.DepartmentName,
                item.RegionCode ?? "", item.KindText, item.Materials, []))
            .ToList();

    private static void Measure(BenchReport report, string label, IReadOnlyList<SearchDocument> docs)
    {
        var build = Stopwatch.StartNew();
        var index = CatalogSearchIndex.Build(docs, DefaultSynonyms.List);
        build.Stop();
        var brute = new BruteForceSearch(docs, DefaultSynonyms.List);

        // Warm-up: JIT and tiered compilation stay out of the timings.
        foreach (var query in Queries)
        {
            brute.Search(query);
            index.Search(query, 0, BruteForceSearch.PageSize);
        }
        var baseline = Latencies(query => brute.Search(query));
        var candidate = Latencies(query => index.Search(query, 0, BruteForceSearch.PageSize));
        var (recall, missed) = Recall(index, brute);

        report.Note(string.Create(CultureInfo.InvariantCulture,
            $"{label}  docs={docs.Count}  build={build.Elapsed.TotalMilliseconds:F0}ms  " +
            $"baseline p50={Percentile(baseline, 0.50):F3}ms p99={Percentile(baseline, 0.99):F3}ms  " +
            $"index p50={Percentile(candidate, 0.50):F3}ms p99={Percentile(candidate, 0.99):F3}ms  " +
            $"p99 speed-up={Percentile(baseline, 0.99) / Percentile(candidate, 0.99):F1}x  recall={recall:F3}"));
        if (recall < MinimumRecall)
        {
            report.Fail($"{label}: recall {recall:F3} below {MinimumRecall}, e.g. {string.Join("、", missed.Take(5))}");
        }
    }

    private static List<double> Latencies(Action<string> search)
    {
        var milliseconds = new List<double>(Rounds * Queries.Length);
        for (var round = 0; round < Rounds; round++)
        {
            foreach (var query in Queries)
            {
                var start = Stopwatch.GetTimestamp();
                search(query);
                milliseconds.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }
        milliseconds.Sort();
        return milliseconds;
    }

    /// <summary>Share of the items whose name holds the query or a synonym's term that the index also returns.</summary>
    private static (double Recall, List<string> Missed) Recall(CatalogSearchIndex index, BruteForceSearch brute)
    {
        var (expected, found) = (0, 0);
        var missed = new List<string>();
        foreach (var query in Queries)
        {
            var mustFind = brute.NameMatches(query);
            var returned = index.Search(query, 0, int.MaxValue).Hits.Select(hit => hit.Document.Id).ToHashSet();
            expected += mustFind.Count;
            found += mustFind.Count(returned.Contains);
            if (!mustFind.IsSubsetOf(returned))
            {
                missed.Add(query);
            }
        }
        return (expected == 0 ? 1 : (double)found / expected, missed);
    }

    private static double Percentile(List<double> sorted, double share) =>
        sorted[Math.Clamp((int)Math.Ceiling(share * sorted.Count) - 1, 0, sorted.Count - 1)];
}
