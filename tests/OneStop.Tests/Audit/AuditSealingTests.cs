using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Platform.Audit;
using OneStop.Platform.Persistence;

namespace OneStop.Tests.Audit;

/// <summary>
/// Audit records are written in their action's transaction as pending records and linked into the chain by a sealing
/// round after the commit (ADR 0005 "Sealing"). Several hosts writing at once still give one gap-free chain; a host
/// killed between commit and sealing loses nothing; a pending record edited, forged or replayed is never sealed and
/// `onestop audit verify` names it.
/// </summary>
public abstract class AuditSealingTests(bool postgres) : IAsyncLifetime
{
    private AuditInstallation _install = null!;

    public async ValueTask InitializeAsync()
    {
        _install = AuditInstallation.Create(postgres);
        Assert.Equal(0, (await _install.RunAsync("migrate")).Exit);
    }

    public async ValueTask DisposeAsync() => await _install.DisposeAsync();

    [Fact]
    public async Task Three_hosts_writing_at_once_give_one_gap_free_chain_that_verifies()
    {
        const int hosts = 3, writers = 4, writes = 10;
        var before = await CountAsync();
        await Task.WhenAll(Enumerable.Range(0, hosts).Select(h => _install.WithHostAsync(async sp =>
        {
            await Task.WhenAll(Enumerable.Range(0, writers).Select(async w =>
            {
                for (var i = 0; i < writes; i++)
                {
                    await using var scope = sp.CreateAsyncScope();
                    var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
                    db.Audit("department.create", $"部门 主机{h}-{w}-{i}");
                    await db.SaveChangesAsync();
                }
            }));
            // The host stops as a host does (AuditCheckpointService.StopAsync): the rounds its commits asked for have run.
            await sp.GetRequiredService<AuditSealer>().SealAsync();
            return 0;
        })));

        // Every host's rounds sealed its records, interleaved with the others': all are in the chain, none pending.
        Assert.Equal(before + hosts * writers * writes, await CountAsync());
        Assert.Equal(0, await _install.WithDbAsync(db => db.Set<PendingAuditRecord>().CountAsync()));
        var sequences = await _install.WithDbAsync(db => db.AuditRecords.OrderBy(r => r.Sequence).Select(r => r.Sequence).ToListAsync());
        Assert.Equal(Enumerable.Range(1, sequences.Count).Select(i => (long)i), sequences);
        var (exit, output, err) = await _install.RunAsync("audit", "verify");
        Assert.True(exit == 0, err);
        Assert.Contains($"业务操作 {before + hosts * writers * writes} 条", output);
    }

    [Fact]
    public async Task A_host_that_stops_seals_what_its_actions_committed_before_it_goes()
    {
        var before = await CountAsync();
        var pendingAtStop = await _install.WithHostAsync(async sp =>
        {
            // Committed, signed, not yet sealed: what the host's last actions leave when their rounds have not run yet
            // (the answers do not wait for them).
            var key = sp.GetRequiredService<AuditKey>();
            for (var i = 0; i < 3; i++)
                await InsertPendingAsync(sp.GetRequiredService<PlatformDbContext>(), Pending(key, $"部门 停机前{i}"));
            // Stopping the host (its checkpoint service) waits for a round.
            var service = new AuditCheckpointService(sp.GetRequiredService<IServiceScopeFactory>(),
                sp.GetRequiredService<AuditSettings>(), TimeProvider.System,
                sp.GetRequiredService<AuditSealer>(), Microsoft.Extensions.Logging.Abstractions.NullLogger<AuditCheckpointService>.Instance);
            await service.StopAsync(CancellationToken.None);
            await using var check = sp.CreateAsyncScope();
            return await check.ServiceProvider.GetRequiredService<PlatformDbContext>().Set<PendingAuditRecord>().CountAsync();
        });

        Assert.Equal(0, pendingAtStop);
        Assert.Equal(before + 3, await CountAsync());
    }

    [Fact]
    public async Task A_record_left_pending_by_a_killed_host_is_sealed_by_verify_and_the_chain_is_intact()
    {
        var before = await CountAsync();
        // What a host killed right after its commit leaves behind: a committed, correctly signed, unsealed record.
        await _install.WithHostAsync(async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            await InsertPendingAsync(db, Pending(sp.GetRequiredService<AuditKey>(), "部门 断电前提交"));
            return 0;
        });

        var (exit, output, err) = await _install.RunAsync("audit", "verify");
        Assert.True(exit == 0, err);
        Assert.Contains($"业务操作 {before + 1} 条", output);
        var last = await _install.WithDbAsync(db => db.AuditRecords.OrderByDescending(r => r.Sequence).FirstAsync());
        Assert.Equal("部门 断电前提交", last.Target);
        Assert.Equal(0, await _install.WithDbAsync(db => db.Set<PendingAuditRecord>().CountAsync()));
    }

    [Fact]
    public async Task A_pending_record_edited_before_sealing_is_never_sealed_and_fails_verify()
    {
        var before = await CountAsync();
        await _install.WithHostAsync(async sp =>
        {
            var record = Pending(sp.GetRequiredService<AuditKey>(), "部门 原样");
            // The attacker changes the waiting record's target without the key: its own MAC no longer matches.
            await InsertPendingAsync(sp.GetRequiredService<PlatformDbContext>(), Copy(record, target: "部门 被改"));
            return 0;
        });

        var (exit, _, err) = await _install.RunAsync("audit", "verify");
        Assert.Equal(1, exit);
        Assert.Contains("待封存", err);
        Assert.Contains("已被修改或伪造", err);
        Assert.Equal(before, await CountAsync());
        Assert.False(await _install.WithDbAsync(db => db.AuditRecords.AnyAsync(r => r.Target == "部门 被改")));
    }

    [Fact]
    public async Task A_copy_of_a_sealed_record_put_back_as_pending_is_not_sealed_again_and_fails_verify()
    {
        Guid recordId = default;
        PendingAuditRecord? captured = null;
        await _install.WithHostAsync(async sp =>
        {
            captured = Pending(sp.GetRequiredService<AuditKey>(), "部门 只此一次");
            recordId = captured.RecordId;
            await InsertPendingAsync(sp.GetRequiredService<PlatformDbContext>(), captured);
            return 0;
        });
        Assert.Equal(0, (await _install.RunAsync("audit", "verify")).Exit); // sealed once
        var before = await CountAsync();

        // Someone who copied the row while it waited inserts it again: a valid MAC, but a record id already chained.
        await _install.WithHostAsync(async sp =>
        {
            await InsertPendingAsync(sp.GetRequiredService<PlatformDbContext>(), Copy(captured!));
            return 0;
        });
        var (exit, _, err) = await _install.RunAsync("audit", "verify");
        Assert.Equal(1, exit);
        Assert.Contains("重复副本", err);
        Assert.Equal(before, await CountAsync());
        Assert.Equal(1, await _install.WithDbAsync(db => db.AuditRecords.CountAsync(r => r.RecordId == recordId)));
    }

    private Task<int> CountAsync() => _install.WithDbAsync(db => db.AuditRecords.CountAsync());

    private static PendingAuditRecord Pending(AuditKey key, string target)
    {
        var record = new PendingAuditRecord
        {
            Chain = AuditHead.Business, RecordId = Guid.NewGuid(), OccurredAt = AuditChain.Truncate(DateTime.UtcNow),
            ActorName = "测试", ActorRoles = "System", Action = "department.create", Target = target, Summary = "",
        };
        record.Mac = AuditChain.PendingMacOf(key, record);
        return record;
    }

    private static PendingAuditRecord Copy(PendingAuditRecord r, string? target = null) => new()
    {
        Chain = r.Chain, RecordId = r.RecordId, OccurredAt = r.OccurredAt, ActorId = r.ActorId, ActorName = r.ActorName,
        ActorRoles = r.ActorRoles, DepartmentId = r.DepartmentId, RegionCode = r.RegionCode, Action = r.Action,
        Target = target ?? r.Target, Summary = r.Summary, Mac = r.Mac,
    };

    /// <summary>Written as it stands (as a killed host or an attacker leaves it); pending rows are saved without a record of their own.</summary>
    private static async Task InsertPendingAsync(PlatformDbContext db, PendingAuditRecord r)
    {
        db.Set<PendingAuditRecord>().Add(r);
        await db.SaveChangesAsync();
        Assert.Equal(1, await db.Set<PendingAuditRecord>().CountAsync(p => p.RecordId == r.RecordId && p.Target == r.Target));
    }
}

public sealed class AuditSealingOnSqlite() : AuditSealingTests(postgres: false);
public sealed class AuditSealingOnPostgres() : AuditSealingTests(postgres: true);
