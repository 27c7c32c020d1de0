using Microsoft.Extensions.DependencyInjection;
using OneStop.Platform.Persistence;

namespace OneStop.Platform.Audit;

/// <summary>
/// This host's sealing loop: one round at a time, each sealing everything committed before it started. Writers that
/// ask while a round runs join the next one together, so under load one round (one transaction, one WAL flush)
/// seals the records of many actions — the group commit of the chain.
/// </summary>
internal sealed class AuditSealer(IServiceScopeFactory scopes, AuditKey key)
{
    private readonly Lock _gate = new();
    private TaskCompletionSource? _next;
    private bool _running;

    /// <summary>
    /// Completes when a round that started after this call has finished, so that everything committed before the call
    /// is sealed (by this host or, if another host's round took it first, by that one). Faults when the round failed;
    /// the records then stay pending for the next round.
    /// </summary>
    public Task SealAsync(CancellationToken ct = default)
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
            return round.WaitAsync(ct);
        }
    }

    private async Task LoopAsync()
    {
        while (true)
        {
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
                await using var scope = scopes.CreateAsyncScope();
                await AuditSeal.RunAsync(scope.ServiceProvider.GetRequiredService<PlatformDbContext>(), key);
                round.SetResult();
            }
            catch (Exception e)
            {
                round.SetException(e);
            }
        }
    }
}
