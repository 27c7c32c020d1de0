using OneStop.Platform.Errors;

namespace OneStop.Hotline.Tickets.Domain;

/// <summary>回访 of each requester, the one reopening, and the supervisor's decision after it.</summary>
public sealed partial class Ticket
{
    /// <summary>
    /// Records one requester's callback. Unsatisfied: the first time the ticket goes back to the department (重办, a
    /// new finishing limit); after that to the supervisor (监察督办). When every requester who can be called has
    /// answered and none is unsatisfied, the ticket is closed.
    /// </summary>
    public void RecordCallback(long requestId, CallbackResult result, string? comment, TicketActor actor, DateTime now, TicketClock clock)
    {
        Require(TicketAction.RecordCallback);
        var request = _requests.FirstOrDefault(r => r.Id == requestId)
            ?? throw new NotFoundException("hotline.request-not-found", "该工单下没有这条诉求");
        if (!request.NeedsCallback)
            throw new BusinessRuleException("hotline.callback-not-needed", "该诉求人匿名或未留电话，无需回访");
        if (request.Callback is not null)
            throw new BusinessRuleException("hotline.callback-done", "该诉求人已回访", $"回访结果：{request.Callback.Value.Chinese()}。");
        var c = Optional(comment, "Comment", "回访记录", TicketLimits.MaxOpinionLength);
        if (result == CallbackResult.Unsatisfied && c is null)
            throw new RequestValidationException(new Dictionary<string, string[]> { ["comment"] = ["不满意时请记录诉求人不满意的原因"] }, "hotline.comment-required");
        request.RecordCallback(result, c, actor.Name, now);
        Apply(TicketAction.RecordCallback, actor, now, c, $"回访 {request.Number}：{result.Chinese()}");
        request.Notify(now, $"回访已记录：{result.Chinese()}。感谢您的评价。");

        if (result == CallbackResult.Unsatisfied)
        {
            if (ReopenCount == 0)
            {
                ReopenCount++;
                ReopenForHandling(TicketAction.Reopen, actor, now, clock, $"诉求人不满意，退回 {DepartmentName} 重新办理");
            }
            else
            {
                Apply(TicketAction.Escalate, actor, now, c, "重办后仍不满意，转电子监察督办");
                NotifyAll(now, _ => "您的诉求已转电子监察督办。");
            }
            return;
        }
        var waiting = _requests.Where(r => r.NeedsCallback && r.Callback is null).ToList();
        if (waiting.Count > 0) return;
        var satisfied = _requests.Any(r => r.Callback == CallbackResult.Satisfied);
        Apply(TicketAction.Close, actor, now, null, satisfied ? "回访满意，办结" : "回访未接通，按答复办结");
        ClosedAt = now;
        ClosedHow = satisfied ? "回访满意" : "回访（未接通）";
        Resolved = satisfied ? true : null;
        NotifyAll(now, _ => "您的诉求已办结。");
    }

    /// <summary>监察结案: the supervisor closes an escalated ticket with an opinion (e.g. the request exceeds policy).</summary>
    public void SupervisorCloseWith(string? opinion, TicketActor actor, DateTime now)
    {
        Require(TicketAction.SupervisorClose);
        var o = Required(opinion, "Opinion", "结案意见", TicketLimits.MaxOpinionLength);
        Apply(TicketAction.SupervisorClose, actor, now, o, "电子监察结案");
        ClosedAt = now;
        ClosedHow = "监察结案";
        Resolved = false;
        NotifyAll(now, _ => $"您的诉求经电子监察审核后办结：{o}");
    }

    /// <summary>重新交办: the supervisor sends it back to the department with a new limit.</summary>
    public void Reassign(string? opinion, TicketActor actor, DateTime now, TicketClock clock)
    {
        Require(TicketAction.Reassign);
        var o = Required(opinion, "Opinion", "交办意见", TicketLimits.MaxOpinionLength);
        ReopenForHandling(TicketAction.Reassign, actor, now, clock, $"电子监察重新交办 {DepartmentName}：{o}");
    }

    private void ReopenForHandling(TicketAction action, TicketActor actor, DateTime now, TicketClock clock, string detail)
    {
        DueAt = clock.FinishDue(now, Type, Urgency);
        UrgeLevel = 0;
        foreach (var r in _requests) r.ClearCallback();
        Apply(action, actor, now, null, detail + $"；办结时限 {TicketClock.Show(DueAt.Value)}");
        NotifyAll(now, _ => $"您的诉求已交由 {DepartmentName} 重新办理，办结时限 {TicketClock.Show(DueAt.Value)}。");
    }
}
