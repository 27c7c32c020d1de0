using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OneStop.Cli;
using OneStop.Platform;
using OneStop.Platform.Audit;
using OneStop.Platform.Persistence;
using OneStop.Platform.Security;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Audit;

/// <summary>
/// A fresh installation driven through the onestop command line (data directory with key and checkpoints, and a
/// SQLite file or a PostgreSQL database of its own), plus direct database access for playing the attacker.
/// </summary>
public sealed class AuditInstallation : IAsyncDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "onestop-audit-tests", Guid.NewGuid().ToString("N"));
    private readonly string? _database;
    private readonly IConfiguration _config;

    private AuditInstallation(bool postgres)
    {
        string? connection = null;
        if (postgres)
        {
            _database = "onestop_audit_" + Guid.NewGuid().ToString("N")[..12];
            using (var server = new NpgsqlConnection(PostgresFactory.ServerConnectionString))
            {
                server.Open();
                using var create = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", server);
                create.ExecuteNonQuery();
            }
            connection = new NpgsqlConnectionStringBuilder(PostgresFactory.ServerConnectionString) { Database = _database }.ConnectionString;
        }
        _config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ONESTOP_DATA_DIR"] = _dir, ["ONESTOP_POSTGRES"] = connection ?? "",
        }).Build();
    }

    public string DataDirectory => _dir;

    public static AuditInstallation Create(bool postgres)
    {
        if (postgres) PostgresFactory.SkipIfUnavailable();
        return new AuditInstallation(postgres);
    }

    public async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await CliApp.RunAsync(args, stdout, stderr, _config);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The database as the application itself opens it (same provider, same key), acting as the CLI.</summary>
    internal Task<T> WithDbAsync<T>(Func<PlatformDbContext, Task<T>> action) =>
        WithHostAsync(async sp =>
        {
            var result = await action(sp.GetRequiredService<PlatformDbContext>());
            // As the CLI does before it exits: the round its commits asked for has run.
            await sp.GetRequiredService<AuditSealer>().SealAsync();
            return result;
        });

    /// <summary>
    /// Services as one more host of this installation would have them (same database, key, checkpoints); it ends as a
    /// killed host does, without waiting for the sealing rounds its commits asked for.
    /// </summary>
    public async Task<T> WithHostAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        var services = new ServiceCollection().AddPlatformCore(_config).AddLogging()
            .AddSingleton<ICurrentUser>(new SystemUser("测试")).BuildServiceProvider();
        await using (services)
        {
            using var scope = services.CreateScope();
            return await action(scope.ServiceProvider);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_database is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var server = new NpgsqlConnection(PostgresFactory.ServerConnectionString);
            await server.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", server);
            await drop.ExecuteNonQueryAsync();
        }
        try { Directory.Delete(_dir, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
