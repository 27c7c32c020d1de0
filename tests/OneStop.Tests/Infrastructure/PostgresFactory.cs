using Npgsql;
using OneStop.Platform.Persistence;

namespace OneStop.Tests.Infrastructure;

/// <summary>
/// The production database: a fresh database on the PostgreSQL server that test.sh starts (ONESTOP_TEST_POSTGRES).
/// Outside CI, without that server, these tests are skipped with a message; in CI a missing server is a failure.
/// </summary>
public class PostgresFactory : OneStopFactory
{
    private readonly string _database = "onestop_test_" + Guid.NewGuid().ToString("N")[..12];

    public static string? ServerConnectionString => Environment.GetEnvironmentVariable("ONESTOP_TEST_POSTGRES");

    public static void SkipIfUnavailable()
    {
        if (!string.IsNullOrWhiteSpace(ServerConnectionString)) return;
        if (Environment.GetEnvironmentVariable("CI") is "true" or "1")
            throw new InvalidOperationException("CI must run the PostgreSQL tests: ONESTOP_TEST_POSTGRES is not set (run ./test.sh).");
        Assert.Skip("PostgreSQL tests skipped: ONESTOP_TEST_POSTGRES is not set. ./test.sh starts a local server and sets it.");
    }

    public override ValueTask InitializeAsync()
    {
        if (string.IsNullOrWhiteSpace(ServerConnectionString)) return ValueTask.CompletedTask;
        using (var connection = new NpgsqlConnection(ServerConnectionString))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", connection);
            command.ExecuteNonQuery();
        }
        return base.InitializeAsync();
    }

    protected override DatabaseSettings CreateDatabase() =>
        // Through the product's own defaults (statements prepared once per connection), as a host gets them.
        DatabaseSettings.Postgres(new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = _database }.ConnectionString);

    protected override async Task DropDatabaseAsync()
    {
        if (string.IsNullOrWhiteSpace(ServerConnectionString)) return;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
