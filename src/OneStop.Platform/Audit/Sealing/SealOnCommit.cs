using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using OneStop.Platform.Persistence;

namespace OneStop.Platform.Audit;

/// <summary>
/// After a transaction that wrote pending audit records commits (the save's own, or a use case's around several
/// saves), asks for the sealing round that links them into the chain, without waiting for it: the action and its
/// record are committed either way, and waiting cost every action a round's work and round trips (ADR 0017). When
/// the round fails the records stay pending (logged) and the next round, the next host start or `audit verify` seals
/// them.
/// </summary>
internal sealed class SealOnCommit : DbTransactionInterceptor
{
    public static readonly SealOnCommit Instance = new();

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        Committed(eventData);
        return Task.CompletedTask;
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Committed(eventData);

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is ModuleDbContext context) context.AwaitsSealing = false;
        return Task.CompletedTask;
    }

    private static void Committed(TransactionEndEventData eventData)
    {
        if (eventData.Context is not ModuleDbContext { AwaitsSealing: true } context) return;
        context.AwaitsSealing = false;
        context.GetService<AuditSealer>().Request();
    }
}
