using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OneStop.Cases.Applying;
using OneStop.Cases.Domain;
using OneStop.Cases.Persistence;
using OneStop.Cases.PreReview;
using OneStop.Cases.Reading;
using OneStop.Cases.Review;
using OneStop.Platform.Calendar;
using OneStop.Platform.Errors;
using OneStop.Platform.Security;

namespace OneStop.Cases.Pages.Workbench.Cases;

/// <summary>
/// One case on the workbench: what the clerk checks and decides at pre-review, what the approver works through in
/// review, each section by the viewer's role; only the actions the state table allows now. Every action runs the
/// same use case as the API, then redirects (post-redirect-get); a refusal comes back with what was typed.
/// </summary>
internal sealed class CaseModel(CasesDbContext db, DataScope scope, IWorkingCalendar calendar, TimeProvider time) : PageModel
{
    /// <summary>What a redirect after a successful action says; keys only, so the address cannot carry arbitrary text.</summary>
    private static readonly Dictionary<string, string> Done = new()
    {
        ["accepted"] = "已受理", ["supplement"] = "已发出一次性告知补正通知", ["refused"] = "已不予受理", ["step"] = "本环节已完成",
        ["review-supplement"] = "已要求补正，补正期间暂停计时", ["procedure"] = "已启动特别程序，期间不计入办理时限",
        ["procedure-ended"] = "特别程序已结束，次日恢复计时", ["extension"] = "延期申请已提交，待本部门另一名审批人员批准",
        ["extension-approved"] = "已批准延期，法定时限已顺延", ["extension-rejected"] = "已不批准延期", ["deferred"] = "已确认容缺材料补交",
        ["decided"] = "已作出决定", ["submitted"] = "已代申请人提交，请进行预审",
    };

    [BindProperty] public CaseInput Input { get; set; } = new();
    public CaseView View { get; private set; } = null!;
    public CaseState State { get; private set; }
    public bool AsClerk { get; private set; }
    public bool AsApprover { get; private set; }
    public string? MainNumber { get; private set; }
    public CaseAction AcceptAction { get; private set; }
    public DateOnly? DeferredDueIfAccepted { get; private set; }
    public bool AtLastStep { get; private set; }
    public ExtensionView? PendingExtension { get; private set; }
    public bool MayDecideExtension { get; private set; }
    public ErrorList Errors { get; } = new();
    public string? Message { get; private set; }
    /// <summary>Which confirmation panel to show: "refuse" or "decide" (the input was checked; the next post acts).</summary>
    public string? Confirming { get; private set; }

    /// <summary>The refused form (its page handler) and its fields' messages, shown beside each field.</summary>
    public string? ErrorForm { get; private set; }

    public Dictionary<string, string> FieldErrors { get; } = new();

    /// <summary>The message for a field of a form, when that form was the one refused.</summary>
    public string? ErrorFor(string form, string field) =>
        string.Equals(ErrorForm, form, StringComparison.OrdinalIgnoreCase) ? FieldErrors.GetValueOrDefault(field) : null;

    private void NoteErrors(DomainException e, IReadOnlyDictionary<string, string>? labels)
    {
        ErrorForm = Request.Query["handler"].ToString();
        CasePageErrors.Add(Errors, e, labels, FieldErrors);
    }

    /// <summary>Today on the official calendar (Beijing): an overdue case says so on its own page.</summary>
    public DateOnly Today { get; private set; }

    public bool Allowed(CaseAction action) => CaseTransitions.IsAllowed(State, action);

    /// <summary>
    /// This answer shows the IDs and phones in full: the reveal's own post answers with the page (no redirect), so
    /// nothing replayable carries it — a flag in a cookie could be sent again by anyone signed in later on that browser,
    /// without a record of their own. A reload posts again, and is recorded again; a GET shows them masked.
    /// </summary>
    public bool Revealed { get; private set; }

    /// <summary>What this viewer sees masked (resident IDs, mobile numbers) and may ask to see in full.</summary>
    public bool MayReveal { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, string? done, CancellationToken ct)
    {
        // An applicant who follows a staff link to their own case gets their own page, not the workbench's.
        if (!scope.User.Roles.Any(r => Role.Find(r)?.IsStaff == true)) return Redirect($"/cases/{id}");
        Message = done is null ? null : Done.GetValueOrDefault(done);
        await LoadAsync(id, ct);
        Input.Revision = View.Revision;
        return Page();
    }

    /// <summary>查看完整个人信息: the audit record is written, then the page shows the case once unmasked.</summary>
    public async Task<IActionResult> OnPostRevealAsync(long id, RevealPurpose? purpose, string? note, CancellationToken ct)
    {
        try
        {
            await RevealPersonalData.HandleAsync(db, scope, id, new RevealRequest(purpose, note), ct);
            Revealed = true;
        }
        catch (DomainException e) when (e.Status == 400) { NoteErrors(e, RevealLabels); }
        RevealInput = (purpose, note);
        await LoadAsync(id, ct);
        Input.Revision = View.Revision; // the page's action forms act on what this answer shows
        return Page();
    }

    private static readonly Dictionary<string, string> RevealLabels = new() { ["purpose"] = "查看事由", ["note"] = "说明" };

    /// <summary>What was chosen and typed in the reveal form, shown again when it was refused.</summary>
    public (RevealPurpose? Purpose, string? Note) RevealInput { get; private set; }

    /// <summary>受理 starts the legal clock and issues the 受理通知书, and cannot be undone: confirmed first, like 不予受理.</summary>
    public Task<IActionResult> OnPostAcceptAsync(long id, CancellationToken ct) =>
        Input.Confirmed
            ? RunAsync(id, "accepted", async () => (await PreReviewActions.AcceptAsync(id, new NoteRequest(Input.AcceptNote), db, scope, calendar, time, ct)).Case,
                new() { ["note"] = "受理意见" }, ct)
            : ConfirmAsync(id, "accept", () => null, new Dictionary<string, string> { ["note"] = "受理意见" }, ct);

    public async Task<IActionResult> OnPostSupplementAsync(long id, CancellationToken ct)
    {
        var body = Input.Supplement(await MaterialNamesAsync(id, ct), out var labels);
        return await RunAsync(id, "supplement", () => PreReviewActions.RequestSupplementAsync(id, body, db, scope, calendar, time, ct), labels, ct);
    }

    public Task<IActionResult> OnPostRefuseAsync(long id, CancellationToken ct) =>
        Input.Confirmed
            ? RunAsync(id, "refused", () => PreReviewActions.RefuseAsync(id, new ReasonRequest(Input.RefuseReason), db, scope, time, ct), RefuseLabels, ct)
            : ConfirmAsync(id, "refuse", () => ApplicantActions.Note(Input.RefuseReason, "reason", required: true, "不予受理须说明理由"), RefuseLabels, ct);

    public Task<IActionResult> OnPostCompleteStepAsync(long id, CancellationToken ct) =>
        ReviewAsync(id, "step", new OpinionRequest(Input.Opinion), ReviewActions.CompleteStep, new() { ["opinion"] = "审查意见" }, ct);

    public async Task<IActionResult> OnPostReviewSupplementAsync(long id, CancellationToken ct)
    {
        var body = Input.Supplement(await MaterialNamesAsync(id, ct), out var labels);
        return await ReviewAsync(id, "review-supplement", body, ReviewActions.RequestReviewSupplement, labels, ct);
    }

    public Task<IActionResult> OnPostStartProcedureAsync(long id, CancellationToken ct) =>
        ReviewAsync(id, "procedure", new SpecialProcedureRequest(Input.Procedure, Input.ProcedureReason), ReviewActions.StartSpecialProcedure,
            new() { ["reason"] = "启动特别程序的事由" }, ct);

    public Task<IActionResult> OnPostEndProcedureAsync(long id, CancellationToken ct) =>
        ReviewAsync(id, "procedure-ended", new OpinionRequest(Input.ProcedureResult), ReviewActions.EndSpecialProcedure,
            new() { ["opinion"] = "特别程序结果" }, ct);

    public Task<IActionResult> OnPostExtensionAsync(long id, CancellationToken ct) =>
        ReviewAsync(id, "extension", new ExtensionRequest(Input.ExtensionDays ?? 0, Input.ExtensionReason), ReviewActions.RequestExtension,
            new() { ["reason"] = "延期理由" }, ct);

    public Task<IActionResult> OnPostApproveExtensionAsync(long id, CancellationToken ct) =>
        ReviewAsync(id, "extension-approved", new OpinionRequest(Input.ExtensionOpinion), ReviewActions.ApproveExtension,
            new() { ["opinion"] = "审批意见" }, ct);

    public Task<IActionResult> OnPostRejectExtensionAsync(long id, CancellationToken ct) =>
        ReviewAsync(id, "extension-rejected", new OpinionRequest(Input.ExtensionOpinion), ReviewActions.RejectExtension,
            new() { ["opinion"] = "审批意见" }, ct);

    public Task<IActionResult> OnPostConfirmDeferredAsync(long id, int index, CancellationToken ct) =>
        RunAsync(id, "deferred", async () => (await ReviewActions.ActAsync(id, index, null, ReviewActions.ConfirmDeferred, db, scope, calendar, time, ct)).Case,
            null, ct);

    public Task<IActionResult> OnPostDecideAsync(long id, CancellationToken ct) =>
        Input.Confirmed
            ? RunAsync(id, "decided", () => ReviewActions.DecideAsync(id, new DecideRequest(Input.Decision, Input.DecisionReason), db, scope, calendar, time, ct),
                DecideLabels, ct)
            // The use case checks all of this again when the confirmed form comes back.
            : ConfirmAsync(id, "decide", () =>
            {
                if (Input.Decision is not ("准予" or "不予"))
                    throw RequestValidationException.For("decision", "请选择准予或不予", "case.invalid-decision");
                return ApplicantActions.Note(Input.DecisionReason, "reason", required: Input.Decision == "不予", "不予许可须说明理由");
            }, DecideLabels, ct);

    private static readonly Dictionary<string, string> RefuseLabels = new() { ["reason"] = "不予受理理由" };
    private static readonly Dictionary<string, string> DecideLabels = new() { ["reason"] = "不予许可理由" };

    private Task<IActionResult> ReviewAsync(long id, string done, object body, Func<Case, object?, CaseActor, ReviewActions.Context, CaseAction> act,
        Dictionary<string, string> labels, CancellationToken ct) =>
        RunAsync(id, done, async () => (await ReviewActions.ActAsync(id, null, body, act, db, scope, calendar, time, ct)).Case, labels, ct);

    private async Task<IActionResult> RunAsync(long id, string done, Func<Task<Case>> action, Dictionary<string, string>? labels,
        CancellationToken ct)
    {
        try
        {
            await RequireSeenRevisionAsync(id, ct);
            await action();
            return Redirect($"/workbench/cases/{id}?done={done}");
        }
        catch (DomainException e) when (e.Status is 400 or 409 or 413) { NoteErrors(e, labels); }
        db.ChangeTracker.Clear();
        await LoadAsync(id, ct);
        return Page();
    }

    /// <summary>A destructive action's first post: check what was typed and the state, then show the confirmation panel.</summary>
    private async Task<IActionResult> ConfirmAsync(long id, string panel, Func<string?> check, IReadOnlyDictionary<string, string> labels,
        CancellationToken ct)
    {
        await LoadAsync(id, ct);
        try
        {
            await RequireSeenRevisionAsync(id, ct);
            check();
            Confirming = panel;
        }
        catch (DomainException e) when (e.Status is 400 or 409) { NoteErrors(e, labels); }
        return Page();
    }

    /// <summary>The page acted on what the person saw: if someone else changed the case since, nothing is done.</summary>
    private async Task RequireSeenRevisionAsync(long id, CancellationToken ct)
    {
        var current = await db.Cases.AsNoTracking().Where(c => c.Id == id).Select(c => (int?)c.Revision).FirstOrDefaultAsync(ct);
        if (current is { } r && r != Input.Revision) throw CaseWrites.Changed;
    }

    private async Task<IReadOnlyList<string>> MaterialNamesAsync(long id, CancellationToken ct) =>
        (await CaseAccess.ForReadingAsync(db, scope, id, ct)).Materials.Select(m => m.Name).ToList();

    private async Task LoadAsync(long id, CancellationToken ct)
    {
        var c = await CaseAccess.ForReadingAsync(db, scope, id, ct);
        var cal = await calendar.CurrentAsync(ct);
        Today = calendar.Today;
        var detail = Revealed ? PersonalDetail.Revealed : CaseAccess.DetailFor(scope, c);
        View = CaseView.Of(c, cal, calendar.Today, await CaseAccess.PartsAsync(db, c, ct), detail);
        MayReveal = detail != PersonalDetail.Revealed && View.HidesPersonalDataOf(c);
        State = c.State;
        AsClerk = scope.Holds(Role.WindowClerk) && c.Kind != CaseKind.BundlePart && scope.Staff(Role.WindowClerk).CoversRegion(c.RegionCode);
        AsApprover = scope.Holds(Role.Approver) && c.Kind != CaseKind.Bundle && c.DepartmentId is not null && c.DepartmentId == scope.User.DepartmentId;
        var deferred = c.Materials.Any(m => m.Status == MaterialStatus.Deferred);
        // The same choice Case.Accept makes, so the button says what will happen (and the due date that will apply).
        AcceptAction = c.Kind == CaseKind.Single && c.Item?.IsImmediate == true ? CaseAction.AcceptImmediately
            : deferred ? CaseAction.AcceptWithDeferred : CaseAction.Accept;
        DeferredDueIfAccepted = deferred && c.State == CaseState.Submitted
            ? cal.AddWorkdays(calendar.Today, CaseLimits.DeferredMaterialWorkdays).Date : null;
        AtLastStep = c.Steps.Count > 0 && c.Steps.FirstOrDefault(s => s.Status == StepStatus.Current)?.Index == c.Steps.Count - 1;
        PendingExtension = View.Extensions.LastOrDefault(e => e.Status == nameof(ExtensionStatus.Pending));
        MayDecideExtension = c.Extensions.LastOrDefault(e => e.Status == ExtensionStatus.Pending) is { } p && p.RequestedById != scope.User.AccountId;
        MainNumber = c.ParentId is { } parent
            ? await db.Cases.AsNoTracking().Where(x => x.Id == parent).Select(x => x.Number).FirstOrDefaultAsync(ct) : null;
        if (Input.Checks.Count == 0) Input.Checks = c.Materials.Select((_, i) => new MaterialCheck { Index = i }).ToList();
    }
}
