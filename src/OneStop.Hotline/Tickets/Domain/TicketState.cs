namespace OneStop.Hotline.Tickets.Domain;

/// <summary>
/// Where a 工单 stands. The moves between these are one table, <see cref="TicketTransitions"/>; the history records
/// every move (docs/adr/0021-hotline-tickets.md).
/// </summary>
public enum TicketState
{
    /// <summary>待派单: registered by an agent or a channel; waits for the dispatcher.</summary>
    Registered,
    /// <summary>待签收: dispatched to a department; the signing clock runs.</summary>
    Dispatched,
    /// <summary>退单待审: the department says it is not theirs; the dispatcher decides.</summary>
    ReturnRequested,
    /// <summary>办理中: signed for; the finishing clock runs.</summary>
    Handling,
    /// <summary>待回访: the department replied; each requester gets a callback.</summary>
    Replied,
    /// <summary>监察督办: unsatisfied again after a reopening; the supervisor decides.</summary>
    Escalated,
    /// <summary>已办结 (final).</summary>
    Closed,
    /// <summary>已移交: an emergency handed over to 110/119/120/122 (final).</summary>
    HandedOver,
    /// <summary>已并单: its requesters now follow another ticket (a split brings it back).</summary>
    Merged,
}

public static class TicketStateLabels
{
    public static string Chinese(this TicketState s) => s switch
    {
        TicketState.Registered => "待派单", TicketState.Dispatched => "待签收", TicketState.ReturnRequested => "退单待审",
        TicketState.Handling => "办理中", TicketState.Replied => "待回访", TicketState.Escalated => "监察督办",
        TicketState.Closed => "已办结", TicketState.HandedOver => "已移交", TicketState.Merged => "已并单", _ => "未知",
    };

    public static string Kebab(this TicketState s) => s switch
    {
        TicketState.Registered => "registered", TicketState.Dispatched => "dispatched",
        TicketState.ReturnRequested => "return-requested", TicketState.Handling => "handling",
        TicketState.Replied => "replied", TicketState.Escalated => "escalated", TicketState.Closed => "closed",
        TicketState.HandedOver => "handed-over", TicketState.Merged => "merged", _ => "unknown",
    };

    /// <summary>Open: someone still has to act (the duplicate proposals and the overdue checks look only at these).</summary>
    public static bool IsOpen(this TicketState s) => s is not (TicketState.Closed or TicketState.HandedOver or TicketState.Merged);
}
