using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OneStop.Hotline.Taxonomy;
using OneStop.Hotline.Tickets;
using OneStop.Hotline.Tickets.Domain;
using OneStop.Hotline.Tickets.Handling;
using OneStop.Hotline.Tickets.Persistence;
using OneStop.Hotline.Tickets.Reading;
using OneStop.Platform.Departments;
using OneStop.Platform.Errors;
using OneStop.Platform.Files;
using OneStop.Platform.Regions;
using OneStop.Platform.Security;

namespace OneStop.Hotline.Pages.Workbench.Hotline;

/// <summary>
/// One ticket on the workbench: the shared detail, then the sections of the viewer's roles (派单员, 承办单位, 协办单位,
/// 坐席回访, 电子监察), each offering only what the state table allows now. Every action runs what the API runs
/// (same access rule, same domain method, same save and audit), then redirects (post-redirect-get); a refusal comes
/// back with what was typed. 并单, 拆单 and 结案 ask for confirmation first.
/// </summary>
internal sealed class TicketModel(TicketWork w, IFileStore store, IRegionDirectory regions, OneStop.Hotline.Dispatch.DispatchCatalogue catalogue) : PageModel
{
    private static readonly string[] Centre = [Role.HotlineAgent, Role.HotlineDispatcher, Role.SystemAdmin];
    private static readonly string[] Dispatchers = [Role.HotlineDispatcher, Role.SystemAdmin];

    /// <summary>What a redirect after a successful action says; keys only, so the address cannot carry arbitrary text.</summary>
    private static readonly Dictionary<string, string> Done = new()
    {
        ["dispatched"] = "已派单，承办单位的签收时限开始计算", ["return-approved"] = "已同意退单，工单回到待派单",
        ["return-rejected"] = "已驳回退单，工单退回承办单位待签收", ["extension-approved"] = "已同意延期，办结时限已顺延",
        ["extension-rejected"] = "已驳回延期申请", ["urged"] = "已督办", ["merged"] = "已并单：被并工单的诉求人将随本工单获得进度、答复和回访",
        ["split"] = "已拆单：拆出的诉求单独立单，待派单", ["signed"] = "已签收，办结时限开始计算", ["return-requested"] = "已申请退单，待派单员审核",
        ["extension-requested"] = "已申请延期，待派单员审核", ["replied"] = "已答复，待坐席回访每位诉求人", ["co-opinion"] = "协办意见已提交",
        ["callback"] = "回访结果已记录", ["closed"] = "已结案", ["reassigned"] = "已重新交办，办结时限重新计算",
        ["closed-directly"] = "已直接办结", ["handed-over"] = "已紧急移交并记录",
    };

    [BindProperty] public TicketInput Input { get; set; } = new();
    public TicketView View { get; private set; } = null!;
    public TicketState State { get; private set; }
    public bool AsAgent { get; private set; }
    public bool AsDispatcher { get; private set; }
    public bool AsHandler { get; private set; }
    public bool AsCoHandler { get; private set; }
    public bool AsSupervisor { get; private set; }
    public IReadOnlyList<DepartmentEntry> Departments { get; private set; } = [];
    /// <summary>派单建议 from the dispatch catalogue (派单目录) for the ticket's category and place; null when it has no category.</summary>
    public OneStop.Hotline.Dispatch.DispatchSuggestion? Suggestion { get; private set; }
    public ErrorList Errors { get; } = new();
    public string? Message { get; private set; }
    /// <summary>Which confirmation panel to show: "merge", "split" or "close" (checked; the next post acts).</summary>
    public string? Confirming { get; private set; }
    /// <summary>The ticket a confirmed 并单 would absorb.</summary>
    public TicketRow? MergeSource { get; private set; }

    public bool Allowed(TicketAction action) => TicketTransitions.IsAllowed(State, action);

    public CategoryPicker Picker => Input.Category1 is null && Input.Category2 is null && Input.CategoryCode is null
        ? CategoryPicker.For("Input", View.CategoryCode)
        : CategoryPicker.Typed("Input", Input.Category1, Input.Category2, Input.CategoryCode);

    public async Task OnGetAsync(long id, string? done, CancellationToken ct)
    {
        Message = done is null ? null : Done.GetValueOrDefault(done);
        await LoadAsync(id, ct);
        Input.Revision = View.Revision;
        Input.Urgency = Enum.Parse<Urgency>(View.Urgency);
        // The dispatcher confirms or changes the catalogue's suggestion: it is preselected, never applied unasked.
        if (Suggestion is { Matched: true, Rule: { } rule } && Departments.Any(d => d.Id == rule.Main.Id))
        {
            Input.DepartmentId = rule.Main.Id;
            Input.CoDepartmentIds = rule.CoHandlers.Select(c => c.Id).Where(c => Departments.Any(d => d.Id == c)).ToList();
        }
    }

    // ——— 派单员 ———

    public Task<IActionResult> OnPostDispatchAsync(long id, CancellationToken ct) => RunAsync(id, "dispatched", async () =>
    {
        var (t, staff) = await TicketAccess.ForCentreAsync(w.Db, w.Scope, id, ct, Dispatchers);
        t.Require(TicketAction.Dispatch);
        var main = await w.RoutableDepartmentAsync(staff, Input.DepartmentId, "departmentId", ct)
            ?? throw RequestValidationException.For("departmentId", "请选择主办单位", "hotline.department-required");
        var co = new List<RoutedDepartment>();
        foreach (var cid in Input.CoDepartmentIds.Where(c => c != main.Id).Distinct())
            co.Add((await w.RoutableDepartmentAsync(staff, cid, "coDepartmentIds", ct))!);
        var code = CategoryPicker.Code(Input.Category1, Input.Category2, Input.CategoryCode);
        if (code is not null && AppealTaxonomy.Find(code) is null)
            throw RequestValidationException.For("categoryCode", "诉求分类不存在", "hotline.category-unknown");
        t.Dispatch(main, co, code, Input.Urgency ?? t.Urgency, Input.Note, await w.ActorAsync(Role.HotlineDispatcher, ct), w.Now, await w.ClockAsync(ct));
        return (t, TicketAction.Dispatch, $"派至 {main.Name}");
    }, new() { ["note"] = "派单意见" }, ct);

    public Task<IActionResult> OnPostApproveReturnAsync(long id, CancellationToken ct) => CentreAsync(id, "return-approved", Dispatchers,
        async t => { t.ApproveReturn(Input.DecisionNote, await w.ActorAsync(Role.HotlineDispatcher, ct), w.Now); return TicketAction.ApproveReturn; },
        new() { ["note"] = "审核意见" }, ct);

    public Task<IActionResult> OnPostRejectReturnAsync(long id, CancellationToken ct) => CentreAsync(id, "return-rejected", Dispatchers,
        async t => { t.RejectReturn(Input.DecisionNote, await w.ActorAsync(Role.HotlineDispatcher, ct), w.Now, await w.ClockAsync(ct)); return TicketAction.RejectReturn; },
        new() { ["note"] = "审核意见" }, ct);

    public Task<IActionResult> OnPostApproveExtensionAsync(long id, CancellationToken ct) => CentreAsync(id, "extension-approved", Dispatchers,
        async t => { t.ApproveExtension(Input.DecisionNote, await w.ActorAsync(Role.HotlineDispatcher, ct), w.Now, await w.ClockAsync(ct)); return TicketAction.ApproveExtension; },
        new() { ["note"] = "审核意见" }, ct);

    public Task<IActionResult> OnPostRejectExtensionAsync(long id, CancellationToken ct) => CentreAsync(id, "extension-rejected", Dispatchers,
        async t => { t.RejectExtension(Input.DecisionNote, await w.ActorAsync(Role.HotlineDispatcher, ct), w.Now); return TicketAction.RejectExtension; },
        new() { ["note"] = "审核意见" }, ct);

    public Task<IActionResult> OnPostUrgeAsync(long id, CancellationToken ct) => RunAsync(id, "urged", async () =>
    {
        var (t, _) = await TicketAccess.ForCentreAsync(w.Db, w.Scope, id, ct, Role.HotlineDispatcher, Role.Supervisor, Role.SystemAdmin);
        t.Urge(Input.UrgeNote, await w.ActorAsync(w.Scope.Holds(Role.Supervisor) ? Role.Supervisor : Role.HotlineDispatcher, ct), w.Now, automatic: false);
        return (t, TicketAction.Urge, $"第 {t.UrgeLevel} 次督办");
    }, new() { ["note"] = "督办意见" }, ct);

    /// <summary>并单: the ticket named by number is absorbed into this one (its requesters follow this ticket).</summary>
    public async Task<IActionResult> OnPostMergeAsync(long id, CancellationToken ct)
    {
        var labels = new Dictionary<string, string> { ["sourceTicketId"] = "并入的工单编号" };
        if (!Input.Confirmed)
            return await ConfirmAsync(id, "merge", async () => MergeSource = TicketRow.Of(await MergeSourceAsync(id, ct), w.Now), labels, ct);
        return await RunAsync(id, "merged", async () =>
        {
            var source = await MergeSourceAsync(id, ct);
            var (target, _) = await TicketAccess.ForCentreAsync(w.Db, w.Scope, id, ct, Centre);
            target.Absorb(source, await CentreActorAsync(ct), w.Now);
            return (target, TicketAction.AbsorbTicket, $"工单 {source.Number} 并入 {target.Number}");
        }, labels, ct);
    }

    /// <summary>拆单: a request merged by mistake goes back to its own ticket, or gets a new one (as the API's split).</summary>
    public async Task<IActionResult> OnPostSplitAsync(long id, CancellationToken ct)
    {
        var labels = new Dictionary<string, string> { ["reason"] = "拆单理由" };
        if (!Input.Confirmed)
            return await ConfirmAsync(id, "split", () =>
            {
                if (string.IsNullOrWhiteSpace(Input.SplitReason)) throw RequestValidationException.For("reason", "请说明拆单理由", "hotline.reason-required");
                if (View.Requests.All(r => r.Id != Input.SplitRequestId || r.Number == View.Number))
                    throw RequestValidationException.For("requestId", "请选择要拆出的诉求", "hotline.request-not-found");
                return Task.CompletedTask;
            }, labels, ct);
        return await RunAsync(id, "split", async () =>
        {
            var (from, _) = await TicketAccess.ForCentreAsync(w.Db, w.Scope, id, ct, Centre);
            var actor = await CentreActorAsync(ct);
            var request = from.Detach(Input.SplitRequestId ?? 0, Input.SplitReason, actor, w.Now);
            var own = await w.Db.Set<Ticket>().Include(t => t.History).Include(t => t.Requests).AsSplitQuery()
                .FirstOrDefaultAsync(t => t.Number == request.Number, ct);
            if (own is not null) own.Revive(request, Input.SplitReason!.Trim(), actor, w.Now);
            else w.Db.Add(Ticket.SplitOut(request, from, Input.SplitReason!.Trim(), actor, w.Now));
            return (from, TicketAction.DetachRequest, $"诉求 {request.Number} 从工单 {from.Number} 拆出，单独立单");
        }, labels, ct);
    }

    // ——— 坐席 ———

    public Task<IActionResult> OnPostCloseDirectlyAsync(long id, CancellationToken ct) => CentreAsync(id, "closed-directly", Centre,
        async t => { t.CloseDirectly(Input.Answer, await w.ActorAsync(Role.HotlineAgent, ct), w.Now, duringIntake: false); return TicketAction.CloseDirectly; },
        new() { ["answer"] = "答复内容" }, ct);

    public Task<IActionResult> OnPostHandOverAsync(long id, CancellationToken ct) => CentreAsync(id, "handed-over", Centre, async t =>
    {
        if (Input.HandOverService is not { } service) throw RequestValidationException.For("service", "请选择移交的部门（110/119/120/122）", "hotline.service-required");
        t.HandOver(service, Input.HandOverNote, await w.ActorAsync(Role.HotlineAgent, ct), w.Now);
        return TicketAction.HandOver;
    }, new() { ["note"] = "移交说明" }, ct);

    public Task<IActionResult> OnPostCallbackAsync(long id, CancellationToken ct) => CentreAsync(id, "callback", Centre, async t =>
    {
        if (Input.CallbackResult is not { } result) throw RequestValidationException.For("result", "请选择回访结果", "hotline.callback-result-required");
        t.RecordCallback(Input.CallbackRequestId ?? 0, result, Input.CallbackComment, await w.ActorAsync(Role.HotlineAgent, ct), w.Now, await w.ClockAsync(ct));
        return TicketAction.RecordCallback;
    }, new() { ["comment"] = "回访说明" }, ct);

    // ——— 承办单位 ———

    public Task<IActionResult> OnPostSignAsync(long id, CancellationToken ct) => DepartmentAsync(id, "signed",
        async t => { t.Sign(await w.ActorAsync(Role.DepartmentHandler, ct), w.Now); return TicketAction.Sign; }, null, ct);

    public Task<IActionResult> OnPostReturnAsync(long id, CancellationToken ct) => DepartmentAsync(id, "return-requested",
        async t => { t.RequestReturn(Input.ReturnReason, await w.ActorAsync(Role.DepartmentHandler, ct), w.Now); return TicketAction.RequestReturn; },
        new() { ["reason"] = "退单理由" }, ct);

    public Task<IActionResult> OnPostExtensionAsync(long id, CancellationToken ct) => DepartmentAsync(id, "extension-requested", async t =>
    {
        t.RequestExtension(Input.ExtensionDays ?? 0, Input.ExtensionReason, await w.ActorAsync(Role.DepartmentHandler, ct), w.Now, w.Settings);
        return TicketAction.RequestExtension;
    }, new() { ["reason"] = "延期理由" }, ct);

    /// <summary>答复 with any files (multipart): the core's reply-with-files use case, which saves the reply itself.</summary>
    public async Task<IActionResult> OnPostReplyAsync(long id, CancellationToken ct)
    {
        var labels = new Dictionary<string, string> { ["text"] = "答复内容" };
        try
        {
            await RequireSeenRevisionAsync(id, ct);
            var files = Request.HasFormContentType ? Request.Form.Files : new FormFileCollection();
            await DepartmentActions.ReplyWithFilesAsync(id, Input.ReplyText, files, w, store, ct);
            return Redirect($"/workbench/hotline/tickets/{id}?done=replied");
        }
        catch (DomainException e) when (e.Status is 400 or 409 or 413 or 415) { TicketPageErrors.Add(Errors, e, labels); }
        w.Db.ChangeTracker.Clear();
        await LoadAsync(id, ct);
        return Page();
    }

    public Task<IActionResult> OnPostCoOpinionAsync(long id, CancellationToken ct) => RunAsync(id, "co-opinion", async () =>
    {
        var t = await TicketAccess.ForCoHandlerAsync(w.Db, w.Scope, id, ct);
        t.AddCoHandlerOpinion(Input.CoOpinion, await w.ActorAsync(Role.DepartmentHandler, ct), w.Now);
        return (t, TicketAction.CoHandlerOpinion, (string?)null);
    }, new() { ["text"] = "协办意见" }, ct);

    // ——— 电子监察 ———

    public Task<IActionResult> OnPostSupervisorCloseAsync(long id, CancellationToken ct)
    {
        var labels = new Dictionary<string, string> { ["opinion"] = "结案意见" };
        return Input.Confirmed
            ? CentreAsync(id, "closed", [Role.Supervisor], async t =>
                { t.SupervisorCloseWith(Input.Opinion, await w.ActorAsync(Role.Supervisor, ct), w.Now); return TicketAction.SupervisorClose; }, labels, ct)
            : ConfirmAsync(id, "close", () => string.IsNullOrWhiteSpace(Input.Opinion)
                ? throw RequestValidationException.For("opinion", "请填写结案意见", "hotline.opinion-required") : Task.CompletedTask, labels, ct);
    }

    public Task<IActionResult> OnPostReassignAsync(long id, CancellationToken ct) => CentreAsync(id, "reassigned", [Role.Supervisor], async t =>
    {
        t.Reassign(Input.Opinion, await w.ActorAsync(Role.Supervisor, ct), w.Now, await w.ClockAsync(ct));
        return TicketAction.Reassign;
    }, new() { ["opinion"] = "交办意见" }, ct);

    // ——— the plumbing ———

    /// <summary>并单 and 拆单 are done by agents and dispatchers alike: the history names the role the person holds.</summary>
    private Task<TicketActor> CentreActorAsync(CancellationToken ct) =>
        w.ActorAsync(w.Scope.Holds(Role.HotlineDispatcher) || !w.Scope.Holds(Role.HotlineAgent) ? Role.HotlineDispatcher : Role.HotlineAgent, ct);

    private Task<IActionResult> CentreAsync(long id, string done, string[] roles, Func<Ticket, Task<TicketAction>> act,
        Dictionary<string, string>? labels, CancellationToken ct) => RunAsync(id, done, async () =>
    {
        var (t, _) = await TicketAccess.ForCentreAsync(w.Db, w.Scope, id, ct, roles);
        return (t, await act(t), (string?)null);
    }, labels, ct);

    private Task<IActionResult> DepartmentAsync(long id, string done, Func<Ticket, Task<TicketAction>> act,
        Dictionary<string, string>? labels, CancellationToken ct) => RunAsync(id, done, async () =>
    {
        var t = await TicketAccess.ForDepartmentAsync(w.Db, w.Scope, id, ct);
        return (t, await act(t), (string?)null);
    }, labels, ct);

    private async Task<IActionResult> RunAsync(long id, string done, Func<Task<(Ticket Ticket, TicketAction Action, string? Summary)>> action,
        Dictionary<string, string>? labels, CancellationToken ct)
    {
        try
        {
            await RequireSeenRevisionAsync(id, ct);
            var (t, a, summary) = await action();
            await TicketWrites.SaveAsync(w.Db, t, a, summary, ct);
            return Redirect($"/workbench/hotline/tickets/{id}?done={done}");
        }
        catch (DomainException e) when (e.Status is 400 or 404 or 409) { TicketPageErrors.Add(Errors, e, labels); }
        w.Db.ChangeTracker.Clear();
        await LoadAsync(id, ct);
        return Page();
    }

    /// <summary>A destructive action's first post: check what was typed and the state, then show the confirmation panel.</summary>
    private async Task<IActionResult> ConfirmAsync(long id, string panel, Func<Task> check, IReadOnlyDictionary<string, string> labels,
        CancellationToken ct)
    {
        await LoadAsync(id, ct);
        try
        {
            await RequireSeenRevisionAsync(id, ct);
            await check();
            Confirming = panel;
        }
        catch (DomainException e) when (e.Status is 400 or 404 or 409) { TicketPageErrors.Add(Errors, e, labels); }
        return Page();
    }

    /// <summary>The page acted on what the person saw: if someone else changed the ticket since, nothing is done.</summary>
    private async Task RequireSeenRevisionAsync(long id, CancellationToken ct)
    {
        var current = await w.Db.Set<Ticket>().AsNoTracking().Where(t => t.Id == id).Select(t => (int?)t.Revision).FirstOrDefaultAsync(ct);
        if (current is { } r && r != Input.Revision) throw TicketWrites.Changed;
    }

    /// <summary>The open ticket the typed 工单编号 (or one of its requests' numbers) names, in the reader's region.</summary>
    private async Task<Ticket> MergeSourceAsync(long id, CancellationToken ct)
    {
        var number = Input.MergeNumber?.Trim() ?? "";
        if (number.Length is 0 or > 32) throw RequestValidationException.For("sourceTicketId", "请填写要并入的工单编号", "hotline.ticket-not-found");
        var ticketId = await w.Db.Set<HotlineRequest>().AsNoTracking().Where(r => r.Number == number).Select(r => (long?)r.TicketId).FirstOrDefaultAsync(ct);
        if (ticketId is null) throw RequestValidationException.For("sourceTicketId", $"没有编号为 {number} 的工单", "hotline.ticket-not-found");
        if (ticketId == id) throw RequestValidationException.For("sourceTicketId", "不能把工单并入它自己", "hotline.merge-self");
        var (source, _) = await TicketAccess.ForCentreAsync(w.Db, w.Scope, ticketId.Value, ct, Centre);
        return source;
    }

    private async Task LoadAsync(long id, CancellationToken ct)
    {
        var t = await TicketAccess.ForReadingAsync(w.Db, w.Scope, id, ct);
        View = TicketView.Of(t, w.Now, TicketAccess.SeesRequesters(w.Scope, t));
        State = t.State;
        ViewData["RegionName"] = await regions.NameAsync(t.RegionCode, ct) ?? t.RegionCode;
        var dept = w.Scope.User.DepartmentId;
        var centre = Centre.Any(w.Scope.Holds);
        AsAgent = centre;
        AsDispatcher = Dispatchers.Any(w.Scope.Holds);
        AsHandler = w.Scope.Holds(Role.DepartmentHandler) && dept is not null && t.DepartmentId == dept;
        AsCoHandler = w.Scope.Holds(Role.DepartmentHandler) && dept is not null && t.CoDepartments.Any(c => c.Id == dept);
        AsSupervisor = w.Scope.Holds(Role.Supervisor);
        if (AsDispatcher && Allowed(TicketAction.Dispatch))
        {
            Departments = await RoutableDepartmentsAsync(t.RegionCode, ct);
            if (t.CategoryCode is not null)
            {
                try { Suggestion = await catalogue.SuggestAsync(t.CategoryCode, t.RegionCode, ct); }
                catch (DomainException) { Suggestion = null; } // a place the catalogue cannot read: no suggestion, the dispatcher chooses
            }
        }
    }

    /// <summary>主办/协办 candidates: the departments of the ticket's place, then of each region above it up to the dispatcher's.</summary>
    private async Task<IReadOnlyList<DepartmentEntry>> RoutableDepartmentsAsync(string region, CancellationToken ct)
    {
        var staff = w.Scope.Staff(Dispatchers);
        var chain = new List<string> { region };
        if (region.Length > 6) chain.Add(region[..6]);
        if (region.Length >= 6 && region[4..6] != "00") chain.Add(region[..4] + "00");
        if (region.Length >= 4 && region[2..4] != "00") chain.Add(region[..2] + "0000");
        var all = new List<DepartmentEntry>();
        foreach (var code in chain.Distinct().Where(staff.CoversRegion))
            all.AddRange(await w.Departments.InRegionAsync(code, ct));
        return all;
    }
}
