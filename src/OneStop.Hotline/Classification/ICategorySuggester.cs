using OneStop.Hotline.Taxonomy;

namespace OneStop.Hotline.Classification;

/// <summary>
/// 分类建议: the category the platform proposes for a request's text. The agent console and
/// <c>onestop hotline suggest-category</c> call exactly this; the agent or dispatcher confirms or changes it.
/// </summary>
public interface ICategorySuggester
{
    CategorySuggestion Suggest(string text);
}

/// <summary>Who made the suggestion: the trained model, or the keyword rules when no model could be loaded.</summary>
public enum SuggestionSource
{
    Model,
    Rules,
}

/// <summary>A 一级 category and the score the suggester gave it (0..1).</summary>
public sealed record ScoredCategory(AppealCategory Category, double Score);

/// <summary>
/// The suggested 一级 category; the likely 二级 and 三级 inside it (null when no name or keyword of them occurs in the
/// text); the confidence in the 一级 (0..1); the three best 一级 with their scores; and where it came from.
/// </summary>
public sealed record CategorySuggestion(
    AppealCategory First,
    AppealCategory? Second,
    AppealCategory? Third,
    double Confidence,
    IReadOnlyList<ScoredCategory> Alternatives,
    SuggestionSource Source)
{
    /// <summary>The most precise category found: 三级, else 二级, else 一级.</summary>
    public AppealCategory Best => Third ?? Second ?? First;

    /// <summary>"模型" / "规则", as pages and the command line show it.</summary>
    public string SourceName => Source == SuggestionSource.Model ? "模型" : "规则";
}
