using Microsoft.Extensions.Logging;
using OneStop.Hotline.Taxonomy;

namespace OneStop.Hotline.Classification;

/// <summary>
/// The model's suggestion when a model file loads (the data directory's, else the shipped one), the keyword rules'
/// otherwise: a missing or broken file is logged once and never fails a suggestion. The model is loaded on first
/// use, not at start-up, so hosts that never suggest do not pay for it.
/// </summary>
internal sealed class CategorySuggester : ICategorySuggester
{
    private readonly Lazy<LoadedModel?> _model;

    public CategorySuggester(ClassifierFiles files, ILogger<CategorySuggester> logger) =>
        _model = new Lazy<LoadedModel?>(() => LoadFirst(files, logger));

    /// <summary>The file the suggestions come from, or null when the rules answer.</summary>
    public string? ModelPath => _model.Value?.Path;

    public CategorySuggestion Suggest(string text)
    {
        var model = _model.Value;
        if (model is null || string.IsNullOrWhiteSpace(text)) return KeywordClassifier.Suggest(text ?? "");
        var scores = model.Model.Scores(text);
        var ranked = model.Categories.Select((category, i) => new ScoredCategory(category, scores[i]))
            .OrderByDescending(s => s.Score).ThenBy(s => s.Category.Code, StringComparer.Ordinal).ToList();
        var first = ranked[0];
        var (second, third) = LowerLevelMatcher.Match(first.Category, text);
        return new CategorySuggestion(first.Category, second, third, first.Score, ranked.Take(3).ToList(), SuggestionSource.Model);
    }

    private static LoadedModel? LoadFirst(ClassifierFiles files, ILogger logger)
    {
        foreach (var path in files.Candidates.Where(File.Exists))
        {
            try
            {
                var model = AppealClassifierModel.Load(path);
                var categories = model.Labels.Select(AppealTaxonomy.FindFirstLevel).ToList();
                if (categories.Count == 0 || categories.Any(c => c is null))
                    throw new InvalidDataException($"labels outside the taxonomy: {string.Join(',', model.Labels)}");
                logger.LogInformation("Category suggestions from the model {Path}", path);
                return new LoadedModel(path, model, categories!);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                logger.LogWarning(e, "The category model {Path} could not be loaded; trying the next one", path);
            }
        }
        logger.LogWarning("No category model could be loaded ({Paths}); suggestions come from the keyword rules",
            string.Join(", ", files.Candidates));
        return null;
    }

    private sealed record LoadedModel(string Path, AppealClassifierModel Model, IReadOnlyList<AppealCategory> Categories);
}
