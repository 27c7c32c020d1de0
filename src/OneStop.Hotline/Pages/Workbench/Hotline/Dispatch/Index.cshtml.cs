using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Hotline.Dispatch;
using OneStop.Platform.Departments;
using OneStop.Platform.Errors;
using OneStop.Platform.Regions;
using OneStop.Platform.Security;

namespace OneStop.Hotline.Pages.Workbench.Hotline.Dispatch;

/// <summary>The rule form's fields (the co-handlers as checkboxes).</summary>
public sealed class DispatchRuleForm
{
    public string? CategoryCode { get; set; }
    public string? RegionCode { get; set; }
    public long? MainDepartmentId { get; set; }
    public List<long> CoHandlerIds { get; set; } = [];
    public string? Note { get; set; }
    public int? Revision { get; set; }

    public DispatchRuleRequest ToRequest() => new(CategoryCode, RegionCode, MainDepartmentId, CoHandlerIds, Note, Revision);
}

/// <summary>派单目录: the rules in the manager's scope, filtered by 一级 category, a new rule, and the suggestion check.</summary>
internal sealed class IndexModel(ManageDispatchRules manage, DispatchCatalogue catalogue, DataScope scope, IRegionDirectory regions,
    IDepartmentDirectory departments) : PageModel
{
    public IReadOnlyList<DispatchRuleView> Rules { get; private set; } = [];
    public DispatchChoices Choices { get; private set; } = new([], []);
    public string? Category { get; private set; }
    public string? Done { get; private set; }
    public bool MayManage { get; private set; }
    public ErrorList Errors { get; private set; } = new();
    public DispatchSuggestion? Suggestion { get; private set; }
    public string? TryCategory { get; private set; }
    public string? TryRegion { get; private set; }

    [BindProperty] public DispatchRuleForm Input { get; set; } = new();

    public async Task OnGetAsync(string? category, string? done, string? tryCategory, string? tryRegion, CancellationToken ct)
    {
        Done = done switch { "created" => "派单规则已新建。", "updated" => "派单规则已修改。", "deleted" => "派单规则已删除。", _ => null };
        TryCategory = tryCategory;
        TryRegion = tryRegion;
        if (!string.IsNullOrWhiteSpace(tryCategory) || !string.IsNullOrWhiteSpace(tryRegion))
        {
            try { Suggestion = await catalogue.SuggestAsync(tryCategory, tryRegion, ct); }
            catch (RequestValidationException e) { Errors = HotlinePageErrors.From(e, HotlinePageErrors.Dispatch); }
        }
        Input.RegionCode = scope.User.RegionCode;
        await LoadAsync(category, ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            await manage.CreateAsync(Input.ToRequest(), ct);
            return Redirect("/workbench/hotline/dispatch-rules?done=created");
        }
        catch (DomainException e)
        {
            Errors = HotlinePageErrors.From(e, HotlinePageErrors.Dispatch);
            await LoadAsync(null, ct);
            return Page();
        }
    }

    private async Task LoadAsync(string? category, CancellationToken ct)
    {
        Category = category;
        Rules = await manage.ListAsync(category, null, ct);
        MayManage = ManageDispatchRules.Managers.Any(scope.Holds);
        if (MayManage) Choices = await DispatchChoices.LoadAsync(scope, regions, departments, ct);
    }
}
