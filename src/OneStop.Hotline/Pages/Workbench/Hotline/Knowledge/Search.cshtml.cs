using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Hotline.Knowledge;
using OneStop.Platform.Errors;

namespace OneStop.Hotline.Pages.Workbench.Hotline.Knowledge;

/// <summary>The search panel's page without script: the same search, rendered on the server.</summary>
internal sealed class SearchModel(SearchKnowledge search) : PageModel
{
    public string? Query { get; private set; }
    public string? Region { get; private set; }
    public KnowledgeSearchResult? Result { get; private set; }
    public ErrorList Errors { get; private set; } = new();

    public async Task OnGetAsync(string? q, string? region, CancellationToken ct)
    {
        Query = q;
        Region = region;
        if (string.IsNullOrWhiteSpace(q)) return;
        try
        {
            Result = await search.SearchAsync(q, region, ct);
        }
        catch (RequestValidationException e)
        {
            Errors = HotlinePageErrors.From(e, KnowledgeInput.Labels);
        }
    }
}
