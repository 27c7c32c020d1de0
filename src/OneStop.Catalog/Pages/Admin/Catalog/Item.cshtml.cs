using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OneStop.Catalog;
using OneStop.Catalog.Items;
using OneStop.Catalog.Pages.Admin.Catalog.Editor;
using OneStop.Catalog.Persistence;
using OneStop.Platform.Calendar;
using OneStop.Platform.Errors;
using OneStop.Platform.Regions;
using OneStop.Platform.Security;

namespace OneStop.Catalog.Pages.Admin.Catalog;

/// <summary>One item's versions and its draft, edited in the Chinese form (or, for experts, as JSON).</summary>
public sealed class ItemModel(CatalogDbContext db, DataScope scope, IRegionDirectory regions, TimeProvider time, CatalogChanges changes,
    OneStop.Platform.Departments.IDepartmentDirectory departments) : PageModel
{
    /// <summary>What a redirect after a successful action says; keys only, so the address cannot carry arbitrary text.</summary>
    private static readonly Dictionary<string, string> Done = new()
    {
        ["created"] = "已保存为草稿", ["draft"] = "已新建草稿", ["saved"] = "草稿已保存", ["published"] = "已发布", ["retired"] = "已停止实施", ["variation"] = "本地差异已保存为草稿，发布后生效",
    };

    public ItemDetail Detail { get; private set; } = null!;
    public string Title => Detail.Content?.DisplayName ?? "事项";
    public string Json { get; private set; } = "";
    public ItemForm? Form { get; private set; }
    public bool HasDraft { get; private set; }
    public ErrorList Errors { get; } = new();
    public string? Message { get; private set; }
    public RetirePreview? Retirement { get; private set; }
    public VariationForm? Variation { get; private set; }
    public IReadOnlyList<LocalRegionOption> LocalRegionChoices { get; private set; } = [];

    public async Task OnGetAsync(long id, string? done, string? confirm, string? lastDay, CancellationToken ct)
    {
        Message = done is null ? null : Done.GetValueOrDefault(done);
        await LoadAsync(id, ct);
        if (confirm == "retire")
        {
            try { Retirement = await RetirePreview.ForAsync(id, lastDay, db, scope, time, ct); }
            catch (DomainException e) when (e.Status is 400 or 409) { EditorErrors.Add(Errors, e); }
        }
    }

    public Task<IActionResult> OnPostDraftAsync(long id, CancellationToken ct) =>
        RunAsync(id, "draft", () => StartDraft.HandleAsync(id, db, scope, ct), ct);

    public Task<IActionResult> OnPostPublishAsync(long id, string? validFrom, CancellationToken ct) =>
        RunAsync(id, "published", () => PublishVersion.HandleAsync(id, validFrom, db, scope, time, changes, ct), ct);

    public Task<IActionResult> OnPostRetireAsync(long id, string? lastDay, CancellationToken ct) =>
        RunAsync(id, "retired", async () => (await RetireItem.HandleAsync(id, lastDay, db, scope, time, changes, ct)).Item, ct);

    public async Task<IActionResult> OnPostSaveAsync(long id, ItemForm editor, string? rowAction, CancellationToken ct)
    {
        if (RowActions.Apply(editor, rowAction))
        {
            // A row button keeps the form as posted; a value that could not be bound is said now, not at the save.
            if (UnboundChoices.In(ModelState) is { Count: > 0 } unboundRows)
            {
                Errors.Add("提交的数据有误");
                foreach (var p in unboundRows) Errors.Add(p);
            }
            await LoadAsync(id, ct);
            Form = editor;
            return Page();
        }
        var problems = new List<string>();
        var content = editor.ToContent(problems);
        var unbound = UnboundChoices.In(ModelState);
        if (content is null || unbound.Count > 0)
        {
            Errors.Add("提交的数据有误");
            foreach (var p in unbound) Errors.Add(p);
            foreach (var p in editor.AllProblems(problems)) Errors.Add(p);
            await LoadAsync(id, ct);
            Form = editor;
            return Page();
        }
        var result = await RunAsync(id, "saved", () => EditDraft.HandleAsync(id, content, db, scope, regions, departments, ct), ct);
        if (result is PageResult) Form = editor;
        return result;
    }

    public Task<IActionResult> OnPostSaveJsonAsync(long id, string? json, CancellationToken ct) =>
        RunAsync(id, "saved", () => EditDraft.HandleAsync(id, Parse(json), db, scope, regions, departments, ct), ct);

    public async Task<IActionResult> OnPostDeriveAsync(long id, string? regionCode, string? implementationCode, VariationForm variation,
        CancellationToken ct)
    {
        var problems = new List<string>();
        var parsed = variation.ToVariation(problems);
        problems.AddRange(UnboundChoices.In(ModelState));
        if (parsed is not null && problems.Count == 0)
        {
            try
            {
                var local = await LocalItems.DeriveAsync(id, new DeriveLocalRequest(regionCode, implementationCode, parsed), db, scope, time, departments, regions, ct);
                changes.Invalidate();
                return Redirect($"/admin/catalog/{local.Id}?done=created");
            }
            catch (DomainException e) when (e.Status is 400 or 409 || e.Code == "bundle.item-out-of-scope") { EditorErrors.Add(Errors, e); }
            catch (DbUpdateException e) when (StoreConflicts.ToProblem(e) is { } conflict) { Errors.Add(conflict); }
        }
        foreach (var p in problems) Errors.Add(p);
        db.ChangeTracker.Clear();
        await LoadAsync(id, ct);
        DeriveInput = (regionCode, implementationCode, variation);
        return Page();
    }

    /// <summary>What was typed in the derive form, shown again after a refusal.</summary>
    public (string? RegionCode, string? ImplementationCode, VariationForm Variation)? DeriveInput { get; private set; }

    public async Task<IActionResult> OnPostVariationAsync(long id, VariationForm variation, CancellationToken ct)
    {
        var problems = new List<string>();
        var parsed = variation.ToVariation(problems);
        problems.AddRange(UnboundChoices.In(ModelState));
        if (parsed is not null && problems.Count == 0)
        {
            var result = await RunAsync(id, "variation", () => LocalItems.ChangeVariationAsync(id, parsed, db, scope, time, departments, ct), ct);
            if (result is not PageResult) { changes.Invalidate(); return result; }
        }
        else
        {
            Errors.Add("提交的数据有误");
            foreach (var p in problems) Errors.Add(p);
            await LoadAsync(id, ct);
        }
        variation.GeneralMaterials = Variation?.GeneralMaterials ?? [];
        Variation = variation;
        return Page();
    }

    internal static ItemContent Parse(string? json)
    {
        try { return JsonSerializer.Deserialize<ItemContent>(json ?? "", CatalogJson.Options) ?? throw new JsonException(); }
        catch (JsonException) { throw RequestValidationException.For("json", "格式错误，请检查括号、引号和逗号，或改用表单编辑", "catalog.invalid-json"); }
    }

    /// <summary>Post-redirect-get on success; on a refusal the page comes back with the errors (and the form as typed).</summary>
    private async Task<IActionResult> RunAsync(long id, string done, Func<Task<ServiceItem>> action, CancellationToken ct)
    {
        try
        {
            await action();
            return Redirect($"/admin/catalog/{id}?done={done}");
        }
        catch (DomainException e) when (e.Status is 400 or 409 || e.Code == "bundle.item-out-of-scope") { EditorErrors.Add(Errors, e); }
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
        HasDraft = item.DraftVersion is not null;
        var shown = item.DraftVersion?.Content ?? item.LatestPublished?.Content;
        // A derived item's content is N with its variation X applied: it is edited through the variation, not field by field.
        Form = item.GeneralItemId is null && item.DraftVersion?.Content is { } draft ? ItemForm.From(draft) : null;
        if (item.GeneralItemId is not null)
        {
            Variation = VariationForm.From(item.Variation);
            Variation.GeneralMaterials = (Detail.Content ?? shown)?.Materials.Select(m => m.Name).ToList() ?? [];
        }
        else LocalRegionChoices = await LocalRegions.ListAsync(id, db, scope, regions, ct);
        Json = shown is null ? "" : JsonSerializer.Serialize(shown, new JsonSerializerOptions(CatalogJson.Options) { WriteIndented = true });
    }
}
