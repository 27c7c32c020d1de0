using OneStop.Platform.Persistence;

namespace OneStop.Tests.Infrastructure;

/// <summary>The embedded default: a SQLite file in a temporary data directory.</summary>
public class SqliteFactory : OneStopFactory
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "onestop-tests", Guid.NewGuid().ToString("N"));

    public string DataDirectory => _dir;

    protected override DatabaseSettings CreateDatabase() =>
        new(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(_dir, "onestop.db")}", _dir);

    protected override Task DropDatabaseAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
        return Task.CompletedTask;
    }
}
