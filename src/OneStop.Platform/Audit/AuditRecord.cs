namespace OneStop.Platform.Audit;

/// <summary>The fields every link of a chain carries; the MAC covers all of them (<see cref="AuditChain"/>).</summary>
internal interface IChainedRecord
{
    long Sequence { get; }
    /// <summary>
    /// The record's identity from the moment it was written (pending); a replayed copy repeats it. NULL only for records
    /// chained before sealing existed (they keep their v2 MAC).
    /// </summary>
    Guid? RecordId { get; }
    DateTime OccurredAt { get; }
    long? ActorId { get; }
    string ActorName { get; }
    string ActorRoles { get; }
    long? DepartmentId { get; }
    string? RegionCode { get; }
    string Action { get; }
    string Target { get; }
    string Summary { get; }
    string PreviousHash { get; }
    string Hash { get; }
}

/// <summary>
/// One business state change, who made it and for which region. Records form a keyed chain
/// (<see cref="AuditChain"/>): editing, deleting, renumbering or forging any of them breaks the chain there.
/// </summary>
internal sealed class AuditRecord : IChainedRecord
{
    /// <summary>Position in the chain, 1, 2, 3… without gaps.</summary>
    public long Sequence { get; init; }
    public Guid? RecordId { get; init; }
    public DateTime OccurredAt { get; init; }
    public long? ActorId { get; init; }
    public required string ActorName { get; init; }
    public required string ActorRoles { get; init; }
    public long? DepartmentId { get; init; }
    /// <summary>The region the record belongs to (the data's region where known, else the actor's); scopes who reads it.</summary>
    public string? RegionCode { get; init; }
    public required string Action { get; init; }
    public required string Target { get; init; }
    public required string Summary { get; init; }
    public required string PreviousHash { get; init; }
    public required string Hash { get; init; }
}

/// <summary>
/// A security event (failed sign-ins and the like). Its own chain and head row, so a flood of anonymous attempts
/// never waits for, or delays, the business trail's write lock.
/// </summary>
internal sealed class SecurityEvent : IChainedRecord
{
    public long Sequence { get; init; }
    public Guid? RecordId { get; init; }
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

/// <summary>A chain's last link, kept apart so that cutting records off the end is detected too; one row per chain.</summary>
internal sealed class AuditHead
{
    public const int Business = 1;
    public const int Security = 2;

    public int Id { get; init; } = Business;
    public long Sequence { get; set; }
    public string Hash { get; set; } = AuditChain.Genesis;
}
