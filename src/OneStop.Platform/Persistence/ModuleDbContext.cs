using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using OneStop.Platform.Audit;
using OneStop.Platform.Privacy;
using OneStop.Platform.Security;

namespace OneStop.Platform.Persistence;

/// <summary>
/// Base of every module's context. Each module owns its tables; all share the audit trail, which this base writes
/// in the same transaction as the change it describes, so no write can happen without its record.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options) : DbContext(options)
{
    private readonly List<AuditNote> _notes = [];
    private static readonly ICurrentUser Unleased = new SystemUser();
    private ICurrentUser _user = Unleased;
    private TimeProvider _time = TimeProvider.System;

    /// <summary>
    /// Contexts are pooled (creating one per request cost more than most requests' own work, ADR 0017), so the
    /// request's user and clock are given when one is leased (<see cref="ModuleDatabases.AddModuleDbContext{TContext}"/>),
    /// and what an earlier lease left behind is cleared.
    /// </summary>
    internal void Lease(ICurrentUser user, TimeProvider time)
    {
        _user = user;
        _time = time;
        _notes.Clear();
        AwaitsSealing = false;
    }

    /// <summary>Only the Platform context creates the audit tables; the others map them without migrating them.</summary>
    protected virtual bool OwnsAuditTables => false;

    public ICurrentUser CurrentUser => _user;

    /// <summary>Names the business action this unit of work performs (written at the next save).</summary>
    public void Audit(string action, string target, string? summary = null, string? regionCode = null) =>
        _notes.Add(new AuditNote(action, target, summary, regionCode));

    /// <summary>
    /// Names a security event (a failed sign-in…) written at the next save to the security chain, which has its own
    /// lock: a flood of them never holds up business writes.
    /// </summary>
    public void SecurityEvent(string action, string target, string? summary = null, string? regionCode = null) =>
        _notes.Add(new AuditNote(action, target, summary, regionCode, Security: true));

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AuditRecord>(e =>
        {
            e.ToTable("platform_audit", t => { if (!OwnsAuditTables) t.ExcludeFromMigrations(); });
            MapChained(e);
        });
        modelBuilder.Entity<SecurityEvent>(e =>
        {
            e.ToTable("platform_security_events", t => { if (!OwnsAuditTables) t.ExcludeFromMigrations(); });
            MapChained(e);
        });
        modelBuilder.Entity<PendingAuditRecord>(e =>
        {
            e.ToTable("platform_audit_pending", t => { if (!OwnsAuditTables) t.ExcludeFromMigrations(); });
            e.Property(r => r.ActorName).HasMaxLength(AuditLimits.ActorName);
            e.Property(r => r.ActorRoles).HasMaxLength(AuditLimits.ActorRoles);
            e.Property(r => r.RegionCode).HasMaxLength(AuditLimits.RegionCode);
            e.Property(r => r.Action).HasMaxLength(AuditLimits.Action);
            e.Property(r => r.Target).HasMaxLength(AuditLimits.Target);
            e.Property(r => r.Mac).HasMaxLength(64);
            e.HasIndex(r => r.RecordId).IsUnique();
        });
        modelBuilder.Entity<AuditHead>(e =>
        {
            e.ToTable("platform_audit_head", t => { if (!OwnsAuditTables) t.ExcludeFromMigrations(); });
            e.Property(h => h.Id).ValueGeneratedNever();
            e.Property(h => h.Hash).HasMaxLength(64);
            if (OwnsAuditTables)
                e.HasData(new AuditHead { Id = AuditHead.Business, Sequence = 0, Hash = AuditChain.Genesis },
                    new AuditHead { Id = AuditHead.Security, Sequence = 0, Hash = AuditChain.Genesis });
        });
    }

    private static void MapChained<T>(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<T> e)
        where T : class, IChainedRecord
    {
        e.HasKey(r => r.Sequence);
        e.Property(r => r.Sequence).ValueGeneratedNever();
        e.Property(r => r.ActorName).HasMaxLength(AuditLimits.ActorName);
        e.Property(r => r.ActorRoles).HasMaxLength(AuditLimits.ActorRoles);
        e.Property(r => r.RegionCode).HasMaxLength(AuditLimits.RegionCode);
        e.Property(r => r.Action).HasMaxLength(AuditLimits.Action);
        e.Property(r => r.Target).HasMaxLength(AuditLimits.Target);
        e.Property(r => r.PreviousHash).HasMaxLength(64);
        e.Property(r => r.Hash).HasMaxLength(64);
        e.HasIndex(r => r.RecordId).IsUnique();
        e.HasIndex(r => r.OccurredAt);
        e.HasIndex(r => r.Action);
        e.HasIndex(r => r.ActorId);
        e.HasIndex(r => r.RegionCode);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new InvalidOperationException("OneStop writes through SaveChangesAsync so that every change is audited.");

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        // EF Core wraps a save inside a running transaction in a savepoint (two more round trips) so that the caller
        // could go on after a failed save. No OneStop use case does: each is one transaction, and a failed save ends
        // it (409, rolled back). Inside the transaction this method opens, a savepoint would guard nothing at all.
        Database.AutoSavepointsEnabled = false;
        // Changes are detected once here; the summary and the saves below read the same state (each would scan every
        // tracked entity again).
        ChangeTracker.DetectChanges();
        var autoDetect = ChangeTracker.AutoDetectChangesEnabled;
        ChangeTracker.AutoDetectChangesEnabled = false;
        try { return await SaveAuditedAsync(acceptAllChangesOnSuccess, cancellationToken); }
        finally { ChangeTracker.AutoDetectChangesEnabled = autoDetect; }
    }

    private async Task<int> SaveAuditedAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken)
    {
        var changes = ChangeSummary.Capture(ChangeTracker);
        if (changes.IsEmpty && _notes.Count == 0)
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);

        var business = _notes.Where(n => !n.Security).ToList();
        var security = _notes.Where(n => n.Security).ToList();
        // The notes belong to this attempt: a failed save (a lost race) must not leave them for a retry to write twice.
        _notes.Clear();
        // Changes made while recording only security events (a failed sign-in's counter) belong to that event.
        var changesGoToSecurity = business.Count == 0 && security.Count > 0;
        if (business.Count == 0 && !changesGoToSecurity) business.Add(new AuditNote("data.change", "数据变更"));

        await using var ownTransaction = Database.CurrentTransaction is null
            ? await Database.BeginTransactionAsync(cancellationToken)
            : null;
        // The records are written in this transaction, so no change is ever committed without its record, but they
        // take no shared lock: they wait as pending records, each with its own MAC, until the sealer links them into
        // their chain in commit order, many per transaction (ADR 0005 "Sealing", ADR 0017). The commit asks for that
        // sealing round (SealOnCommit).
        var key = this.GetService<AuditKey>();
        var now = AuditChain.Truncate(_time.GetUtcNow().UtcDateTime);
        // One save when every changed row can be named now; else the change first, since new rows' keys exist only after it.
        var oneSave = !changes.NeedsStoreKeys;
        var saved = oneSave ? 0 : await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        var rendered = changes.Render();
        var pending = new List<PendingAuditRecord>();
        if (business.Count > 0)
            pending.AddRange(Pending(key, AuditHead.Business, business, changesGoToSecurity ? "" : rendered, changes.Region, now));
        if (security.Count > 0)
            pending.AddRange(Pending(key, AuditHead.Security, security, changesGoToSecurity ? rendered : "", changes.Region, now));
        Set<PendingAuditRecord>().AddRange(pending);
        int written;
        // Written or not (a lost race rolls the action back), the records must not stay tracked for a later save.
        try { written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken); }
        finally { foreach (var record in pending) Entry(record).State = EntityState.Detached; }
        if (oneSave) saved = written - pending.Count;
        AwaitsSealing = true;
        if (ownTransaction is not null) await ownTransaction.CommitAsync(cancellationToken);
        return saved;
    }

    /// <summary>Set when this context wrote pending audit records; the next commit asks for their sealing round.</summary>
    internal bool AwaitsSealing { get; set; }

    private IEnumerable<PendingAuditRecord> Pending(AuditKey key, int chain, List<AuditNote> notes, string changes,
        string? changedRegion, DateTime now)
    {
        for (var i = 0; i < notes.Count; i++)
        {
            var note = notes[i];
            var summary = i == 0 ? Combine(note.Summary, changes) : note.Summary ?? "";
            var record = PendingRecords.Stored(chain, now, _user, note.RegionCode ?? changedRegion ?? _user.RegionCode,
                note.Action, note.Target, summary);
            record.Mac = AuditChain.PendingMacOf(key, record);
            yield return record;
        }
    }

    private static string Combine(string? note, string changes) =>
        string.IsNullOrEmpty(note) ? changes : string.IsNullOrEmpty(changes) ? note : note + "\n" + changes;
}

/// <summary>Column lengths of the chained tables; the writer cuts to them so the MAC covers what is stored.</summary>
internal static class AuditLimits
{
    public const int ActorName = 100, ActorRoles = 300, RegionCode = 12, Action = 100, Target = 300;
}

/// <summary>A record's values exactly as they will be stored: masked, normalised, cut to the columns.</summary>
internal static class PendingRecords
{
    public static PendingAuditRecord Stored(int chain, DateTime now, ICurrentUser user, string? region, string action,
        string target, string summary) => new()
    {
        Chain = chain, RecordId = Guid.NewGuid(), OccurredAt = now, ActorId = user.AccountId,
        ActorName = AuditText.Stored(PersonalData.MaskText(user.Name), AuditLimits.ActorName),
        ActorRoles = AuditText.Stored(string.Join(',', user.Roles), AuditLimits.ActorRoles), DepartmentId = user.DepartmentId,
        RegionCode = region is null ? null : AuditText.Stored(region, AuditLimits.RegionCode),
        Action = AuditText.Stored(action, AuditLimits.Action),
        Target = AuditText.Stored(PersonalData.MaskText(target), AuditLimits.Target),
        Summary = AuditText.Stored(PersonalData.MaskText(summary)),
    };
}
