using OneStop.Catalog.Contracts;
using OneStop.Platform.Calendar;
using OneStop.Platform.Errors;

namespace OneStop.Cases.Domain;

/// <summary>审查 by the department: steps, supplement and special procedures (clock stopped), extension, decision.</summary>
public sealed partial class Case
{
    private void StartSteps(DateOnly today, WorkingCalendar calendar)
    {
        var names = ReviewSteps(Item!.Steps);
        Steps = names.Select((s, i) => new CaseStep(i, s.Name, s.LimitDays, i == 0 ? StepStatus.Current : StepStatus.Waiting,
            i == 0 ? today : null, null, null, null, null)).ToList();
    }

    /// <summary>
    /// The steps a department works through: the item's steps without 受理 (done at the window) and without those
    /// after the decision (办结, 送达, 制证: the result's issue); 审查 → 决定 when the item names none.
    /// </summary>
    internal static IReadOnlyList<PublishedStep> ReviewSteps(IReadOnlyList<PublishedStep> steps)
    {
        string[] notReview = ["受理", "办结", "送达", "出件", "制证", "发证", "归档"];
        var review = steps.Where(s => !notReview.Any(n => s.Name.Contains(n, StringComparison.Ordinal))).ToList();
        return review.Count switch
        {
            0 => [new("审查", null), new("决定", null)],
            1 => [review[0], new("决定", null)],
            _ => review,
        };
    }

    public CaseStep CurrentStep => Steps.FirstOrDefault(s => s.Status == StepStatus.Current)
        ?? throw new BusinessRuleException("case.no-current-step", "办件没有进行中的审查环节");

    public void CompleteStep(string opinion, CaseActor actor, DateTime now, DateOnly today, WorkingCalendar calendar)
    {
        Require(CaseAction.CompleteStep);
        var step = CurrentStep;
        if (step.Index == Steps.Count - 1)
            throw new BusinessRuleException("case.last-step-is-decision", $"“{step.Name}”是最后一个环节，请作出决定");
        var steps = Steps.ToList();
        steps[step.Index] = step with { Status = StepStatus.Done, CompletedAt = now, CompletedBy = actor.Name, Opinion = opinion };
        steps[step.Index + 1] = steps[step.Index + 1] with { Status = StepStatus.Current, StartedOn = today };
        Steps = steps;
        Apply(CaseAction.CompleteStep, actor, now, opinion, $"完成“{step.Name}”，进入“{steps[step.Index + 1].Name}”");
        RecomputeDueDates(calendar, today);
    }

    public void RequestReviewSupplement(IReadOnlyList<SupplementItem> items, string? note, CaseActor actor, DateTime now,
        DateOnly today, WorkingCalendar calendar)
    {
        Require(CaseAction.RequestReviewSupplement);
        if (items.Count == 0) throw RequestValidationException.For("items", "请列出需要补正的全部材料或事项", "case.supplement-empty");
        Supplement = new SupplementRequest(items, note, today, actor.Name, DuringReview: true);
        Pauses = [.. Pauses, new ClockPause(PauseKind.Supplement, "补正", today, null, note)];
        Apply(CaseAction.RequestReviewSupplement, actor, now, note,
            "需补正：" + string.Join("；", items.Select(i => $"{i.Material}（{i.Problem}）")) + "；补正期间暂停计时");
        RecomputeDueDates(calendar, today);
    }

    public void StartSpecialProcedure(string procedure, string reason, CaseActor actor, DateTime now, DateOnly today,
        WorkingCalendar calendar)
    {
        Require(CaseAction.StartSpecialProcedure);
        if (!SpecialProcedures.Names.Contains(procedure))
            throw RequestValidationException.For("procedure", $"特别程序只能是：{string.Join("、", SpecialProcedures.Names)}", "case.unknown-procedure");
        Pauses = [.. Pauses, new ClockPause(PauseKind.SpecialProcedure, procedure, today, null, reason)];
        Apply(CaseAction.StartSpecialProcedure, actor, now, reason, $"启动{procedure}，{CaseClock.Iso(today)} 起不计入办理时限");
        RecomputeDueDates(calendar, today);
    }

    public void EndSpecialProcedure(string? result, CaseActor actor, DateTime now, DateOnly today, WorkingCalendar calendar)
    {
        Require(CaseAction.EndSpecialProcedure);
        var open = Pauses.Last(p => p.EndedOn is null && p.Kind == PauseKind.SpecialProcedure);
        Pauses = EndOpenPause(PauseKind.SpecialProcedure, today);
        Apply(CaseAction.EndSpecialProcedure, actor, now, result, $"{open.Name}结束（{CaseClock.Iso(open.StartedOn)} 至 {CaseClock.Iso(today)}），次日恢复计时");
        RecomputeDueDates(calendar, today);
    }

    private IReadOnlyList<ClockPause> EndOpenPause(PauseKind kind, DateOnly today) =>
        Pauses.Select(p => p.Kind == kind && p.EndedOn is null ? p with { EndedOn = today < p.StartedOn ? p.StartedOn : today } : p).ToList();

    public void RequestExtension(int days, string reason, CaseActor actor, DateTime now)
    {
        Require(CaseAction.RequestExtension);
        if (Extensions.Any(e => e.Status == ExtensionStatus.Pending))
            throw new BusinessRuleException("case.extension-pending", "已有待批准的延期申请");
        // 行政许可法 第四十二条: the limit "可以延长十日" — once, and asked for within the limit, not after it has passed.
        if (Extensions.Any(e => e.Status == ExtensionStatus.Approved))
            throw new BusinessRuleException("case.extension-once", "本办件已批准过一次延期，不能再次延期",
                "依照《中华人民共和国行政许可法》第四十二条，审批期限只能延长一次。");
        var today = DateOnly.FromDateTime(ChinaTime.ToBeijing(now).DateTime);
        if (StatutoryDueDate is { } due && today > due)
            throw new BusinessRuleException("case.extension-too-late", "法定办结期限已过，不能再申请延期",
                $"法定办结期限为 {due:yyyy-MM-dd}；延期须在期限届满前申请并批准。");
        if (days is < 1 or > CaseLimits.MaxExtensionWorkdays)
            throw RequestValidationException.For("days", $"延期天数应为 1 至 {CaseLimits.MaxExtensionWorkdays} 个工作日", "case.invalid-extension");
        Extensions = [.. Extensions, new Extension(days, reason, actor.AccountId ?? 0, actor.Name, now)];
        Apply(CaseAction.RequestExtension, actor, now, reason, $"申请延期 {days} 个工作日");
    }

    /// <summary>
    /// 批准延期 needs a second approver of the same department (four eyes): whoever asked cannot approve (ADR 0016).
    /// </summary>
    public void DecideExtension(bool approve, string? opinion, CaseActor actor, DateTime now, DateOnly today, WorkingCalendar calendar)
    {
        var action = approve ? CaseAction.ApproveExtension : CaseAction.RejectExtension;
        Require(action);
        var pending = Extensions.LastOrDefault(e => e.Status == ExtensionStatus.Pending)
            ?? throw new BusinessRuleException("case.no-extension-pending", "没有待批准的延期申请");
        if (pending.RequestedById == actor.AccountId)
            throw new BusinessRuleException("case.extension-self-approval", "延期须由申请人以外的另一名审批人员批准");
        Extensions = Extensions.Select(e => e == pending ? e with
        {
            Status = approve ? ExtensionStatus.Approved : ExtensionStatus.Rejected, DecidedBy = actor.Name, DecidedAt = now, Opinion = opinion,
        } : e).ToList();
        Apply(action, actor, now, opinion, approve ? $"批准延期 {pending.Days} 个工作日，法定时限顺延" : "不批准延期");
        RecomputeDueDates(calendar, today);
    }

    /// <summary>决定: at the last step; a denial needs reasons. A part's decision may conclude its main case.</summary>
    public void Decide(Decision decision, string? reason, CaseActor actor, DateTime now, DateOnly today, WorkingCalendar calendar)
    {
        Require(CaseAction.Decide);
        if (decision == Domain.Decision.PartlyGranted)
            throw RequestValidationException.For("decision", "决定只能是准予或不予", "case.invalid-decision");
        if (Kind == CaseKind.Bundle)
            throw new BusinessRuleException("case.bundle-decided-by-parts", "一件事主件由各子件的决定办结，不能直接决定");
        var step = CurrentStep;
        if (step.Index != Steps.Count - 1)
            throw new BusinessRuleException("case.steps-remaining", $"还有未完成的环节：“{step.Name}”",
                "请先完成前面的审查环节，再在最后一个环节作出决定。");
        if (decision == Domain.Decision.Denied && string.IsNullOrWhiteSpace(reason))
            throw RequestValidationException.For("reason", "不予许可须说明理由", "case.reason-required");
        var steps = Steps.ToList();
        steps[step.Index] = step with { Status = StepStatus.Done, CompletedAt = now, CompletedBy = actor.Name, Opinion = reason };
        Steps = steps;
        Apply(CaseAction.Decide, actor, now, reason, decision == Domain.Decision.Granted ? "准予" : "不予");
        Conclude(decision, reason, now, today);
        RecomputeDueDates(calendar, today);
    }

    private void Conclude(Decision decision, string? reason, DateTime now, DateOnly today)
    {
        Decision = decision;
        DecisionReason = reason;
        DecidedAt = now;
        Steps = Steps.Select(s => s.Status == StepStatus.Done ? s : s with { Status = StepStatus.Done, CompletedAt = now }).ToList();
        Pauses = Pauses.Select(p => p.EndedOn is null ? p with { EndedOn = today } : p).ToList();
    }

    /// <summary>
    /// A bundle's main case after one of its parts was decided: concluded when every part is — granted when all
    /// are, denied when none is, otherwise partly granted (each part's reason stays on the part).
    /// </summary>
    public void PartDecided(Case part, IReadOnlyList<Case> parts, DateTime now, DateOnly today)
    {
        if (Kind != CaseKind.Bundle) return;
        var detail = $"{part.DepartmentName}：{part.ItemName} {part.Decision?.Chinese()}{(part.DecisionReason is null ? "" : $"（{part.DecisionReason}）")}";
        if (parts.Any(p => p.State != CaseState.Decided))
        {
            Apply(CaseAction.PartDecided, CaseActor.System("系统"), now, null, detail);
            return;
        }
        var granted = parts.Count(p => p.Decision == Domain.Decision.Granted);
        var decision = granted == parts.Count ? Domain.Decision.Granted : granted == 0 ? Domain.Decision.Denied : Domain.Decision.PartlyGranted;
        _history.Add(new CaseEvent
        {
            CaseId = Id, Sequence = _history.Count + 1, At = now, Action = CaseAction.PartDecided, From = State, To = CaseState.Decided,
            ActorName = "系统", ActorRole = "系统", Detail = detail + $"；全部子件已办结，一件事{decision.Chinese()}",
        });
        State = CaseState.Decided;
        Revision++;
        Conclude(decision, decision == Domain.Decision.Granted ? null
            : string.Join("；", parts.Where(p => p.Decision == Domain.Decision.Denied).Select(p => $"{p.ItemName}：{p.DecisionReason}")), now, today);
    }

    /// <summary>补交容缺材料: the material's file was attached; the clerk (or approver) confirms it arrived.</summary>
    public void ConfirmDeferred(int material, CaseActor actor, DateTime now)
    {
        Require(CaseAction.SupplyDeferred);
        RequireNotDenied();
        var m = MaterialAt(material);
        if (m.Status != MaterialStatus.Deferred)
            throw new BusinessRuleException("case.material-not-deferred", $"“{m.Name}”不是待补交的容缺材料");
        if (m.Files.Count == 0)
            throw new BusinessRuleException("case.material-has-no-file", $"“{m.Name}”还没有上传文件");
        Materials = Replace(Materials, material, m with { Status = MaterialStatus.Attached });
        if (Materials.All(x => x.Status != MaterialStatus.Deferred)) DeferredDueDate = null;
        Apply(CaseAction.SupplyDeferred, actor, now, null, $"容缺材料“{m.Name}”已补交");
    }
}
