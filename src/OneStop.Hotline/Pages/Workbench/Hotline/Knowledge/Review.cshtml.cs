using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Hotline.Knowledge;

namespace OneStop.Hotline.Pages.Workbench.Hotline.Knowledge;

/// <summary>待审核: the versions the reader may review (their own work listed, but marked as not theirs to approve).</summary>
internal sealed class ReviewModel(ReadKnowledge read) : PageModel
{
    public IReadOnlyList<ReviewQueueItem> Queue { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Queue = await read.ReviewQueueAsync(ct);
}
