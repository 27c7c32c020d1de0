using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneStop.Catalog.Departments;
using OneStop.Catalog.Pages.Admin.Catalog.Editor;
using OneStop.Catalog.Persistence;
using OneStop.Platform.Calendar;
using OneStop.Platform.Departments;
using OneStop.Platform.Errors;
using OneStop.Platform.Regions;
using OneStop.Platform.Security;

namespace OneStop.Catalog.Items;

/// <summary>修改草稿: the draft's content is replaced after the content checks; the audit names the changed fields.</summary>
public static class EditDraft
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/catalog/items/{id:long}/draft", async (long id, ItemContent content, CatalogDbContext db, DataScope scope,
                IRegionDirectory regions, IDepartmentDirectory departments, CancellationToken ct) =>
                TypedResults.Ok(ItemDetail.Of(await HandleAsync(id, content, db, scope, regions, departments, ct), null)))
            .WithName("EditServiceItemDraft").WithSummary("修改草稿");

    public static async Task<ServiceItem> HandleAsync(long id, ItemContent content, CatalogDbContext db, DataScope scope,
        IRegionDirectory regions, IDepartmentDirectory departments, CancellationToken ct)
    {
        var item = await ItemsInScope.LoadAsync(id, db, scope, ct);
        var before = item.DraftVersion?.Content;
        item.EditDraft(await ItemContentInput.CheckAsync(content, regions, ct));
        // A name the directory knows decides; an unknown new name clears a stale link; an unchanged name keeps a manual mapping.
        var resolved = await new DepartmentResolver(departments).ResolveAsync(item.RegionCode, content.DepartmentName, ct);
        if (resolved is not null || before?.DepartmentName.Trim() != content.DepartmentName.Trim()) item.AssignDepartment(resolved);
        var changed = before is null ? [] : VersionDiff.Between(before, content).Select(c => c.Field);
        // The trail's readers see the form's labels (设定依据、申请材料), not the content's property names.
        db.Audit("catalog.edit-draft", $"事项 {item.ImplementationCode}", "修改：" + string.Join("、", changed.Select(ItemFieldLabels.Label)));
        await db.SaveChangesAsync(ct);
        return item;
    }
}
