using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Cases.Persistence;
using OneStop.Cases.Reading;
using OneStop.Cases.Review;
using OneStop.Platform.Calendar;
using OneStop.Platform.Security;

namespace OneStop.Cases.Pages.Workbench.Cases;

/// <summary>审批待办: 本部门待办 / 即将到期 / 已超期 of the approver's department (ApproverTasks, as the API lists them), a page at a time.</summary>
internal sealed class TasksModel(CasesDbContext db, DataScope scope, IWorkingCalendar calendar) : PageModel
{
    /// <summary>"mine" is every case routed to the approver's department: approvers of one department share its work.</summary>
    public static readonly IReadOnlyList<(string Key, string Label)> Tabs =
        [("mine", "本部门待办"), ("due-soon", "即将到期"), ("overdue", "已超期")];

    public string List { get; private set; } = "mine";
    public string? Q { get; private set; }
    public CasePage Cases { get; private set; } = new([], 0, 1, CasePage.Size);
    public IReadOnlyDictionary<string, int> Counts { get; private set; } = new Dictionary<string, int>();

    public string Link(string list, int page = 1) => WorkbenchLists.Link("/workbench/cases/tasks", list, page, Q);

    // "page" is also Razor Pages' own route value (the page's path): the number is read from the query string by name.
    public async Task OnGetAsync(string? list, [FromQuery(Name = "page")] int? page, string? q, CancellationToken ct)
    {
        // An unknown tab shows the first one rather than an error page: the address is the person's, not an integrator's.
        List = Tabs.Any(t => t.Key == list) ? list! : "mine";
        Q = WorkbenchLists.Search(q);
        Cases = await WorkbenchLists.ReadAsync(page, p => ApproverTasks.ListAsync(List, p, Q, db, scope, calendar, ct));
        Counts = await ApproverTasks.CountsAsync(db, scope, calendar, ct);
    }
}
