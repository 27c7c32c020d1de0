using System.Collections.Concurrent;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace OneStop.Platform.Persistence;

/// <summary>
/// A query that runs on most requests, translated once per model instead of on every call (ADR 0017). EF Core's own
/// compiled query refuses a second model, and one process holds several (the SQLite and the PostgreSQL model of a
/// context, test hosts side by side), so each model gets its own compiled delegate.
/// </summary>
public sealed class CompiledQuery<TContext, TParam, TResult>(Expression<Func<TContext, TParam, CancellationToken, TResult>> query)
    where TContext : DbContext
{
    private readonly ConcurrentDictionary<IModel, Func<TContext, TParam, CancellationToken, Task<TResult>>> _byModel = new();

    public Task<TResult> RunAsync(TContext db, TParam value, CancellationToken ct) =>
        _byModel.GetOrAdd(db.Model, _ => EF.CompileAsyncQuery(query))(db, value, ct);
}
