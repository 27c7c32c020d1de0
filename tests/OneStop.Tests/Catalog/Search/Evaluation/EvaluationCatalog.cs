using OneStop.Catalog.Import;
using OneStop.Catalog.Importing;
using OneStop.Catalog.Items;
using OneStop.Catalog.Search;
using OneStop.Catalog.Search.Evaluation;

namespace OneStop.Tests.Catalog.Search.Evaluation;

/// <summary>A real catalog imported as the product imports it, indexed as the product indexes it.</summary>
internal sealed class EvaluationCatalog
{
    private static readonly Dictionary<string, Lazy<EvaluationCatalog>> Loaded = new()
    {
        [SearchEvaluation.Guangdong] = new(() => new EvaluationCatalog(SearchEvaluation.Guangdong)),
        [SearchEvaluation.Sichuan] = new(() => new EvaluationCatalog(SearchEvaluation.Sichuan)),
    };

    private readonly Dictionary<long, string[]> _names = [];

    private EvaluationCatalog(string catalog)
    {
        var items = SearchEvaluation.Items(SharedData.RequireRoot(), catalog);
        var documents = new List<SearchDocument>();
        for (var i = 0; i < items.Count; i++)
        {
            var content = ImportMapping.ToContent(items[i]);
            var item = new EffectiveItem(i + 1, 1, content, "import");
            documents.Add(CatalogSearch.Document(item));
            _names[i + 1] = new[] { items[i].Name, content.MainItemName, content.SubItemName, content.DisplayName }
                .OfType<string>().Distinct().ToArray();
        }
        Index = CatalogSearchIndex.Build(documents, DefaultSynonyms.List);
    }

    public CatalogSearchIndex Index { get; }

    public static EvaluationCatalog Of(string catalog)
    {
        SharedData.RequireRoot();
        return Loaded[catalog].Value;
    }

    /// <summary>The names of each of the first entries of the product's search for the question.</summary>
    public IReadOnlyList<IReadOnlyCollection<string>> Entries(string question) =>
        Index.SearchGrouped(question, 0, SearchEvaluation.Depth, null).Groups
            .Select(group => (IReadOnlyCollection<string>)group.Members.SelectMany(hit => _names[hit.Document.Id]).ToHashSet()).ToList();
}
