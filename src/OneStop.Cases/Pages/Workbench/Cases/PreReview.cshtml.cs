using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Cases.Persistence;
using OneStop.Cases.PreReview;
using OneStop.Cases.Reading;
using OneStop.Platform.Calendar;
using OneStop.Platform.Security;

namespace OneStop.Cases.Pages.Workbench.Cases;

/// <summary>待预审: the window's queue of the region, the case waiting longest first (the same list as the API).</summary>
internal sealed class PreReviewModel(CasesDbContext db, DataScope scope, IWorkingCalendar calendar) : PageModel
{
    public IReadOnlyList<CaseSummary> Cases { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Cases = await PreReviewActions.QueueAsync(db, scope, calendar, ct);
}
