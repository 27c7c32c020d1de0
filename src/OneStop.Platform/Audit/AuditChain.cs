using System.Text.Json;

namespace OneStop.Platform.Audit;

/// <summary>
/// The keyed chain: each record's MAC is HMAC-SHA256(key, canonical fields ‖ previous MAC). The canonical form is a
/// JSON array, so NULL and '' differ, and the time enters as ticks of exactly what is stored (the writer keeps
/// milliseconds, which both databases store exactly), so even a sub-millisecond edit changes the MAC.
/// </summary>
internal static class AuditChain
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public const string BusinessChain = "audit";
    public const string SecurityChain = "security";

    /// <summary>Databases keep different sub-second precision; the writer stores what both keep exactly.</summary>
    public static DateTime Truncate(DateTime utc) =>
        new(utc.Ticks - utc.Ticks % TimeSpan.TicksPerMillisecond, DateTimeKind.Utc);

    public static string MacOf(AuditKey key, string chain, IChainedRecord r) => MacOf(key, chain, r.Sequence,
        r.RecordId, r.OccurredAt, r.ActorId, r.ActorName, r.ActorRoles, r.DepartmentId, r.RegionCode, r.Action, r.Target,
        r.Summary, r.PreviousHash);

    public static string MacOf(AuditKey key, string chain, long sequence, Guid? recordId, DateTime occurredAt, long? actorId,
        string actorName, string roles, long? departmentId, string? regionCode, string action, string target,
        string summary, string previousHash) =>
        key.Mac(JsonSerializer.SerializeToUtf8Bytes(recordId is { } id
            ? new object?[]
            {
                "onestop-audit-v3", chain, sequence, id.ToString("N"), occurredAt.Ticks, actorId, actorName, roles,
                departmentId, regionCode, action, target, summary, previousHash,
            }
            // Records chained before sealing existed carry no record id and keep verifying under their v2 form.
            : new object?[]
            {
                "onestop-audit-v2", chain, sequence, occurredAt.Ticks, actorId, actorName, roles, departmentId,
                regionCode, action, target, summary, previousHash,
            }));

    /// <summary>
    /// The MAC a record carries from its own transaction until it is sealed into the chain: the same fields without a
    /// position or a link (those are given at sealing). The sealer refuses a pending record whose MAC does not match,
    /// so an edit made while it waited is never sealed as if it were genuine.
    /// </summary>
    public static string PendingMacOf(AuditKey key, PendingAuditRecord r) =>
        key.Mac(JsonSerializer.SerializeToUtf8Bytes(new object?[]
        {
            "onestop-audit-pending-v1", ChainName(r.Chain), r.RecordId.ToString("N"), r.OccurredAt.Ticks, r.ActorId,
            r.ActorName, r.ActorRoles, r.DepartmentId, r.RegionCode, r.Action, r.Target, r.Summary,
        }));

    public static string ChainName(int headId) => headId == AuditHead.Business ? BusinessChain : SecurityChain;
}
