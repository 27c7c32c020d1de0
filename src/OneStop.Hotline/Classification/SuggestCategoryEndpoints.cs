using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OneStop.Hotline.Taxonomy;
using OneStop.Platform.Errors;
using OneStop.Platform.Security;

namespace OneStop.Hotline.Classification;

public sealed record SuggestCategoryRequest(string? Text);

/// <summary>A node of the taxonomy tree, for the category drop-downs of the console and the dispatcher.</summary>
public sealed record CategoryNode(string Code, string Name, int Level, IReadOnlyList<CategoryNode> Children);

/// <summary>分类建议: the taxonomy for drop-downs, and the category suggested for a request's text.</summary>
public static class SuggestCategoryEndpoints
{
    /// <summary>Longer than any real request (the longest labelled message has ~8,700 characters, the median ~700).</summary>
    public const int MaxTextLength = 4000;

    private static readonly string[] Suggesters = [Role.HotlineAgent, Role.HotlineDispatcher, Role.SystemAdmin];

    private static readonly IReadOnlyList<CategoryNode> Tree = AppealTaxonomy.FirstLevel.Select(NodeOf).ToList();

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/hotline/categories", (DataScope scope) =>
            {
                scope.Staff(Role.Staff.Select(r => r.Name).ToArray());
                return TypedResults.Ok(Tree);
            })
            .WithName("ListAppealCategories").WithSummary("诉求分类树（一级、二级、三级），供下拉选择")
            .ProducesProblem(401).ProducesProblem(403);

        api.MapPost("/hotline/categories/suggest", (SuggestCategoryRequest request, DataScope scope, ICategorySuggester suggester) =>
            {
                scope.Staff(Suggesters);
                return TypedResults.Ok(SuggestionView.Of(suggester.Suggest(Validate(request.Text))));
            })
            .WithName("SuggestAppealCategory").WithSummary("分类建议：根据诉求内容建议一级、二级、三级分类")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403);
    }

    /// <summary>The text to classify, trimmed; refused when empty, too long or holding control characters.</summary>
    public static string Validate(string? text)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
            throw RequestValidationException.For("text", "请填写诉求内容", "hotline.suggest-text-required");
        if (trimmed.Length > MaxTextLength)
            throw RequestValidationException.For("text", $"诉求内容不能超过 {MaxTextLength} 个字符", "hotline.suggest-text-too-long");
        if (ControlCharacters.In(trimmed))
            throw RequestValidationException.For("text", ControlCharacters.Message, ControlCharacters.Code);
        return trimmed;
    }

    private static CategoryNode NodeOf(AppealCategory c) =>
        new(c.Code, c.Name, c.Level, AppealTaxonomy.ChildrenOf(c.Code).Select(NodeOf).ToList());
}

/// <summary>A category as the API shows it: code, its own name and the full path.</summary>
public sealed record CategoryView(string Code, string Name, string Path, int Level)
{
    public static CategoryView Of(AppealCategory c) => new(c.Code, c.Name, c.Path, c.Level);
}

public sealed record ScoredCategoryView(CategoryView Category, double Score);

/// <summary>The suggestion over the API; <c>source</c> is the Chinese name (模型 / 规则).</summary>
public sealed record SuggestionView(
    CategoryView First, CategoryView? Second, CategoryView? Third, double Confidence,
    IReadOnlyList<ScoredCategoryView> Alternatives, string Source)
{
    public static SuggestionView Of(CategorySuggestion s) => new(
        CategoryView.Of(s.First), s.Second is null ? null : CategoryView.Of(s.Second), s.Third is null ? null : CategoryView.Of(s.Third),
        Math.Round(s.Confidence, 4), s.Alternatives.Select(a => new ScoredCategoryView(CategoryView.Of(a.Category), Math.Round(a.Score, 4))).ToList(),
        s.SourceName);
}
