using Microsoft.EntityFrameworkCore;
using OneStop.Platform.Persistence;

namespace OneStop.Platform.Audit;

/// <summary>
/// One sealing round: under the head rows' write locks, links every committed pending record into its chain (next
/// position, previous MAC, chain MAC) in insertion order and deletes it from the pending table, all in one
/// transaction. Any host may run it; the head locks make rounds of several hosts take turns, and each round sees what
/// the previous one committed, so no record is sealed twice and positions stay gap-free. Records still uncommitted
/// are invisible to the round and are sealed by a later one.
/// </summary>
internal static class AuditSeal
{
    private const int Batch = 1000;

    /// <summary>Seals until nothing sealable is pending; returns how many records were sealed.</summary>
    public static async Task<int> RunAsync(PlatformDbContext db, AuditKey key, CancellationToken ct = default)
    {
        var total = 0;
        while (true)
        {
            var (sealedNow, full) = await RoundAsync(db, key, ct);
            total += sealedNow;
            if (!full) return total;
        }
    }

    private static async Task<(int Sealed, bool Full)> RoundAsync(PlatformDbContext db, AuditKey key, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // Lock and read both heads in one statement (always both, in id order: rounds never wait for each other in a cycle).
        var heads = await db.Set<AuditHead>()
            .FromSqlRaw("UPDATE platform_audit_head SET \"Sequence\" = \"Sequence\" RETURNING \"Id\", \"Sequence\", \"Hash\"")
            .AsNoTracking().ToListAsync(ct);
        // A pending record whose id is already in a chain is a replayed copy: never sealed, reported by verify.
        var pending = await db.Set<PendingAuditRecord>()
            .Where(p => !db.AuditRecords.Any(a => a.RecordId == p.RecordId) && !db.SecurityEvents.Any(s => s.RecordId == p.RecordId))
            .OrderBy(p => p.Id).Take(Batch).AsNoTracking().ToListAsync(ct);
        if (pending.Count == 0)
        {
            await transaction.RollbackAsync(ct);
            return (0, false);
        }
        var sealedIds = new List<long>(pending.Count);
        foreach (var head in heads.OrderBy(h => h.Id))
        {
            var chain = AuditChain.ChainName(head.Id);
            var tracked = db.Attach(new AuditHead { Id = head.Id, Sequence = head.Sequence, Hash = head.Hash }).Entity;
            foreach (var p in pending.Where(p => p.Chain == head.Id))
            {
                // An edited or forged pending record is left where it is (verify names it), never sealed as genuine.
                if (AuditChain.PendingMacOf(key, p) != p.Mac) continue;
                var link = Link(p, tracked.Sequence + 1, tracked.Hash);
                link.Hash = AuditChain.MacOf(key, chain, link);
                if (head.Id == AuditHead.Business) db.Add(link.As<AuditRecord>()); else db.Add(link.As<SecurityEvent>());
                tracked.Sequence = link.Sequence;
                tracked.Hash = link.Hash;
                sealedIds.Add(p.Id);
            }
        }
        // Only chain tables change here: the audited save writes them as they are, with no record of its own.
        await db.SaveChangesAsync(ct);
        // One statement for the round's sealed records, not one per record (ADR 0017).
        await db.Set<PendingAuditRecord>().Where(p => sealedIds.Contains(p.Id)).ExecuteDeleteAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return (sealedIds.Count, pending.Count == Batch);
    }

    private static Link Link(PendingAuditRecord p, long sequence, string previous) => new()
    {
        Sequence = sequence, RecordId = p.RecordId, OccurredAt = p.OccurredAt, ActorId = p.ActorId,
        ActorName = p.ActorName, ActorRoles = p.ActorRoles, DepartmentId = p.DepartmentId, RegionCode = p.RegionCode,
        Action = p.Action, Target = p.Target, Summary = p.Summary, PreviousHash = previous,
    };
}

/// <summary>A link being made: the fields the chain MAC covers, then the MAC.</summary>
internal sealed class Link : IChainedRecord
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
    public string Hash { get; set; } = "";

    public T As<T>() where T : class, IChainedRecord
    {
        if (typeof(T) == typeof(AuditRecord))
            return (T)(object)new AuditRecord
            {
                Sequence = Sequence, RecordId = RecordId, OccurredAt = OccurredAt, ActorId = ActorId, ActorName = ActorName,
                ActorRoles = ActorRoles, DepartmentId = DepartmentId, RegionCode = RegionCode, Action = Action,
                Target = Target, Summary = Summary, PreviousHash = PreviousHash, Hash = Hash,
            };
        return (T)(object)new SecurityEvent
        {
            Sequence = Sequence, RecordId = RecordId, OccurredAt = OccurredAt, ActorId = ActorId, ActorName = ActorName,
            ActorRoles = ActorRoles, DepartmentId = DepartmentId, RegionCode = RegionCode, Action = Action,
            Target = Target, Summary = Summary, PreviousHash = PreviousHash, Hash = Hash,
        };
    }
}
