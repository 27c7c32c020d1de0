using System.Diagnostics;
using OneStop.Catalog.Import;
using OneStop.Catalog.Search;

namespace OneStop.Bench.Scenarios;

/// <summary>
/// catalog-search: per-query latency (p50/p99) of the catalog index against a brute-force substring scan over the
/// same documents and synonym expansions, on the real Guangdong catalog and on a generated 100,000-item catalog.
/// Also checks recall: every item whose name contains the query must be among the index's results.
/// </summary>
internal sealed class CatalogSearchScenario : IScenario
{
    private const int Repetitions = 5;

    public string Name => "catalog-search";

    private static readonly string[] Queries =
    [
        "开饭店", "办营业执照", "开公司", "结婚", "生孩子", "上户口", "退休", "失业金", "公积金", "买房", "过户", "开药店",
        "开诊所", "装修", "身份证", "居住证", "低保", "残疾证", "开旅馆", "打广告", "消防", "社保卡", "食品经营", "药品经营许可",
        "施工许可", "卫生许可", "道路运输", "排污许可", "取水许可", "出版物", "烟草", "教师资格", "医师执业", "护士执业",
        "建设工程规划", "不动产登记", "户外广告", "养老", "失业保险", "工伤认定", "职业技能", "劳务派遣", "民办学校",
        "社会团体", "宗教活动场所", "文物", "林木采伐", "渔业捕捞", "动物防疫", "农药经营",
    ];

    public void Run(BenchReport report)
    {
        var root = Environment.GetEnvironmentVariable("ONESTOP_SHARED_DATA") ?? Path.Combine("..", "shared", "data");
        var file = Path.Combine(root, "gov-service-items", "guangdong-gdzwfw", "policy.jsonl");
        if (File.Exists(file))
            Measure(report, "guangdong", GuangdongCatalogReader.Read(file).OfType<ImportRow.Accepted>()
                .Select(r => Document(r.Item)).ToList());
        else
            report.Note($"guangdong: skipped ({file} not found; set ONESTOP_SHARED_DATA)");
        Measure(report, "generated", GeneratedCatalog.Create(100_000, seed: 2026));
    }

    private static SearchDocument Document(ImportedItem i) => new(i.RowNumber, i.ImplementationCode, i.Name, i.DepartmentName,
        i.RegionCode ?? "", i.KindText, i.Materials);

    private static void Measure(BenchReport report, string label, IReadOnlyList<SearchDocument> docs)
    {
        var build = Stopwatch.StartNew();
        var index = CatalogSearchIndex.Build(docs, SynonymList.Default);
        build.Stop();
        var brute = new BruteForceSearch(docs, SynonymList.Default);

        foreach (var q in Queries) { index.Search(q, 0, 20); brute.Search(q); } // warm up
        var baseline = Latencies(q => brute.Search(q));
        var candidate = Latencies(q => index.Search(q, 0, 20));

        double expected = 0, found = 0;
        foreach (var q in Queries)
        {
            var normalized = TextNormalizer.Normalize(q);
            var mustFind = docs.Where(d => TextNormalizer.Normalize(d.Name).Contains(normalized, StringComparison.Ordinal)).Select(d => d.Id).ToHashSet();
            if (mustFind.Count == 0) continue;
            var all = index.Search(q, 0, int.MaxValue).Hits.Select(h => h.Document.Id).ToHashSet();
            expected += mustFind.Count;
            found += mustFind.Count(all.Contains);
        }
        var recall = expected == 0 ? 1 : found / expected;

        report.Note($"{label}: docs={docs.Count} build={build.Elapsed.TotalMilliseconds:F0}ms " +
            $"baseline p50={P(baseline, 0.5):F3}ms p99={P(baseline, 0.99):F3}ms " +
            $"index p50={P(candidate, 0.5):F3}ms p99={P(candidate, 0.99):F3}ms " +
            $"p99 speed-up={P(baseline, 0.99) / P(candidate, 0.99):F1}x recall={recall:P1}");
        if (recall < 0.95) report.Fail($"{label}: recall {recall:P1} below 95%");
    }

    private static List<double> Latencies(Action<string> search)
    {
        var times = new List<double>();
        for (var r = 0; r < Repetitions; r++)
            foreach (var q in Queries)
            {
                var sw = Stopwatch.StartNew();
                search(q);
                times.Add(sw.Elapsed.TotalMilliseconds);
            }
        times.Sort();
        return times;
    }

    private static double P(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
