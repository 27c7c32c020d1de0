using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Cases.Applying;
using OneStop.Cases.Domain;
using OneStop.Cases.Persistence;
using OneStop.Cases.Reading;
using OneStop.Platform.Calendar;
using OneStop.Platform.Errors;
using OneStop.Platform.Security;

namespace OneStop.Cases.Pages.Cases;

/// <summary>
/// The applicant's case: status, dates with the reason for each due date, materials, decision, a bundle's parts
/// and the full history; 撤回 after a confirmation while the table still allows it. Another applicant's case is 404.
/// </summary>
public sealed class DetailModel(CasesDbContext db, DataScope scope, IWorkingCalendar calendar, TimeProvider time) : PageModel
{
    public CaseView Case { get; private set; } = null!;
    public CasePageErrors Errors { get; } = new();
    public string? Done { get; private set; }
    public bool ConfirmWithdraw { get; private set; }
    public string? ReasonTyped { get; private set; }

    private CaseState State => Enum.Parse<CaseState>(Case.State);

    public bool CanWithdraw => CaseTransitions.IsAllowed(State, CaseAction.Withdraw);
    public bool CanContinue => State == CaseState.Draft;
    public bool CanAnswer => State is CaseState.AwaitingSupplement or CaseState.ReviewSupplement;
    /// <summary>After acceptance (a 补正 before it has its own button, a draft is still being filled in).</summary>
    public bool CanSupplyDeferred => Case.Materials.Any(m => m.TakesDeferredFile)
        && State is not (CaseState.Draft or CaseState.AwaitingSupplement);

    public async Task OnGetAsync(long id, string? done, string? confirm, CancellationToken ct)
    {
        Done = done is "submitted" or "answered" or "withdrawn" ? done : null;
        await LoadAsync(id, ct);
        ConfirmWithdraw = confirm == "withdraw" && CanWithdraw;
    }

    public async Task<IActionResult> OnPostWithdrawAsync(long id, string? reason, CancellationToken ct)
    {
        try
        {
            await ApplicantActions.WithdrawAsync(id, new NoteRequest(reason), db, scope, time, ct);
            return Redirect($"/cases/{id}?done=withdrawn");
        }
        catch (DomainException e) when (e.Status is 400 or 409) { Errors.Add(e); }
        db.ChangeTracker.Clear();
        await LoadAsync(id, ct);
        ConfirmWithdraw = CanWithdraw;
        ReasonTyped = reason;
        return Page();
    }

    private async Task LoadAsync(long id, CancellationToken ct)
    {
        var c = await CaseAccess.ForApplicantAsync(db, scope, id, ct);
        Case = await CaseViews.ForAsync(c, scope, calendar, ct, await CaseAccess.PartsAsync(db, c, ct));
    }
}
