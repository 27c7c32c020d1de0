using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OneStop.Platform.Departments;
using OneStop.Platform.Persistence;

namespace OneStop.Web.Pages;

internal sealed class HallModel(PlatformDbContext db) : PageModel
{
    private Dictionary<string, string> _regions = new();

    public IReadOnlyList<Department> Departments { get; private set; } = [];

    public string RegionName(string code) => _regions.GetValueOrDefault(code, code);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Departments = await db.Departments.AsNoTracking().OrderBy(d => d.RegionCode).ThenBy(d => d.Id).Take(200).ToListAsync(ct);
        var codes = Departments.Select(d => d.RegionCode).Distinct().ToList();
        _regions = await db.Regions.AsNoTracking().Where(r => codes.Contains(r.Code)).ToDictionaryAsync(r => r.Code, r => r.Name, ct);
    }
}
