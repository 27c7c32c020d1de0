using System.Globalization;
using OneStop.Catalog.Import;
using OneStop.Catalog.Search;

namespace OneStop.Catalog.Search.Evaluation;

/// <summary>One citizen-worded question and the item (exact name, in one of the two real catalogs) it means.</summary>
public sealed record EvaluationQuestion(string Half, string Catalog, string Question, string Item);

/// <summary>recall@5 (share of questions whose item is among the first five entries) and mean reciprocal rank.</summary>
public sealed record EvaluationScore(int Questions, int Found, double RecallAt5, double Mrr, IReadOnlyList<EvaluationQuestion> Missed)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"questions={Questions} found@5={Found} recall@5={RecallAt5:F3} MRR={Mrr:F3}");
}

/// <summary>
/// The search evaluation of questions.tsv, shared by the tests (tune half, and a loose floor on the report half) and
/// by <c>bench catalog-search</c> (report half, OneStop against Lucene.NET). Both catalogs are read with the
/// product's importers from ONESTOP_SHARED_DATA, never copied.
/// </summary>
public static class SearchEvaluation
{
    public const string Tune = "tune", Report = "report";
    public const string Guangdong = "gd", Sichuan = "sc";
    public const int Depth = 5;

    public static IReadOnlyList<EvaluationQuestion> Load(string path) =>
        File.ReadLines(path)
            .Where(line => line.Length > 0 && !line.StartsWith('#') && !line.StartsWith("half\t", StringComparison.Ordinal))
            .Select(line => line.Split('\t'))
            .Select(cells => new EvaluationQuestion(cells[0], cells[1], cells[2], cells[3]))
            .ToList();

    /// <summary>questions.tsv, found from the repository root (the directory holding OneStop.slnx).</summary>
    public static string QuestionsPath(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            var path = Path.Combine(directory.FullName, "tests", "OneStop.Tests", "Catalog", "Search", "Evaluation", "questions.tsv");
            if (File.Exists(path))
            {
                return path;
            }
        }
        throw new FileNotFoundException("questions.tsv not found above " + start);
    }

    public static string CatalogPath(string sharedData, string catalog) => catalog == Guangdong
        ? Path.Combine(sharedData, "gov-service-items", "guangdong-gdzwfw", "policy.jsonl")
        : Path.Combine(sharedData, "gov-service-items", "sichuan-guangan-district", "guangan_district_items.csv");

    /// <summary>The catalog's items as the product's importer reads them.</summary>
    public static List<ImportedItem> Items(string sharedData, string catalog)
    {
        var path = CatalogPath(sharedData, catalog);
        var rows = catalog == Guangdong ? GuangdongCatalogReader.Read(path) : SichuanCatalogReader.Read(path);
        return rows.OfType<ImportRow.Accepted>().Select(row => row.Item).ToList();
    }

    /// <summary>Scores a search: <paramref name="search"/> returns the names of its first entries, best first.</summary>
    public static EvaluationScore Score(IEnumerable<EvaluationQuestion> questions,
        Func<EvaluationQuestion, IReadOnlyList<IReadOnlyCollection<string>>> search)
    {
        var (count, found, reciprocal) = (0, 0, 0.0);
        var missed = new List<EvaluationQuestion>();
        foreach (var question in questions)
        {
            count++;
            var entries = search(question);
            var rank = 0;
            for (var i = 0; i < Math.Min(Depth, entries.Count) && rank == 0; i++)
            {
                if (entries[i].Contains(question.Item))
                {
                    rank = i + 1;
                }
            }
            if (rank > 0)
            {
                found++;
                reciprocal += 1.0 / rank;
            }
            else
            {
                missed.Add(question);
            }
        }
        return new EvaluationScore(count, found, count == 0 ? 0 : (double)found / count, count == 0 ? 0 : reciprocal / count, missed);
    }
}
