using OneStop.Platform.Errors;

namespace OneStop.Hotline.Tickets.Domain;

/// <summary>
/// 并单 and 拆单: requests about one matter share one ticket; each keeps its number, updates and callback. A wrong
/// merge is undone by splitting the request out again (back to its own ticket, which waits for dispatch).
/// </summary>
public sealed partial class Ticket
{
    /// <summary>并入诉求: a new request (at intake) joins this open ticket; its requester learns where it stands.</summary>
    public void Attach(HotlineRequest request, TicketActor actor, DateTime now)
    {
        Require(TicketAction.AttachRequest);
        if (_requests.Count >= TicketLimits.MaxRequestsPerTicket)
            throw new BusinessRuleException("hotline.too-many-requests", $"一张工单最多并入 {TicketLimits.MaxRequestsPerTicket} 条诉求");
        _requests.Add(request);
        Apply(TicketAction.AttachRequest, actor, now, null, $"诉求 {request.Number} 并入本工单");
        request.Notify(now, $"您的诉求已受理，编号 {request.Number}。同一事项已有工单 {Number} 在办，将一并办理并答复您。");
        NotifyCurrentState(request, now);
    }

    /// <summary>并单: every request of <paramref name="other"/> moves here; the other ticket is closed as merged.</summary>
    public void Absorb(Ticket other, TicketActor actor, DateTime now)
    {
        if (other.Id == Id) throw new BusinessRuleException("hotline.merge-self", "不能把工单并入它自己");
        Require(TicketAction.AbsorbTicket);
        other.Require(TicketAction.MergeInto);
        if (_requests.Count + other._requests.Count > TicketLimits.MaxRequestsPerTicket)
            throw new BusinessRuleException("hotline.too-many-requests", $"一张工单最多并入 {TicketLimits.MaxRequestsPerTicket} 条诉求");
        var moved = other._requests.ToList();
        foreach (var r in moved)
        {
            other._requests.Remove(r);
            _requests.Add(r);
            r.TicketId = Id;
        }
        other.MergedIntoId = Id;
        other.Apply(TicketAction.MergeInto, actor, now, null, $"并入工单 {Number}");
        Apply(TicketAction.AbsorbTicket, actor, now, null, $"工单 {other.Number} 并入本工单（{moved.Count} 条诉求）");
        foreach (var r in moved)
        {
            r.Notify(now, $"您的诉求与工单 {Number} 为同一事项，已合并办理。");
            NotifyCurrentState(r, now);
        }
    }

    /// <summary>拆出诉求: a request that was merged by mistake leaves this ticket (never the one that opened it).</summary>
    public HotlineRequest Detach(long requestId, string? reason, TicketActor actor, DateTime now)
    {
        Require(TicketAction.DetachRequest);
        var request = _requests.FirstOrDefault(r => r.Id == requestId)
            ?? throw new NotFoundException("hotline.request-not-found", "该工单下没有这条诉求");
        if (request.Number == Number)
            throw new BusinessRuleException("hotline.split-founding-request", "不能拆出开立本工单的诉求",
                "请拆出其他并入的诉求；开立工单的诉求始终留在本工单。");
        var r = Required(reason, "Reason", "拆单理由", TicketLimits.MaxOpinionLength);
        _requests.Remove(request);
        Apply(TicketAction.DetachRequest, actor, now, r, $"诉求 {request.Number} 拆出本工单");
        return request;
    }

    /// <summary>拆单 into the merged ticket the request opened: it comes back and waits for dispatch.</summary>
    public void Revive(HotlineRequest request, string reason, TicketActor actor, DateTime now)
    {
        Require(TicketAction.Split);
        MergedIntoId = null;
        ResetRouting();
        _requests.Add(request);
        request.TicketId = Id;
        Apply(TicketAction.Split, actor, now, reason, "从并单中拆出，待重新派单");
        request.Notify(now, $"经核实，您的诉求与原合并工单不是同一事项，已单独立单（编号 {Number}）办理。");
    }

    /// <summary>拆单 into a new ticket for a request that joined at intake (it never had one of its own).</summary>
    public static Ticket SplitOut(HotlineRequest request, Ticket from, string reason, TicketActor actor, DateTime now)
    {
        var t = new Ticket
        {
            Number = request.Number, State = TicketState.Registered, Type = request.Type, Urgency = Urgency.Normal,
            CategoryCode = from.CategoryCode, RegionCode = request.RegionCode, Address = request.Address,
            Latitude = request.Latitude, Longitude = request.Longitude, Title = request.Title, Text = request.Text, CreatedAt = now,
        };
        t._requests.Add(request);
        t._history.Add(new TicketEvent
        {
            Sequence = 1, At = now, Action = TicketAction.Split, From = null, To = TicketState.Registered,
            ActorId = actor.AccountId, ActorName = actor.Name, ActorRole = actor.RoleLabel, ActorDepartment = actor.DepartmentName,
            Opinion = reason, Detail = $"从工单 {from.Number} 拆出，单独立单",
        });
        request.Notify(now, $"经核实，您的诉求与工单 {from.Number} 不是同一事项，已单独立单（编号 {request.Number}）办理。");
        return t;
    }

    private void ResetRouting()
    {
        DepartmentId = null;
        DepartmentName = null;
        CoDepartments = [];
        DispatchedAt = null;
        SignDueAt = null;
        SignedAt = null;
        DueAt = null;
        PendingReturn = null;
        Extension = null;
        Reply = null;
        RepliedAt = null;
        UrgeLevel = 0;
    }

    private void NotifyCurrentState(HotlineRequest request, DateTime now)
    {
        if (State is TicketState.Replied or TicketState.Escalated && Reply is { } reply)
            request.Notify(now, $"{DepartmentName} 答复：{reply.Text}");
        else if (DepartmentName is { } d)
            request.Notify(now, $"该事项由 {d} 办理" + (DueAt is { } due ? $"，办结时限 {TicketClock.Show(due)}。" : "。"));
    }
}
