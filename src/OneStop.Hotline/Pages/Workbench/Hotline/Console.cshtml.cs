using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OneStop.Hotline.Tickets;
using OneStop.Hotline.Tickets.Domain;
using OneStop.Hotline.Tickets.Intake;
using OneStop.Platform.Errors;
using OneStop.Platform.Regions;
using OneStop.Platform.Security;

namespace OneStop.Hotline.Pages.Workbench.Hotline;

/// <summary>
/// 坐席受理台: the agent registers a call (the same RegisterIntake the API runs), answers it at once, or hands an
/// emergency over; then post-redirect-get to the acknowledgment. The suggestion, duplicate and knowledge panels are
/// script help around the form; without script the form alone does everything (并单 by the ticket number typed in).
/// </summary>
internal sealed class ConsoleModel(TicketWork w, RegisterIntake intake, IRegionDirectory regions) : PageModel
{
    public static readonly string[] Roles = [Role.HotlineAgent, Role.HotlineDispatcher, Role.SystemAdmin];

    [BindProperty] public ConsoleInput Input { get; set; } = new();
    public IReadOnlyList<RegionEntry> Regions { get; private set; } = [];
    public string CityName { get; private set; } = "";
    public string CityCode { get; private set; } = "";
    public ErrorList Errors { get; } = new();
    public CategoryPicker Picker => CategoryPicker.Typed("Input", Input.Category1, Input.Category2, Input.CategoryCode);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public Task<IActionResult> OnPostRegisterAsync(CancellationToken ct) => RunAsync(false, false, ct);

    public Task<IActionResult> OnPostAnswerNowAsync(CancellationToken ct) => RunAsync(true, false, ct);

    public Task<IActionResult> OnPostHandOverAsync(CancellationToken ct) => RunAsync(false, true, ct);

    private async Task<IActionResult> RunAsync(bool answerNow, bool handOver, CancellationToken ct)
    {
        var staff = w.Scope.Staff(Roles);
        try
        {
            if (answerNow && string.IsNullOrWhiteSpace(Input.AnswerNow))
                throw RequestValidationException.For("answer", "当场答复办结须填写答复内容", "hotline.answer-required");
            if (handOver && Input.HandOverTo is null)
                throw RequestValidationException.For("service", "请选择移交的部门（110/119/120/122）", "hotline.service-required");
            var mergeInto = await MergeTargetAsync(ct);
            var actor = await w.ActorAsync(w.Scope.Holds(Role.HotlineAgent) ? Role.HotlineAgent : Role.HotlineDispatcher, ct);
            var result = await intake.RunAsync(Input.Body(mergeInto, answerNow, handOver),
                new IntakeSource(Input.Channel, actor, RegionAllowed: staff.CoversRegion), ct);
            TempData["hotline.ack"] = result.Acknowledgment;
            return Redirect($"/workbench/hotline/requests/{Uri.EscapeDataString(result.RequestNumber)}");
        }
        catch (DomainException e) when (e.Status is 400 or 403 or 404 or 409)
        {
            TicketPageErrors.Add(Errors, e);
        }
        w.Db.ChangeTracker.Clear();
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>The ticket the typed number names: a ticket's number or the number of any request it holds.</summary>
    private async Task<long?> MergeTargetAsync(CancellationToken ct)
    {
        var number = Input.MergeIntoNumber?.Trim();
        if (string.IsNullOrEmpty(number)) return null;
        if (number.Length > 32) throw RequestValidationException.For("mergeIntoTicketId", "工单编号不存在", "hotline.ticket-not-found");
        var id = await w.Db.Set<HotlineRequest>().AsNoTracking().Where(r => r.Number == number).Select(r => (long?)r.TicketId).FirstOrDefaultAsync(ct);
        var target = id is { } i ? await w.Db.Set<Ticket>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == i, ct) : null;
        if (target is null) throw RequestValidationException.For("mergeIntoTicketId", $"没有编号为 {number} 的工单", "hotline.ticket-not-found");
        // A request merged away follows its ticket: join the ticket it is in now.
        return target.MergedIntoId ?? target.Id;
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var staff = w.Scope.Staff(Roles);
        CityCode = staff.Region;
        CityName = await regions.NameAsync(staff.Region, ct) ?? staff.Region;
        Regions = await regions.BelowAsync(staff.Region, ct);
    }
}
