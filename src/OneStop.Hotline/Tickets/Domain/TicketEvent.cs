namespace OneStop.Hotline.Tickets.Domain;

/// <summary>One line of a ticket's history: who did what, when, from which state to which, with their opinion.</summary>
public sealed class TicketEvent
{
    public long Id { get; private set; }
    public long TicketId { get; init; }
    public int Sequence { get; init; }
    public DateTime At { get; init; }
    public TicketAction Action { get; init; }
    public TicketState? From { get; init; }
    public TicketState To { get; init; }
    public long? ActorId { get; init; }
    public required string ActorName { get; init; }
    public required string ActorRole { get; init; }
    public string? ActorDepartment { get; init; }
    public string? Opinion { get; init; }

    /// <summary>What happened in words ("派至 天河区住建局，协办 天河区城管局；签收时限 12-03 24:00").</summary>
    public string? Detail { get; init; }
}
