using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Hotline.Tickets;
using OneStop.Hotline.Tickets.Reading;

namespace OneStop.Hotline.Pages.Workbench.Hotline;

/// <summary>
/// A workbench's ticket lists (派单台, 承办工作台, 回访, 电子监察): its tabs, each a queue of ReadTickets read in the
/// reader's scope, exactly as GET /api/hotline/tickets lists it. Only the roles of the workbench may open it.
/// </summary>
internal abstract class QueuePageModel(TicketWork w) : PageModel
{
    public abstract string Title { get; }
    public abstract string Address { get; }
    public abstract IReadOnlyList<(TicketQueue Queue, string Label)> Tabs { get; }
    protected abstract string[] Roles { get; }

    public TicketQueue Queue { get; private set; }
    public TicketPage Rows { get; private set; } = new([], 0, 1, ReadTickets.PageSize);
    public string? Q { get; private set; }
    public int Pages => Math.Max(1, (Rows.Total + Rows.PageSize - 1) / Rows.PageSize);

    public string Link(TicketQueue queue, int page = 1) =>
        $"{Address}?tab={queue}" + (page > 1 ? $"&page={page}" : "") + (string.IsNullOrEmpty(Q) ? "" : $"&q={Uri.EscapeDataString(Q)}");

    // "page" is also Razor Pages' own route value (the page's path): the number is read from the query string by name.
    public async Task OnGetAsync(string? tab, [FromQuery(Name = "page")] int? page, string? q, CancellationToken ct)
    {
        w.Scope.Staff(Roles);
        // An unknown tab or page shows the first one rather than an error page: the address is the person's.
        Queue = Tabs.Select(t => t.Queue).FirstOrDefault(t => string.Equals(t.ToString(), tab, StringComparison.OrdinalIgnoreCase), Tabs[0].Queue);
        Q = string.IsNullOrWhiteSpace(q) ? null : q.Trim()[..Math.Min(q.Trim().Length, 50)];
        Rows = await ReadTickets.QueueAsync(w, Queue, Math.Clamp(page ?? 1, 1, 10_000), Q, ct);
    }
}
