using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Catalog;
using OneStop.Catalog.Items;
using OneStop.Platform.Security;

namespace OneStop.Web.Pages.Admin.Catalog;

public sealed record QualityRow(long Id, string Name, string Department, IReadOnlyList<PublishingIssue> Issues);

public sealed class QualityModel(CatalogSnapshot snapshot, DataScope scope) : PageModel
{
    public IReadOnlyList<QualityRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var staff = scope.Staff(Role.CatalogAdmin);
        var loaded = await snapshot.GetAsync(ct);
        Rows = loaded.Items.Where(i => staff.CoversRegion(i.Content.RegionCode))
            .Select(i => new QualityRow(i.Id, i.Content.DisplayName, i.Content.DepartmentName, PublishingChecks.Run(i.Content)))
            .Where(r => r.Issues.Count > 0).ToList();
    }
}
