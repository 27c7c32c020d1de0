namespace OneStop.Hotline.Tickets.Domain;

/// <summary>Everything that can happen to a ticket; each is one history entry and one audit record.</summary>
public enum TicketAction
{
    Register, CloseDirectly, HandOver, Dispatch, Sign, RequestReturn, ApproveReturn, RejectReturn,
    RequestExtension, ApproveExtension, RejectExtension, CoHandlerOpinion, Urge, Reply, RecordCallback,
    Reopen, Escalate, Close, SupervisorClose, Reassign, AttachRequest, MergeInto, AbsorbTicket, DetachRequest, Split,
}

public static class TicketActionLabels
{
    public static string Chinese(this TicketAction a) => a switch
    {
        TicketAction.Register => "登记", TicketAction.CloseDirectly => "直接办结", TicketAction.HandOver => "紧急移交",
        TicketAction.Dispatch => "派单", TicketAction.Sign => "签收", TicketAction.RequestReturn => "申请退单",
        TicketAction.ApproveReturn => "同意退单", TicketAction.RejectReturn => "驳回退单",
        TicketAction.RequestExtension => "申请延期", TicketAction.ApproveExtension => "同意延期",
        TicketAction.RejectExtension => "驳回延期", TicketAction.CoHandlerOpinion => "协办意见", TicketAction.Urge => "督办",
        TicketAction.Reply => "答复", TicketAction.RecordCallback => "回访", TicketAction.Reopen => "重办",
        TicketAction.Escalate => "转监察督办", TicketAction.Close => "办结", TicketAction.SupervisorClose => "监察结案",
        TicketAction.Reassign => "重新交办", TicketAction.AttachRequest => "并入诉求", TicketAction.MergeInto => "并单",
        TicketAction.AbsorbTicket => "并入工单", TicketAction.DetachRequest => "拆出诉求", TicketAction.Split => "拆单",
        _ => "其他",
    };

    /// <summary>"request-return" style names for codes and audit actions (hotline.ticket.request-return).</summary>
    public static string Kebab(this TicketAction a) =>
        string.Concat(a.ToString().Select((ch, i) => char.IsUpper(ch) && i > 0 ? "-" + char.ToLowerInvariant(ch) : char.ToLowerInvariant(ch).ToString()));
}
