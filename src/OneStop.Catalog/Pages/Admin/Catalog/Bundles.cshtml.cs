using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OneStop.Catalog;
using OneStop.Catalog.Bundles;
using OneStop.Catalog.Persistence;
using OneStop.Platform.Errors;
using OneStop.Platform.Regions;
using OneStop.Platform.Security;

namespace OneStop.Catalog.Pages.Admin.Catalog;

public sealed class BundlesModel(CatalogDbContext db, DataScope scope, IRegionDirectory regions, CatalogSnapshot snapshot,
    TimeProvider time) : PageModel
{
    public IReadOnlyList<Bundle> Bundles { get; private set; } = [];
    public string? DefaultRegion => scope.User.RegionCode;
    public ErrorList Errors { get; } = new();
    public string? Message { get; private set; }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostCreateAsync(string? code, string? name, string? regionCode, string? description,
        string? itemCodes, int? promisedLimitDays, CancellationToken ct)
    {
        try
        {
            var codes = (itemCodes ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(50).ToList();
            var ids = await db.Items.Where(i => codes.Contains(i.ImplementationCode)).Select(i => i.Id).ToListAsync(ct);
            if (ids.Count != codes.Count) throw RequestValidationException.For("itemIds", "有实施编码找不到对应事项", "bundle.unknown-item");
            await CreateBundle.HandleAsync(new CreateBundleRequest(code, name, regionCode, description, ids, promisedLimitDays), db, scope, regions, ct);
            Message = "已保存草稿";
        }
        catch (DomainException e) when (e.Status is 400 or 409 || e.Code == "bundle.item-out-of-scope") { Errors.Add(e); }
        catch (DbUpdateException e) when (StoreConflicts.ToProblem(e) is { } conflict) { Errors.Add(conflict); }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostPublishAsync(long id, CancellationToken ct)
    {
        try
        {
            await PublishBundle.HandleAsync(id, db, scope, snapshot, time, ct);
            Message = "已发布";
        }
        catch (DomainException e) when (e.Status is 400 or 409 || e.Code == "bundle.item-out-of-scope") { Errors.Add(e); }
        catch (DbUpdateException e) when (StoreConflicts.ToProblem(e) is { } conflict) { Errors.Add(conflict); }
        await LoadAsync(ct);
        return Page();
    }

    public Task<IActionResult> OnPostRetireAsync(long id, CancellationToken ct) =>
        RunAsync("已停止实施", () => RetireBundle.HandleAsync(id, db, scope, ct), ct);

    public Task<IActionResult> OnPostEditAsync(long id, string? name, string? description, string? itemIds, int? promisedLimitDays, CancellationToken ct)
    {
        var ids = (itemIds ?? "").Split([',', '，', ' '], StringSplitOptions.RemoveEmptyEntries)
            .Select(x => long.TryParse(x, out var n) ? n : -1).Take(50).ToList();
        return RunAsync("已保存，请重新发布", () => EditBundle.HandleAsync(id, new CreateBundleRequest(null, name, null, description, ids, promisedLimitDays), db, scope, ct), ct);
    }

    private async Task<IActionResult> RunAsync(string done, Func<Task<Bundle>> action, CancellationToken ct)
    {
        try
        {
            await action();
            Message = done;
        }
        catch (DomainException e) when (e.Status is 400 or 409 || e.Code == "bundle.item-out-of-scope") { Errors.Add(e); }
        catch (DbUpdateException e) when (StoreConflicts.ToProblem(e) is { } conflict) { Errors.Add(conflict); }
        db.ChangeTracker.Clear();
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var prefix = scope.Staff(Role.CatalogAdmin).RegionPrefix;
        Bundles = await db.Bundles.AsNoTracking().Where(b => b.RegionCode.StartsWith(prefix)).OrderBy(b => b.Id).ToListAsync(ct);
    }
}
