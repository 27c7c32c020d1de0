using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Platform.Persistence;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Http;

public sealed class PendingModelChangesOnSqlite(SqliteFactory f) : PendingModelChangesTests(f), IClassFixture<SqliteFactory>;
public sealed class PendingModelChangesOnPostgres(PostgresFactory f) : PendingModelChangesTests(f), IClassFixture<PostgresFactory>;

/// <summary>
/// A model change without its migration works in tests (the schema comes from the migrations, so it would fail
/// later, in production). Every module context of the host must match its provider's last migration.
/// </summary>
public abstract class PendingModelChangesTests(OneStopFactory factory) : ApiTests(factory)
{
    [Fact]
    public void Every_module_context_has_a_migration_for_its_current_model()
    {
        var contexts = AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => a.GetName().Name?.StartsWith("OneStop.") == true)
            .SelectMany(a => a.GetTypes())
            .Where(t => t is { IsAbstract: false } && t.IsSubclassOf(typeof(ModuleDbContext)))
            .ToList();
        Assert.Contains(contexts, t => t.Name == "PlatformDbContext");
        Assert.Contains(contexts, t => t.Name == "CatalogDbContext");
        using var scope = Factory.Services.CreateScope();
        var pending = contexts.Where(t => ((DbContext)scope.ServiceProvider.GetRequiredService(t)).Database.HasPendingModelChanges())
            .Select(t => t.Name).ToList();
        Assert.True(pending.Count == 0, "model changed without a migration: " + string.Join(", ", pending));
    }
}
