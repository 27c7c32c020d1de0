using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OneStop.Catalog;
using OneStop.Catalog.Items;
using OneStop.Catalog.Persistence;
using OneStop.Platform.Calendar;
using OneStop.Platform.Errors;
using OneStop.Platform.Regions;
using OneStop.Platform.Security;

namespace OneStop.Web.Pages.Admin.Catalog;

/// <summary>One item's versions and its draft, edited as the JSON document the API takes.</summary>
public sealed class ItemModel(CatalogDbContext db, DataScope scope, IRegionDirectory regions, TimeProvider time, CatalogChanges changes,
    OneStop.Platform.Departments.IDepartmentDirectory departments) : PageModel
{
    public ItemDetail Detail { get; private set; } = null!;
    public string Title => Detail.Content?.DisplayName ?? "事项";
    public string Json { get; private set; } = "";
    public ErrorList Errors { get; } = new();
    public string? Message { get; private set; }

    public Task OnGetAsync(long id, CancellationToken ct) => LoadAsync(id, ct);

    public Task<IActionResult> OnPostDraftAsync(long id, CancellationToken ct) =>
        RunAsync(id, "已新建草稿", () => EditItems.StartDraftAsync(id, db, scope, ct), ct);

    public Task<IActionResult> OnPostPublishAsync(long id, string? validFrom, CancellationToken ct) =>
        RunAsync(id, "已发布", () => EditItems.PublishAsync(id, validFrom, db, scope, time, changes, ct), ct);

    public async Task<IActionResult> OnPostRetireAsync(long id, string? lastDay, CancellationToken ct)
    {
        string? summary = null;
        var result = await RunAsync(id, "已停止实施", async () =>
        {
            var (item, outcome) = await EditItems.RetireAsync(id, lastDay, db, scope, time, changes, ct);
            summary = outcome.Summary;
            return item;
        }, ct);
        if (summary is not null) Message = "已停止实施：" + summary;
        return result;
    }

    public Task<IActionResult> OnPostSaveAsync(long id, string? json, CancellationToken ct) =>
        RunAsync(id, "草稿已保存", () => EditItems.EditDraftAsync(id, Parse(json), db, scope, regions, departments, ct), ct);

    public async Task<IActionResult> OnPostDeriveAsync(long id, string? regionCode, string? implementationCode, string? variation, CancellationToken ct)
    {
        try
        {
            LocalVariation? parsed;
            try { parsed = JsonSerializer.Deserialize<LocalVariation>(variation ?? "", CatalogJson.Options); }
            catch (JsonException) { throw RequestValidationException.For("variation", "本地差异 JSON 格式错误", "catalog.invalid-json"); }
            var local = await LocalItems.DeriveAsync(id, new DeriveLocalRequest(regionCode, implementationCode, parsed), db, scope, time, departments, regions, ct);
            changes.Invalidate();
            return Redirect($"/admin/catalog/{local.Id}");
        }
        catch (PublishingRejectedException e)
        {
            Errors.Add(e);
        }
        catch (DomainException e) when (e.Status is 400 or 409 || e.Code == "bundle.item-out-of-scope") { Errors.Add(e); }
        catch (DbUpdateException e) when (StoreConflicts.ToProblem(e) is { } conflict) { Errors.Add(conflict); }
        db.ChangeTracker.Clear();
        await LoadAsync(id, ct);
        return Page();
    }

    internal static ItemContent Parse(string? json)
    {
        try { return JsonSerializer.Deserialize<ItemContent>(json ?? "", CatalogJson.Options) ?? throw new JsonException(); }
        catch (JsonException e) { throw RequestValidationException.For("json", "JSON 格式错误：" + e.Message.Split('.')[0], "catalog.invalid-json"); }
    }

    private async Task<IActionResult> RunAsync(long id, string done, Func<Task<ServiceItem>> action, CancellationToken ct)
    {
        try
        {
            await action();
            Message = done;
        }
        catch (PublishingRejectedException e)
        {
            Errors.Add(e);
            foreach (var i in e.Issues) Errors.Add(new BusinessRuleException(i.Code, $"{i.Field}：{i.Message}"));
        }
        catch (DomainException e) when (e.Status is 400 or 409 || e.Code == "bundle.item-out-of-scope") { Errors.Add(e); }
        catch (DbUpdateException e) when (StoreConflicts.ToProblem(e) is { } conflict) { Errors.Add(conflict); }
        db.ChangeTracker.Clear();
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task LoadAsync(long id, CancellationToken ct)
    {
        scope.Staff(Role.CatalogAdmin);
        var item = await db.Items.AsNoTracking().Include(i => i.Versions).FirstOrDefaultAsync(i => i.Id == id, ct)
            ?? throw new NotFoundException("catalog.item-not-found", "事项不存在");
        scope.StaffFor(item.RegionCode, null, Role.CatalogAdmin);
        Detail = ItemDetail.Of(item, ChinaTime.Today(time));
        var shown = item.DraftVersion?.Content ?? item.LatestPublished?.Content;
        Json = shown is null ? "" : JsonSerializer.Serialize(shown, new JsonSerializerOptions(CatalogJson.Options) { WriteIndented = true });
    }
}
