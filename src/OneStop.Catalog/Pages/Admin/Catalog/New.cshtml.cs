using Microsoft.EntityFrameworkCore;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Catalog.Items;
using OneStop.Catalog.Persistence;
using OneStop.Platform.Errors;
using OneStop.Platform.Regions;
using OneStop.Platform.Security;

namespace OneStop.Catalog.Pages.Admin.Catalog;

public sealed class NewModel(CatalogDbContext db, DataScope scope, IRegionDirectory regions,
    OneStop.Platform.Departments.IDepartmentDirectory departments) : PageModel
{
    public string Json { get; private set; } = "";
    public ErrorList Errors { get; } = new();

    public void OnGet()
    {
        scope.Staff(Role.CatalogAdmin);
        Json = JsonSerializer.Serialize(new ItemContent
        {
            MainItemName = "", ImplementationCode = "", DepartmentName = "", RegionCode = scope.User.RegionCode ?? "",
            Steps = [new("受理"), new("审核"), new("审批"), new("办结"), new("送达")],
            Materials = [new("申请书")],
        }, new JsonSerializerOptions(CatalogJson.Options) { WriteIndented = true });
    }

    public async Task<IActionResult> OnPostAsync(string? json, CancellationToken ct)
    {
        Json = json ?? "";
        try
        {
            var item = await CreateItem.HandleAsync(ItemModel.Parse(json), db, scope, regions, departments, ct);
            return Redirect($"/admin/catalog/{item.Id}");
        }
        catch (DomainException e) when (e.Status is 400 or 409 || e.Code == "bundle.item-out-of-scope") { Errors.Add(e); }
        catch (DbUpdateException e) when (StoreConflicts.ToProblem(e) is { } conflict) { Errors.Add(conflict); }
        return Page();
    }
}
