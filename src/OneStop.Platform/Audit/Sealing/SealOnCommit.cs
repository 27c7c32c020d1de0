using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging;
using OneStop.Platform.Persistence;

namespace OneStop.Platform.Audit;

/// <summary>
/// After a transaction that wrote pending audit records commits (the save's own, or a use case's around several
/// saves), waits for the sealing round that links them into the chain. The action is committed either way: when the
/// round fails the records stay pending (logged) and the next round, the next host start or `audit verify` seals them.
/// </summary>
internal sealed class SealOnCommit : DbTransactionInterceptor
{
    public static readonly SealOnCommit Instance = new();

    public override async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not ModuleDbContext { AwaitsSealing: true } context) return;
        context.AwaitsSealing = false;
        try
        {
            await context.GetService<AuditSealer>().SealAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            context.GetService<ILoggerFactory>().CreateLogger<SealOnCommit>()
                .LogError(e, "Sealing the audit records of a committed action failed; they stay pending for the next round");
        }
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        // Synchronous commits leave their records for the next round (OneStop commits asynchronously).
    }

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is ModuleDbContext context) context.AwaitsSealing = false;
        return Task.CompletedTask;
    }
}
