using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OneStop.Platform.Departments;
using OneStop.Platform.Errors;
using OneStop.Platform.Persistence;
using OneStop.Platform.Security;

namespace OneStop.Web.Pages.Admin;

internal sealed class DepartmentsModel(PlatformDbContext db, DataScope scope) : PageModel
{
    public IReadOnlyList<Department> Departments { get; private set; } = [];
    public string? DefaultRegion => scope.User.RegionCode;
    public ErrorList Errors { get; } = new();

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(string? name, string? shortName, string? regionCode, string? creditCode, CancellationToken ct)
    {
        try
        {
            await CreateDepartment.HandleAsync(new CreateDepartmentRequest(name, shortName, regionCode, creditCode), db, scope, ct);
            return RedirectToPage();
        }
        catch (DomainException e) when (e.Status is 400 or 409) { Errors.Add(e); }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var prefix = scope.Staff(Role.SystemAdmin).RegionPrefix;
        Departments = await db.Departments.AsNoTracking().Where(d => d.RegionCode.StartsWith(prefix))
            .OrderBy(d => d.RegionCode).ThenBy(d => d.Id).ToListAsync(ct);
    }
}
