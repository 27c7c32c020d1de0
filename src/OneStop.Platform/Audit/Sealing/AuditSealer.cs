using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OneStop.Platform.Persistence;

namespace OneStop.Platform.Audit;

/// <summary>
/// This host's sealing loop: one round at a time, each sealing everything committed before it started. Commits that
/// ask while a round runs join the next one together, so under load one round (one transaction, one WAL flush)
/// seals the records of many actions — the group commit of the chain. An action's commit only asks for a round
/// (<see cref="Request"/>) and does not wait for it (ADR 0005 "Sealing", ADR 0017): its record is already stored,
/// with its own MAC, in the action's transaction. Readers of the chain (the trail, verify, checkpoints) wait for a
/// round first (<see cref="SealAsync"/>), so they see every committed action.
/// </summary>
internal sealed class AuditSealer(IServiceScopeFactory scopes, AuditKey key, ILogger<AuditSealer> log)
{
    private static readonly TimeSpan Gather = TimeSpan.FromMilliseconds(5);
    private readonly Lock _gate = new();
    private TaskCompletionSource? _next;
    private bool _running;

    /// <summary>
    /// Completes when a round that started after this call has finished, so that everything committed before the call
    /// is sealed (by this host or, if another host's round took it first, by that one). Faults when the round failed;
    /// the records then stay pending for the next round.
    /// </summary>
    public Task SealAsync(CancellationToken ct = default) => Round().WaitAsync(ct);

    /// <summary>
    /// Asks for a round that starts after this call and returns at once. A failed round is logged; its records stay
    /// pending for the next round, the next host start or `audit verify`.
    /// </summary>
    public void Request()
    {
        Requested = true;
        Round();
    }

    /// <summary>Whether a commit of this process asked for a round (the CLI then waits for one before it exits).</summary>
    public bool Requested { get; private set; }

    private Task Round()
    {
        lock (_gate)
        {
            _next ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var round = _next.Task;
            if (!_running)
            {
                _running = true;
                // The loop must not carry the first caller's request (its user, its HttpContext) into later rounds.
                using (ExecutionContext.SuppressFlow()) _ = Task.Run(LoopAsync, CancellationToken.None);
            }
            return round;
        }
    }

    private async Task LoopAsync()
    {
        // One context for the rounds of a busy spell (creating one per round cost more than the round's own work);
        // a new one after a failure, whose connection or tracked state may be broken.
        AsyncServiceScope? scope = null;
        try
        {
            for (var busy = false; ; busy = true)
            {
                // Back-to-back rounds (commits kept coming while the last one ran) wait a moment first, so each seals
                // more records: nobody's answer waits for a round any more, and a round costs its round trips whatever
                // it seals. A first round after a quiet spell starts at once.
                if (busy) await Task.Delay(Gather);
                TaskCompletionSource round;
                lock (_gate)
                {
                    if (_next is null)
                    {
                        _running = false;
                        return;
                    }
                    round = _next;
                    _next = null;
                }
                try
                {
                    scope ??= scopes.CreateAsyncScope();
                    await AuditSeal.RunAsync(scope.Value.ServiceProvider.GetRequiredService<PlatformDbContext>(), key);
                    round.SetResult();
                }
                catch (Exception e)
                {
                    // Waiters learn first; nothing after this may stop the loop (disposing a broken scope or logging
                    // can throw too), or no round would ever run on this host again.
                    round.TrySetException(e);
                    // Nobody may be waiting (commits only ask): observed here so it is not reported again as unobserved.
                    _ = round.Task.Exception;
                    var broken = scope;
                    scope = null;
                    try { if (broken is { } b) await b.DisposeAsync(); } catch (Exception) { }
                    try { log.LogError(e, "An audit sealing round failed; its records stay pending for the next round"); } catch (Exception) { }
                }
            }
        }
        finally
        {
            try { if (scope is { } last) await last.DisposeAsync(); } catch (Exception) { }
        }
    }
}
