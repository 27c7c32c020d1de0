using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OneStop.Platform.Persistence;
using OneStop.Platform.Security;

namespace OneStop.Web.Pages.Workbench;

internal sealed class IndexModel(DataScope scope, PlatformDbContext db) : PageModel
{
    public string Title { get; private set; } = "工作台";
    public string DisplayName => scope.User.Name;
    public string ScopeText { get; private set; } = "";
    public IReadOnlyList<WorkbenchSection> Sections { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Sections = scope.User.Roles.Select(WorkbenchTasks.For).OfType<WorkbenchSection>().ToList();
        var isApplicant = scope.User.Roles.All(r => Role.Find(r)?.IsStaff != true);
        Title = isApplicant ? "我的办事" : "工作台";
        if (isApplicant) { ScopeText = "只显示本人的数据"; return; }
        var dept = await db.Departments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == scope.User.DepartmentId, ct);
        var region = await db.Regions.AsNoTracking().FirstOrDefaultAsync(r => r.Code == scope.User.RegionCode, ct);
        ScopeText = $"{dept?.Name ?? "未分配部门"} · {region?.Name ?? scope.User.RegionCode}";
    }
}
