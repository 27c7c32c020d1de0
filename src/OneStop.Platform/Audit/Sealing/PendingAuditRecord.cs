namespace OneStop.Platform.Audit;

/// <summary>
/// An audit record written in its action's own transaction and not yet linked into its chain. Writers insert these
/// without any shared lock; the sealer (<see cref="AuditSeal"/>) gives them their chain position and link in the
/// order it finds them committed, then deletes them here (ADR 0005, "Sealing"). Its own MAC protects its fields
/// while it waits.
/// </summary>
internal sealed class PendingAuditRecord
{
    /// <summary>Insertion order (store-generated); the sealer seals in this order. Not part of any MAC.</summary>
    public long Id { get; init; }
    /// <summary><see cref="AuditHead.Business"/> or <see cref="AuditHead.Security"/>.</summary>
    public int Chain { get; init; }
    public Guid RecordId { get; init; }
    public DateTime OccurredAt { get; init; }
    public long? ActorId { get; init; }
    public required string ActorName { get; init; }
    public required string ActorRoles { get; init; }
    public long? DepartmentId { get; init; }
    public string? RegionCode { get; init; }
    public required string Action { get; init; }
    public required string Target { get; init; }
    public required string Summary { get; init; }
    public string Mac { get; set; } = "";
}
