using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Hotline.Knowledge;

namespace OneStop.Hotline.Pages.Workbench.Hotline.Knowledge;

/// <summary>One version of an article as it was (a superseded version stays readable).</summary>
internal sealed class VersionModel(ReadKnowledge read) : PageModel
{
    public long Id { get; private set; }
    public KnowledgeVersionView Version { get; private set; } = null!;

    public async Task OnGetAsync(long id, int number, CancellationToken ct)
    {
        Id = id;
        Version = await read.VersionAsync(id, number, ct);
    }
}
