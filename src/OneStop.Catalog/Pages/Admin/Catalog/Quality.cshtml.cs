using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OneStop.Catalog;
using OneStop.Catalog.Departments;
using OneStop.Catalog.Items;
using OneStop.Catalog.Persistence;
using OneStop.Platform.Departments;
using OneStop.Platform.Errors;
using OneStop.Platform.Security;

namespace OneStop.Catalog.Pages.Admin.Catalog;

public sealed record QualityRow(long Id, string Name, string Department, IReadOnlyList<PublishingIssue> Issues);

/// <summary>Items in force that fail the publishing checks, and implementing departments not yet mapped to a department.</summary>
public sealed class QualityModel(CatalogSnapshot snapshot, DataScope scope, CatalogDbContext db, IDepartmentDirectory departments) : PageModel
{
    public IReadOnlyList<QualityRow> Rows { get; private set; } = [];
    public IReadOnlyList<UnresolvedDepartment> Unresolved { get; private set; } = [];
    public ErrorList Errors { get; } = new();
    [TempData] public string? Message { get; set; }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostMapAsync(string? regionCode, string? departmentName, long? departmentId, CancellationToken ct)
    {
        try
        {
            var mapped = await ItemDepartments.MapAsync(new MapDepartmentRequest(regionCode, departmentName, departmentId), db, scope, departments, ct);
            Message = $"已将“{departmentName}”对应到部门，共 {mapped} 个事项";
            return RedirectToPage();
        }
        catch (DomainException e) when (e.Status is 400 or 409) { Errors.Add(e); }
        catch (DbUpdateException e) when (StoreConflicts.ToProblem(e) is { } conflict) { Errors.Add(conflict); }
        db.ChangeTracker.Clear();
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostResolveAsync(CancellationToken ct)
    {
        var resolved = await ItemDepartments.ResolveAgainAsync(db, scope, departments, ct);
        Message = resolved == 0 ? "没有可按名称对应的事项" : $"已按部门名称对应 {resolved} 个事项";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var staff = scope.Staff(Role.CatalogAdmin);
        var loaded = await snapshot.GetAsync(ct);
        Rows = loaded.Items.Where(i => staff.CoversRegion(i.Content.RegionCode))
            .Select(i => new QualityRow(i.Id, i.Content.DisplayName, i.Content.DepartmentName, PublishingChecks.Run(i.Content)))
            .Where(r => r.Issues.Count > 0).ToList();
        Unresolved = await ItemDepartments.UnresolvedAsync(db, scope, departments, ct);
    }
}
