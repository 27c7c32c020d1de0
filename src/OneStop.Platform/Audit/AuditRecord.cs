namespace OneStop.Platform.Audit;

/// <summary>
/// One state change, who made it and in whose name. Records form a hash chain (<see cref="AuditChain"/>): editing
/// or deleting any of them breaks the chain at that record.
/// </summary>
public sealed class AuditRecord
{
    /// <summary>Position in the chain, 1, 2, 3… without gaps.</summary>
    public long Sequence { get; init; }
    public DateTime OccurredAt { get; init; }
    public long? ActorId { get; init; }
    public required string ActorName { get; init; }
    public required string ActorRoles { get; init; }
    public long? DepartmentId { get; init; }
    public string? RegionCode { get; init; }
    public required string Action { get; init; }
    public required string Target { get; init; }
    public required string Summary { get; init; }
    public required string PreviousHash { get; init; }
    public required string Hash { get; init; }
}

/// <summary>The chain's last link, kept apart so that cutting records off the end is detected too.</summary>
public sealed class AuditHead
{
    public int Id { get; init; } = 1;
    public long Sequence { get; set; }
    public string Hash { get; set; } = AuditChain.Genesis;
}
