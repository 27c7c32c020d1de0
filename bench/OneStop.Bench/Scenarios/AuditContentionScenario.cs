using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Platform;
using OneStop.Platform.Persistence;
using OneStop.Platform.Security;

namespace OneStop.Bench.Scenarios;

/// <summary>
/// Business audit writes per second alone, during a flood of failed sign-ins recorded the old way (on the business
/// chain, contending for its head row) and recorded as security events (their own chain and head row). Runs on
/// PostgreSQL when ONESTOP_BENCH_POSTGRES holds a connection string to an empty database, else on a SQLite file
/// (where every write takes the one database write lock, so only PostgreSQL shows the separation).
/// </summary>
internal sealed class AuditContentionScenario : IScenario
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(3);
    private const int BusinessWriters = 2, FloodWriters = 6;

    public string Name => "audit-contention";

    public void Run(BenchReport report) => RunAsync(report).GetAwaiter().GetResult();

    private static async Task RunAsync(BenchReport report)
    {
        var dir = Path.Combine(Path.GetTempPath(), "onestop-bench-audit", Guid.NewGuid().ToString("N"));
        var postgres = Environment.GetEnvironmentVariable("ONESTOP_BENCH_POSTGRES") ?? "";
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ONESTOP_DATA_DIR"] = dir, ["ONESTOP_POSTGRES"] = postgres,
        }).Build();
        var services = new ServiceCollection().AddPlatformCore(config)
            .AddSingleton<ICurrentUser>(new SystemUser("基准测试")).BuildServiceProvider();
        try
        {
            await ModuleDatabases.MigrateAllAsync(services);
            report.Note(postgres.Length > 0 ? "db=PostgreSQL" : "db=SQLite");
            report.Figure("business-writes/s alone", await BusinessRateAsync(services, flood: null));
            report.Figure("with-flood-on-business-chain", await BusinessRateAsync(services, flood: false));
            report.Figure("with-flood-as-security-events", await BusinessRateAsync(services, flood: true));
        }
        finally
        {
            await services.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(dir, true); } catch (IOException) { }
        }
    }

    /// <param name="flood">null: no flood; false: failed sign-ins on the business chain; true: as security events.</param>
    private static async Task<long> BusinessRateAsync(IServiceProvider services, bool? flood)
    {
        using var stop = new CancellationTokenSource(Window);
        long business = 0;
        async Task Loop(Action<PlatformDbContext> note, bool count)
        {
            while (!stop.IsCancellationRequested)
            {
                using var scope = services.CreateScope();
                var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
                note(db);
                try { await db.SaveChangesAsync(CancellationToken.None); }
                catch (Exception) when (!count) { continue; } // SQLite may report busy under the flood
                if (count) Interlocked.Increment(ref business);
            }
        }
        var tasks = Enumerable.Range(0, BusinessWriters)
            .Select(_ => Task.Run(() => Loop(db => db.Audit("calendar.change-day", "基准测试"), count: true))).ToList();
        if (flood is { } asSecurity)
            tasks.AddRange(Enumerable.Range(0, FloodWriters).Select(_ => Task.Run(() => Loop(db =>
            {
                if (asSecurity) db.SecurityEvent("auth.sign-in-failed", "账号 nobody", "账号不存在");
                else db.Audit("auth.sign-in-failed", "账号 nobody", "账号不存在");
            }, count: false))));
        await Task.WhenAll(tasks);
        return (long)(business / Window.TotalSeconds);
    }
}
