using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OneStop.Catalog;
using OneStop.Catalog.Bundles;
using OneStop.Catalog.Pages.Admin.Catalog.BundleEditor;
using OneStop.Catalog.Persistence;
using OneStop.Platform.Errors;
using OneStop.Platform.Regions;
using OneStop.Platform.Security;

namespace OneStop.Catalog.Pages.Admin.Catalog;

/// <summary>一件事维护: bundles composed by picking items by name; creating and editing share the picker.</summary>
public sealed class BundlesModel(CatalogDbContext db, DataScope scope, IRegionDirectory regions, CatalogSnapshot snapshot,
    TimeProvider time) : PageModel
{
    private static readonly Dictionary<string, string> Done = new()
    {
        ["created"] = "已保存草稿", ["published"] = "已发布", ["retired"] = "已停止实施", ["edited"] = "已保存，请重新发布",
    };

    public IReadOnlyList<Bundle> Bundles { get; private set; } = [];
    public BundleForm Form { get; private set; } = new();
    public ErrorList Errors { get; } = new();
    public string? Message { get; private set; }

    public async Task OnGetAsync(long? edit, string? done, CancellationToken ct)
    {
        Message = done is null ? null : Done.GetValueOrDefault(done);
        var staff = scope.Staff(Role.CatalogAdmin);
        Form = new BundleForm { RegionCode = scope.User.RegionCode };
        if (edit is { } id && await db.Bundles.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id && b.RegionCode.StartsWith(staff.RegionPrefix), ct) is { } bundle)
            Form = new BundleForm { Id = bundle.Id, Name = bundle.Name, Description = bundle.Description,
                PromisedLimitDays = bundle.PromisedLimitDays.ToString(), ItemIds = [.. bundle.ItemIds] };
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostSaveAsync(BundleForm bundle, string? pick, CancellationToken ct)
    {
        Form = bundle;
        if (bundle.Apply(pick)) return await ShowAsync(ct);
        var problems = new List<string>();
        var limit = bundle.Limit(problems);
        if (problems.Count > 0)
        {
            foreach (var p in problems) Errors.Add(p);
            return await ShowAsync(ct);
        }
        var request = new CreateBundleRequest(bundle.Code, bundle.Name, bundle.RegionCode, bundle.Description, bundle.ItemIds, limit);
        try
        {
            if (bundle.Id is { } id) await EditBundle.HandleAsync(id, request, db, scope, ct);
            else await CreateBundle.HandleAsync(request, db, scope, regions, ct);
            return Redirect($"/admin/catalog/bundles?done={(bundle.Id is null ? "created" : "edited")}");
        }
        catch (DomainException e) when (e.Status is 400 or 409 || e.Code == "bundle.item-out-of-scope") { await AddAsync(e, bundle.ItemIds, ct); }
        catch (DbUpdateException e) when (StoreConflicts.ToProblem(e) is { } conflict) { Errors.Add(conflict); }
        db.ChangeTracker.Clear();
        return await ShowAsync(ct);
    }

    public Task<IActionResult> OnPostPublishAsync(long id, CancellationToken ct) =>
        RunAsync(id, "published", async () => (await PublishBundle.HandleAsync(id, db, scope, snapshot, time, ct)).Bundle, ct);

    public Task<IActionResult> OnPostRetireAsync(long id, CancellationToken ct) =>
        RunAsync(id, "retired", () => RetireBundle.HandleAsync(id, db, scope, ct), ct);

    private async Task<IActionResult> RunAsync(long id, string done, Func<Task<Bundle>> action, CancellationToken ct)
    {
        try
        {
            await action();
            return Redirect($"/admin/catalog/bundles?done={done}");
        }
        catch (DomainException e) when (e.Status is 400 or 409 || e.Code == "bundle.item-out-of-scope")
        {
            var members = await db.Bundles.AsNoTracking().Where(b => b.Id == id).Select(b => b.ItemIds).FirstOrDefaultAsync(ct) ?? [];
            await AddAsync(e, members, ct);
        }
        catch (DbUpdateException e) when (StoreConflicts.ToProblem(e) is { } conflict) { Errors.Add(conflict); }
        db.ChangeTracker.Clear();
        Form = new BundleForm { RegionCode = scope.User.RegionCode };
        return await ShowAsync(ct);
    }

    /// <summary>The refusal, then which members are wrong, by name: not found, outside the admin's regions, or not in force.</summary>
    private async Task AddAsync(DomainException e, IReadOnlyList<long> ids, CancellationToken ct)
    {
        Errors.Add(e.Code == "bundle.item-out-of-scope" ? new BusinessRuleException(e.Code, e.Title) : e);
        var staff = scope.Staff(Role.CatalogAdmin);
        var probe = new BundleForm { ItemIds = [.. ids] };
        await probe.LoadAsync(db, staff.RegionPrefix, ct);
        foreach (var m in probe.Members)
        {
            if (m.Code.Length == 0) Errors.Add($"事项 {m.Id}：找不到该事项");
            else if (!staff.CoversRegion(m.RegionCode)) Errors.Add($"{m.Name}（{m.Code}）：不在您的区划范围内");
            else if (!m.Published) Errors.Add($"{m.Name}（{m.Code}）：尚未发布，不能纳入一件事");
        }
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var prefix = scope.Staff(Role.CatalogAdmin).RegionPrefix;
        Bundles = await db.Bundles.AsNoTracking().Where(b => b.RegionCode.StartsWith(prefix)).OrderBy(b => b.Id).ToListAsync(ct);
        await Form.LoadAsync(db, prefix, ct);
    }
}
