using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Cases.Persistence;
using OneStop.Cases.PreReview;
using OneStop.Cases.Reading;
using OneStop.Platform.Calendar;
using OneStop.Platform.Security;

namespace OneStop.Cases.Pages.Workbench.Cases;

/// <summary>待预审: the window's queue of the region, the case waiting longest first, a page at a time (the same list as the API).</summary>
internal sealed class PreReviewModel(CasesDbContext db, DataScope scope, IWorkingCalendar calendar) : PageModel
{
    public static readonly IReadOnlyList<(string Key, string Label)> Tabs =
        [("all", "全部"), ("pre-review", "待预审"), ("supplement", "待补正")];

    public string List { get; private set; } = "all";
    public string? Q { get; private set; }
    public CasePage Cases { get; private set; } = new([], 0, 1, CasePage.Size);
    public IReadOnlyDictionary<string, int> Counts { get; private set; } = new Dictionary<string, int>();

    public string Link(string list, int page = 1) => WorkbenchLists.Link("/workbench/cases/pre-review", list, page, Q);

    // "page" is also Razor Pages' own route value (the page's path): the number is read from the query string by name.
    public async Task OnGetAsync(string? list, [FromQuery(Name = "page")] int? page, string? q, CancellationToken ct)
    {
        // An unknown tab, page or over-long search shows the nearest list rather than an error page: the address is the person's.
        List = Tabs.Any(t => t.Key == list) ? list! : "all";
        Q = WorkbenchLists.Search(q);
        Cases = await WorkbenchLists.ReadAsync(page, p => PreReviewActions.QueueAsync(List, p, Q, db, scope, calendar, ct));
        Counts = await PreReviewActions.CountsAsync(db, scope, ct);
    }
}
