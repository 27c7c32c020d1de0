using OneStop.Platform.Errors;

namespace OneStop.Hotline.Tickets.Domain;

/// <summary>
/// The state table of a 工单: every action, the states it may be taken in and the state it leads to. Nothing else
/// moves a ticket. An action outside the table is refused with 409 and a code naming the state the ticket would
/// have to be in (hotline.not-in-dispatched) or, when several would do, the action (hotline.cannot-urge).
/// </summary>
public static class TicketTransitions
{
    public sealed record Transition(TicketState From, TicketAction Action, TicketState To);

    private static readonly TicketState[] Open =
        [TicketState.Registered, TicketState.Dispatched, TicketState.ReturnRequested, TicketState.Handling, TicketState.Replied, TicketState.Escalated];

    public static IReadOnlyList<Transition> All { get; } =
    [
        // 登记之后: answered at once from the knowledge base, handed to 110/119/120/122, or dispatched.
        new(TicketState.Registered, TicketAction.CloseDirectly, TicketState.Closed),
        new(TicketState.Registered, TicketAction.HandOver, TicketState.HandedOver),
        new(TicketState.Registered, TicketAction.Dispatch, TicketState.Dispatched),
        // The department signs for it, or returns it (before signing, within the signing limit).
        new(TicketState.Dispatched, TicketAction.Sign, TicketState.Handling),
        new(TicketState.Dispatched, TicketAction.RequestReturn, TicketState.ReturnRequested),
        new(TicketState.ReturnRequested, TicketAction.ApproveReturn, TicketState.Registered),
        new(TicketState.ReturnRequested, TicketAction.RejectReturn, TicketState.Dispatched),
        // Handling: one extension (the dispatcher approves), co-handlers' opinions, the reply.
        new(TicketState.Handling, TicketAction.RequestExtension, TicketState.Handling),
        new(TicketState.Handling, TicketAction.ApproveExtension, TicketState.Handling),
        new(TicketState.Handling, TicketAction.RejectExtension, TicketState.Handling),
        new(TicketState.Handling, TicketAction.CoHandlerOpinion, TicketState.Handling),
        new(TicketState.Handling, TicketAction.Reply, TicketState.Replied),
        // 督办 of a ticket that is late to be signed or finished.
        new(TicketState.Dispatched, TicketAction.Urge, TicketState.Dispatched),
        new(TicketState.Handling, TicketAction.Urge, TicketState.Handling),
        // 回访 of each requester; unsatisfied reopens once, then goes to the supervisor; all answered → closed.
        new(TicketState.Replied, TicketAction.RecordCallback, TicketState.Replied),
        new(TicketState.Replied, TicketAction.Reopen, TicketState.Handling),
        new(TicketState.Replied, TicketAction.Escalate, TicketState.Escalated),
        new(TicketState.Replied, TicketAction.Close, TicketState.Closed),
        new(TicketState.Escalated, TicketAction.SupervisorClose, TicketState.Closed),
        new(TicketState.Escalated, TicketAction.Reassign, TicketState.Handling),
        // 并单 / 拆单: a ticket absorbs requests (at intake) or another ticket; a merged ticket can be split out again.
        .. Open.Select(s => new Transition(s, TicketAction.AttachRequest, s)),
        .. Open.Select(s => new Transition(s, TicketAction.AbsorbTicket, s)),
        .. Open.Select(s => new Transition(s, TicketAction.DetachRequest, s)),
        new(TicketState.Registered, TicketAction.MergeInto, TicketState.Merged),
        new(TicketState.Dispatched, TicketAction.MergeInto, TicketState.Merged),
        new(TicketState.Handling, TicketAction.MergeInto, TicketState.Merged),
        new(TicketState.Merged, TicketAction.Split, TicketState.Registered),
    ];

    private static readonly Dictionary<(TicketState, TicketAction), TicketState> Table =
        All.ToDictionary(t => (t.From, t.Action), t => t.To);

    public static bool IsAllowed(TicketState from, TicketAction action) => Table.ContainsKey((from, action));

    public static TicketState Next(TicketState from, TicketAction action) =>
        Table.TryGetValue((from, action), out var to) ? to : throw Refusal(from, action);

    public static DomainException Refusal(TicketState from, TicketAction action)
    {
        var allowedFrom = All.Where(t => t.Action == action).Select(t => t.From).Distinct().ToList();
        var code = allowedFrom.Count == 1 ? $"hotline.not-in-{allowedFrom[0].Kebab()}" : $"hotline.cannot-{action.Kebab()}";
        var where = string.Join("、", allowedFrom.Select(s => $"“{s.Chinese()}”"));
        return new BusinessRuleException(code, $"工单当前状态为“{from.Chinese()}”，不能{action.Chinese()}",
            $"只有状态为{where}的工单才能{action.Chinese()}。");
    }
}
