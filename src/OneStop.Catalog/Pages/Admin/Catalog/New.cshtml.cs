using Microsoft.EntityFrameworkCore;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Catalog.Items;
using OneStop.Catalog.Pages.Admin.Catalog.Editor;
using OneStop.Catalog.Persistence;
using OneStop.Platform.Errors;
using OneStop.Platform.Regions;
using OneStop.Platform.Security;

namespace OneStop.Catalog.Pages.Admin.Catalog;

/// <summary>新增事项: the same Chinese form as a draft's, prefilled with the five steps a 行政许可 needs.</summary>
public sealed class NewModel(CatalogDbContext db, DataScope scope, IRegionDirectory regions,
    OneStop.Platform.Departments.IDepartmentDirectory departments) : PageModel
{
    public string Json { get; private set; } = "";
    public ItemForm Form { get; private set; } = new();
    public ErrorList Errors { get; } = new();

    public void OnGet()
    {
        scope.Staff(Role.CatalogAdmin);
        var blank = new ItemContent
        {
            MainItemName = "", ImplementationCode = "", DepartmentName = "", RegionCode = scope.User.RegionCode ?? "",
            Steps = [new("受理"), new("审核"), new("审批"), new("办结"), new("送达")],
            Materials = [new("申请书")],
        };
        Form = ItemForm.From(blank);
        Json = JsonSerializer.Serialize(blank, new JsonSerializerOptions(CatalogJson.Options) { WriteIndented = true });
    }

    public async Task<IActionResult> OnPostAsync(ItemForm editor, string? rowAction, CancellationToken ct)
    {
        scope.Staff(Role.CatalogAdmin);
        Form = editor;
        if (RowActions.Apply(editor, rowAction)) return Page();
        var problems = new List<string>();
        var content = editor.ToContent(problems);
        if (content is null)
        {
            Errors.Add("提交的数据有误");
            foreach (var p in editor.AllProblems(problems)) Errors.Add(p);
            return Page();
        }
        return await CreateAsync(content, ct);
    }

    public async Task<IActionResult> OnPostJsonAsync(string? json, CancellationToken ct)
    {
        Json = json ?? "";
        try { return await CreateAsync(ItemModel.Parse(json), ct); }
        catch (DomainException e) when (e.Status is 400) { EditorErrors.Add(Errors, e); return Page(); }
    }

    private async Task<IActionResult> CreateAsync(ItemContent content, CancellationToken ct)
    {
        try
        {
            var item = await CreateItem.HandleAsync(content, db, scope, regions, departments, ct);
            return Redirect($"/admin/catalog/{item.Id}?done=created");
        }
        catch (DomainException e) when (e.Status is 400 or 409 || e.Code == "bundle.item-out-of-scope") { EditorErrors.Add(Errors, e); }
        catch (DbUpdateException e) when (StoreConflicts.ToProblem(e) is { } conflict) { Errors.Add(conflict); }
        return Page();
    }
}
