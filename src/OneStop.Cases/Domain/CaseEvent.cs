namespace OneStop.Cases.Domain;

/// <summary>
/// One line of a case's history: who did what, when, from which state to which, with the opinion and the files
/// they attached. Append-only; the case's current values are the sum of these.
/// </summary>
public sealed class CaseEvent
{
    public long Id { get; private set; }
    public long CaseId { get; init; }
    public int Sequence { get; init; }
    public DateTime At { get; init; }
    public CaseAction Action { get; init; }
    public CaseState From { get; init; }
    public CaseState To { get; init; }
    public long? ActorId { get; init; }
    public required string ActorName { get; init; }
    public required string ActorRole { get; init; }
    public string? Opinion { get; init; }

    /// <summary>What happened in words (e.g. "容缺受理；容缺材料：营业执照，2024-10-11 前补交").</summary>
    public string? Detail { get; init; }

    public IReadOnlyList<CaseFile> Attachments { get; init; } = [];
}
