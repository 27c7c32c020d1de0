using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Hotline.Knowledge;
using OneStop.Platform.Errors;

namespace OneStop.Hotline.Pages.Workbench.Hotline.Knowledge;

/// <summary>知识库: a department's own articles (expired first, with their count) and the search every hotline role uses.</summary>
internal sealed class IndexModel(ReadKnowledge read) : PageModel
{
    /// <summary>Null for those who keep no articles (an agent): they see the search only.</summary>
    public KnowledgeList? List { get; private set; }

    public async Task OnGetAsync(long? department, CancellationToken ct)
    {
        try
        {
            List = await read.ListAsync(department, ct);
        }
        catch (DomainException e) when (e is ForbiddenException or NotFoundException)
        {
            List = null;
        }
    }
}
