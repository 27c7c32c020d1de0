using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Hotline.Dispatch;
using OneStop.Platform.Departments;
using OneStop.Platform.Errors;
using OneStop.Platform.Regions;
using OneStop.Platform.Security;

namespace OneStop.Hotline.Pages.Workbench.Hotline.Dispatch;

/// <summary>One rule: change its departments, or delete it after a confirmation.</summary>
internal sealed class EditModel(ManageDispatchRules manage, DataScope scope, IRegionDirectory regions, IDepartmentDirectory departments) : PageModel
{
    public DispatchRuleView Rule { get; private set; } = null!;
    public DispatchChoices Choices { get; private set; } = new([], []);
    public ErrorList Errors { get; private set; } = new();
    public bool ConfirmingDelete { get; private set; }

    [BindProperty] public DispatchRuleForm Input { get; set; } = new();
    [BindProperty] public bool Confirmed { get; set; }

    public async Task OnGetAsync(long id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        FillFromRule();
    }

    /// <summary>The edit form shows the rule as stored (also under the deletion's confirmation, which posts no fields).</summary>
    private void FillFromRule() => Input = new DispatchRuleForm
    {
        MainDepartmentId = Rule.Main.Id, CoHandlerIds = Rule.CoHandlers.Select(c => c.Id).ToList(), Note = Rule.Note, Revision = Rule.Revision,
    };

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken ct)
    {
        try
        {
            await manage.UpdateAsync(id, Input.ToRequest(), ct);
            return Redirect("/workbench/hotline/dispatch-rules?done=updated");
        }
        catch (DomainException e) when (e is not NotFoundException)
        {
            Errors = HotlinePageErrors.From(e, HotlinePageErrors.Dispatch);
            await LoadAsync(id, ct);
            return Page();
        }
    }

    public async Task<IActionResult> OnPostDeleteAsync(long id, CancellationToken ct)
    {
        if (!Confirmed)
        {
            await LoadAsync(id, ct);
            FillFromRule();
            ConfirmingDelete = true;
            return Page();
        }
        try
        {
            await manage.DeleteAsync(id, Input.Revision, ct);
            return Redirect("/workbench/hotline/dispatch-rules?done=deleted");
        }
        catch (DomainException e) when (e is not NotFoundException)
        {
            Errors = HotlinePageErrors.From(e, HotlinePageErrors.Dispatch);
            await LoadAsync(id, ct);
            FillFromRule();
            return Page();
        }
    }

    private async Task LoadAsync(long id, CancellationToken ct)
    {
        scope.Staff(ManageDispatchRules.Managers);
        Rule = await manage.GetAsync(id, ct);
        Choices = await DispatchChoices.LoadAsync(scope, regions, departments, ct);
    }
}
