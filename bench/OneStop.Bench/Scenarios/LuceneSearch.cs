using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using OneStop.Catalog.Search;

namespace OneStop.Bench.Scenarios;

/// <summary>
/// Lucene.NET 4.8 as a user would set it up over the same documents: one text field per kind of content with the same
/// relative boosts as OneStop's field weights, the query analysed by the same analyzer and every term a SHOULD clause
/// (BM25-like TF-IDF default similarity). No synonym list: these are the engines out of the box.
/// </summary>
internal sealed class LuceneSearch : IDisposable
{
    private static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;

    private static readonly (string Field, float Boost)[] Fields =
        [("name", 10f), ("sub", 6f), ("keywords", 4f), ("department", 2f), ("materials", 1.5f), ("texts", 0.8f)];

    private readonly Analyzer _analyzer;
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly Dictionary<long, SearchDocument> _byId;

    public LuceneSearch(string name, Analyzer analyzer, IReadOnlyList<SearchDocument> docs)
    {
        (Name, _analyzer) = (name, analyzer);
        _byId = docs.ToDictionary(d => d.Id);
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(Version, analyzer)))
        {
            foreach (var d in docs)
            {
                var document = new Document { new StringField("id", d.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.YES) };
                Add(document, "name", [d.Name]);
                Add(document, "sub", d.SubName is null ? [] : [d.SubName]);
                Add(document, "keywords", d.Keywords);
                Add(document, "department", [d.Department]);
                Add(document, "materials", d.Materials);
                Add(document, "texts", d.Texts);
                writer.AddDocument(document);
            }
            writer.Commit();
        }
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader);
    }

    public string Name { get; }

    public static LuceneSearch Cjk(IReadOnlyList<SearchDocument> docs) => new("lucene-cjk", new CJKAnalyzer(Version), docs);

    public static LuceneSearch SmartCn(IReadOnlyList<SearchDocument> docs) => new("lucene-smartcn", new SmartChineseAnalyzer(Version), docs);

    /// <summary>The best <paramref name="take"/> documents as hits (Lucene's score).</summary>
    public List<SearchHit> Search(string query, int take)
    {
        var terms = Terms(query);
        if (terms.Count == 0)
        {
            return [];
        }
        var boolean = new BooleanQuery();
        foreach (var (field, boost) in Fields)
        {
            foreach (var term in terms)
            {
                boolean.Add(new TermQuery(new Term(field, term)) { Boost = boost }, Occur.SHOULD);
            }
        }
        return _searcher.Search(boolean, take).ScoreDocs
            .Select(hit => new SearchHit(_byId[long.Parse(_searcher.Doc(hit.Doc).Get("id"), System.Globalization.CultureInfo.InvariantCulture)], hit.Score))
            .ToList();
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }

    private List<string> Terms(string text)
    {
        var terms = new List<string>();
        using var stream = _analyzer.GetTokenStream("name", new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var value = term.ToString();
            if (!terms.Contains(value))
            {
                terms.Add(value);
            }
        }
        stream.End();
        // BooleanQuery allows 1,024 clauses; six fields per term.
        return terms.Take(1024 / Fields.Length).ToList();
    }

    private static void Add(Document document, string field, IEnumerable<string> values)
    {
        foreach (var value in values.Where(v => !string.IsNullOrWhiteSpace(v)))
        {
            document.Add(new TextField(field, value, Field.Store.NO));
        }
    }
}
