using OneStop.Platform.Errors;

namespace OneStop.Hotline.Tickets.Domain;

/// <summary>The hotline centre's side: answer at once, hand over an emergency, dispatch, decide returns and extensions.</summary>
public sealed partial class Ticket
{
    /// <summary>直接办结: a consultation (or a suggestion, a praise) answered during the call, from the knowledge base.</summary>
    public void CloseDirectly(string? answer, TicketActor actor, DateTime now, bool duringIntake)
    {
        Require(TicketAction.CloseDirectly);
        if (Type is not (RequestType.Consultation or RequestType.Suggestion or RequestType.Praise))
            throw new BusinessRuleException("hotline.cannot-close-directly", $"{Type.Chinese()}类诉求不能直接办结",
                "投诉、举报、求助须派单给责任单位办理；只有咨询、建议、表扬可以当场答复办结。");
        var text = Required(answer, "Answer", "答复内容", TicketLimits.MaxReplyLength);
        Reply = new TicketReply(text, [], actor.Name, actor.DepartmentName ?? "12345 热线", now);
        RepliedAt = now;
        RepliedOnTime = true;
        Apply(TicketAction.CloseDirectly, actor, now, text, "坐席当场答复办结");
        ClosedAt = now;
        ClosedHow = "直接办结";
        FirstCallResolved = duringIntake;
        Resolved = true;
        NotifyAll(now, _ => $"您的诉求已答复办结：{text}");
    }

    /// <summary>紧急移交: the hand-over of an emergency to 110/119/120/122 is recorded (who, when, which service).</summary>
    public void HandOver(EmergencyService service, string? note, TicketActor actor, DateTime now)
    {
        Require(TicketAction.HandOver);
        var n = Optional(note, "Note", "移交说明", TicketLimits.MaxOpinionLength);
        HandOverRecord = new EmergencyHandOver(service, actor.Name, now, n);
        Apply(TicketAction.HandOver, actor, now, n, $"已移交 {service.Chinese()}");
        ClosedAt = now;
        ClosedHow = "紧急移交";
        NotifyAll(now, _ => $"您反映的情况已移交 {service.Chinese()} 处置。");
    }

    /// <summary>派单 to the responsible department (主办) and co-handlers (协办); the signing and finishing clocks start.</summary>
    public void Dispatch(RoutedDepartment main, IReadOnlyList<RoutedDepartment> co, string? categoryCode, Urgency urgency,
        string? note, TicketActor actor, DateTime now, TicketClock clock)
    {
        Require(TicketAction.Dispatch);
        var n = Optional(note, "Note", "派单意见", TicketLimits.MaxOpinionLength);
        if (co.Any(c => c.Id == main.Id))
            throw new RequestValidationException(new Dictionary<string, string[]> { ["coDepartmentIds"] = ["协办单位不能与主办单位相同"] }, "hotline.co-department-is-main");
        CategoryCode = categoryCode ?? CategoryCode;
        Urgency = urgency;
        DepartmentId = main.Id;
        DepartmentName = main.Name;
        CoDepartments = co.DistinctBy(c => c.Id).ToList();
        DispatchedAt = now;
        SignDueAt = clock.SignDue(now, Urgency);
        DueAt = clock.FinishDue(now, Type, Urgency);
        SignedAt = null;
        SignedOnTime = null;
        PendingReturn = null;
        UrgeLevel = 0;
        DispatchCount++;
        Apply(TicketAction.Dispatch, actor, now, n,
            $"派至 {main.Name}" + (CoDepartments.Count > 0 ? $"，协办 {string.Join("、", CoDepartments.Select(c => c.Name))}" : "")
            + $"；签收时限 {TicketClock.Show(SignDueAt.Value)}，办结时限 {TicketClock.Show(DueAt.Value)}");
        NotifyAll(now, _ => $"您的诉求已转交 {main.Name} 办理，办结时限 {TicketClock.Show(DueAt.Value)}。");
    }

    /// <summary>同意退单: back to the dispatcher's queue, to be dispatched elsewhere.</summary>
    public void ApproveReturn(string? note, TicketActor actor, DateTime now)
    {
        Require(TicketAction.ApproveReturn);
        var n = Optional(note, "Note", "审核意见", TicketLimits.MaxOpinionLength);
        var from = DepartmentName;
        PendingReturn = null;
        DepartmentId = null;
        DepartmentName = null;
        CoDepartments = [];
        SignDueAt = null;
        DueAt = null;
        Apply(TicketAction.ApproveReturn, actor, now, n, $"同意 {from} 退单，待重新派单");
    }

    /// <summary>驳回退单: the department keeps it; it has the signing limit again from now.</summary>
    public void RejectReturn(string? note, TicketActor actor, DateTime now, TicketClock clock)
    {
        Require(TicketAction.RejectReturn);
        var n = Required(note, "Note", "驳回理由", TicketLimits.MaxOpinionLength);
        PendingReturn = null;
        SignDueAt = clock.SignDue(now, Urgency);
        Apply(TicketAction.RejectReturn, actor, now, n, $"驳回退单，仍由 {DepartmentName} 办理；签收时限 {TicketClock.Show(SignDueAt.Value)}");
    }

    /// <summary>同意延期: the finishing deadline moves by the working days asked for.</summary>
    public void ApproveExtension(string? note, TicketActor actor, DateTime now, TicketClock clock)
    {
        Require(TicketAction.ApproveExtension);
        if (Extension is not { Approved: null } pending)
            throw new BusinessRuleException("hotline.no-pending-extension", "没有待审核的延期申请");
        var n = Optional(note, "Note", "审核意见", TicketLimits.MaxOpinionLength);
        DueAt = clock.Extend(DueAt!.Value, pending.Workdays);
        Extension = pending with { Approved = true, DecidedBy = actor.Name, DecidedAt = now, DecisionNote = n };
        UrgeLevel = 0;
        Apply(TicketAction.ApproveExtension, actor, now, n, $"同意延期 {pending.Workdays} 个工作日，办结时限改为 {TicketClock.Show(DueAt.Value)}");
        NotifyAll(now, _ => $"您的诉求办理时限延长至 {TicketClock.Show(DueAt.Value)}。");
    }

    public void RejectExtension(string? note, TicketActor actor, DateTime now)
    {
        Require(TicketAction.RejectExtension);
        if (Extension is not { Approved: null } pending)
            throw new BusinessRuleException("hotline.no-pending-extension", "没有待审核的延期申请");
        var n = Required(note, "Note", "驳回理由", TicketLimits.MaxOpinionLength);
        Extension = pending with { Approved = false, DecidedBy = actor.Name, DecidedAt = now, DecisionNote = n };
        Apply(TicketAction.RejectExtension, actor, now, n, $"驳回延期申请，办结时限仍为 {TicketClock.Show(DueAt!.Value)}");
    }

    /// <summary>
    /// 督办: a notice to the department of a ticket late to be signed or finished; each level is one notice (the
    /// background check gives level n + 1 at most every few hours; a person may urge at any time).
    /// </summary>
    public void Urge(string? note, TicketActor actor, DateTime now, bool automatic)
    {
        Require(TicketAction.Urge);
        var n = Optional(note, "Note", "督办意见", TicketLimits.MaxOpinionLength);
        UrgeLevel++;
        LastUrgedAt = now;
        var late = State == TicketState.Dispatched ? $"超过签收时限 {TicketClock.Show(SignDueAt!.Value)}" : $"超过办结时限 {TicketClock.Show(DueAt!.Value)}";
        var level = UrgeLevel switch { 1 => "提醒", 2 => "督办", _ => "通报" };
        Apply(TicketAction.Urge, actor, now, n, (automatic ? $"系统第 {UrgeLevel} 次{level}：" : $"第 {UrgeLevel} 次{level}：") + late);
    }

    /// <summary>Whether the ticket is past a deadline now (not signed in time, or not replied in time).</summary>
    public bool IsOverdue(DateTime now) => State switch
    {
        TicketState.Dispatched => SignDueAt < now,
        TicketState.Handling => DueAt < now,
        _ => false,
    };
}
