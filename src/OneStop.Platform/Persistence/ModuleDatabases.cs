using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Platform.Audit;
using OneStop.Platform.Security;

namespace OneStop.Platform.Persistence;

/// <summary>A module's context, registered so the migrator can bring every module's tables up to date.</summary>
public sealed record ModuleDatabase(string Module, Type ContextType);

public static class ModuleDatabases
{
    public static IServiceCollection AddModuleDbContext<TContext>(this IServiceCollection services, string module)
        where TContext : ModuleDbContext
    {
        // A pool of contexts with options built once; a request leases one with its own user and clock, and gives it
        // back at the end of its scope. SealOnCommit makes a commit ask for its audit records' sealing round.
        services.AddPooledDbContextFactory<TContext>((sp, options) =>
        {
            sp.GetRequiredService<DatabaseSettings>().Configure(options, module);
            options.AddInterceptors(SealOnCommit.Instance);
        });
        services.AddScoped(sp =>
        {
            var context = sp.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext();
            context.Lease(sp.GetRequiredService<ICurrentUser>(), sp.GetRequiredService<TimeProvider>());
            return context;
        });
        services.AddSingleton(new ModuleDatabase(module, typeof(TContext)));
        return services;
    }

    /// <summary>Applies pending migrations of every module, Platform first (it owns the audit tables).</summary>
    public static async Task MigrateAllAsync(IServiceProvider services, CancellationToken ct = default)
    {
        // EF Core shares one internal service provider (and its lazily built migrations snapshot) between contexts
        // configured alike; two hosts of one process migrating at once (test installations) raced on building it
        // ("The model must be finalized…"). Hosts in different processes are unaffected; one at a time here is cheap.
        await MigrationGate.WaitAsync(ct);
        try { await MigrateAllOnceAsync(services, ct); }
        finally { MigrationGate.Release(); }
    }

    private static readonly SemaphoreSlim MigrationGate = new(1, 1);

    private static async Task MigrateAllOnceAsync(IServiceProvider services, CancellationToken ct)
    {
        using var scope = services.CreateScope();
        var settings = scope.ServiceProvider.GetRequiredService<DatabaseSettings>();
        foreach (var module in scope.ServiceProvider.GetServices<ModuleDatabase>())
        {
            var context = (DbContext)scope.ServiceProvider.GetRequiredService(module.ContextType);
            await context.Database.MigrateAsync(ct);
            if (settings.Provider == DatabaseProvider.Sqlite)
                await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
    }
}
