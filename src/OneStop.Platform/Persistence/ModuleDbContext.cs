using Microsoft.EntityFrameworkCore;
using OneStop.Platform.Audit;
using OneStop.Platform.Security;

namespace OneStop.Platform.Persistence;

/// <summary>
/// Base of every module's context. Each module owns its tables; all share the audit trail, which this base writes
/// in the same transaction as the change it describes, so no write can happen without its record.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options, ICurrentUser user, TimeProvider time) : DbContext(options)
{
    private readonly List<AuditNote> _notes = [];

    /// <summary>Only the Platform context creates the audit tables; the others map them without migrating them.</summary>
    protected virtual bool OwnsAuditTables => false;

    public ICurrentUser CurrentUser => user;

    /// <summary>Names the business action this unit of work performs (written at the next save).</summary>
    public void Audit(string action, string target, string? summary = null) =>
        _notes.Add(new AuditNote(action, target, summary));

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AuditRecord>(e =>
        {
            e.ToTable("platform_audit", t => { if (!OwnsAuditTables) t.ExcludeFromMigrations(); });
            e.HasKey(r => r.Sequence);
            e.Property(r => r.Sequence).ValueGeneratedNever();
            e.Property(r => r.ActorName).HasMaxLength(100);
            e.Property(r => r.ActorRoles).HasMaxLength(300);
            e.Property(r => r.RegionCode).HasMaxLength(12);
            e.Property(r => r.Action).HasMaxLength(100);
            e.Property(r => r.Target).HasMaxLength(300);
            e.Property(r => r.PreviousHash).HasMaxLength(64);
            e.Property(r => r.Hash).HasMaxLength(64);
            e.HasIndex(r => r.OccurredAt);
            e.HasIndex(r => r.Action);
            e.HasIndex(r => r.ActorId);
            e.HasIndex(r => r.RegionCode);
        });
        modelBuilder.Entity<AuditHead>(e =>
        {
            e.ToTable("platform_audit_head", t => { if (!OwnsAuditTables) t.ExcludeFromMigrations(); });
            e.Property(h => h.Id).ValueGeneratedNever();
            e.Property(h => h.Hash).HasMaxLength(64);
            if (OwnsAuditTables) e.HasData(new AuditHead { Id = 1, Sequence = 0, Hash = AuditChain.Genesis });
        });
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new InvalidOperationException("OneStop writes through SaveChangesAsync so that every change is audited.");

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var changes = ChangeSummary.Capture(ChangeTracker);
        if (changes.IsEmpty && _notes.Count == 0)
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);

        await using var ownTransaction = Database.CurrentTransaction is null
            ? await Database.BeginTransactionAsync(cancellationToken)
            : null;
        // Taking the head row's write lock first serialises writers, so the chain never forks.
        await Set<AuditHead>().Where(h => h.Id == 1)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.Sequence, h => h.Sequence), cancellationToken);
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        await AppendAuditAsync(changes.Render(), cancellationToken);
        await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (ownTransaction is not null) await ownTransaction.CommitAsync(cancellationToken);
        _notes.Clear();
        return saved;
    }

    private async Task AppendAuditAsync(string changes, CancellationToken ct)
    {
        var head = await Set<AuditHead>().SingleAsync(h => h.Id == 1, ct);
        var now = AuditChain.Truncate(time.GetUtcNow().UtcDateTime);
        var notes = _notes.Count > 0 ? _notes : [new AuditNote("data.change", "数据变更")];
        for (var i = 0; i < notes.Count; i++)
        {
            var note = notes[i];
            var summary = i == 0 ? Combine(note.Summary, changes) : note.Summary ?? "";
            var record = Chain(head, now, note.Action, note.Target, summary);
            Add(record);
            head.Sequence = record.Sequence;
            head.Hash = record.Hash;
        }
    }

    private AuditRecord Chain(AuditHead head, DateTime now, string action, string target, string summary)
    {
        var sequence = head.Sequence + 1;
        var roles = string.Join(',', user.Roles);
        target = target.Length > 300 ? target[..300] : target;
        var hash = AuditChain.HashOf(sequence, now, user.AccountId, user.Name, roles, user.DepartmentId,
            user.RegionCode, action, target, summary, head.Hash);
        return new AuditRecord
        {
            Sequence = sequence, OccurredAt = now, ActorId = user.AccountId, ActorName = user.Name,
            ActorRoles = roles, DepartmentId = user.DepartmentId, RegionCode = user.RegionCode, Action = action,
            Target = target, Summary = summary, PreviousHash = head.Hash, Hash = hash,
        };
    }

    private static string Combine(string? note, string changes) =>
        string.IsNullOrEmpty(note) ? changes : string.IsNullOrEmpty(changes) ? note : note + "\n" + changes;
}
