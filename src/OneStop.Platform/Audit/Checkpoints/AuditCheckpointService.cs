using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OneStop.Platform.Persistence;

namespace OneStop.Platform.Audit;

/// <summary>
/// Seals what is pending and anchors the audit chains at start and then every <see cref="AuditSettings.CheckpointInterval"/>. With several
/// hosts on one PostgreSQL database only the holder of an advisory lock writes in a round; file names by sequence
/// make a second writer harmless anyway.
/// </summary>
internal sealed class AuditCheckpointService(IServiceScopeFactory scopes, AuditSettings settings, TimeProvider time,
    AuditSealer sealer, ILogger<AuditCheckpointService> log) : BackgroundService
{
    /// <summary>Arbitrary, fixed: the advisory lock id of the checkpoint round ("onestop:audit-checkpoint").</summary>
    private const long LockId = 0x4f4e455354_4350;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(settings.CheckpointInterval, time);
        do
        {
            try { await RunOnceAsync(stoppingToken); }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Audit checkpoint round failed");
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>A host that stops seals what its last actions committed, so the chain it leaves is complete.</summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        try { await sealer.SealAsync(cancellationToken); }
        catch (Exception e)
        {
            // Out of shutdown time, or the round failed: the records stay pending for the next host or `audit verify`.
            if (e is not OperationCanceledException) log.LogError(e, "Sealing at shutdown failed; the records stay pending");
        }
        await base.StopAsync(cancellationToken);
    }

    public async Task RunOnceAsync(CancellationToken ct)
    {
        // Records a killed host left pending are sealed at start (and every round), so the anchor covers them.
        await sealer.SealAsync(ct);
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var checkpoints = scope.ServiceProvider.GetRequiredService<AuditCheckpoints>();
        if (db.Database.IsNpgsql())
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var mine = await db.Database.SqlQuery<bool>($"SELECT pg_try_advisory_xact_lock({LockId}) AS \"Value\"").SingleAsync(ct);
            if (!mine) return;
            await checkpoints.WriteAsync(db, ct);
            await transaction.CommitAsync(ct);
            return;
        }
        await checkpoints.WriteAsync(db, ct);
    }
}
