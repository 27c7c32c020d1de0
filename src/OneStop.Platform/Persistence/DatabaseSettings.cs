using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace OneStop.Platform.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// Which database to use, decided at run time: PostgreSQL when ONESTOP_POSTGRES holds a connection string,
/// otherwise a SQLite file in the data directory (ONESTOP_DATA_DIR, default ./.onestop).
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString, string? DataDirectory)
{
    public static DatabaseSettings From(IConfiguration configuration)
    {
        var postgres = configuration["ONESTOP_POSTGRES"];
        if (!string.IsNullOrWhiteSpace(postgres))
            return new DatabaseSettings(DatabaseProvider.Postgres, postgres, null);
        var dir = configuration["ONESTOP_DATA_DIR"];
        dir = Path.GetFullPath(string.IsNullOrWhiteSpace(dir) ? Path.Combine(Directory.GetCurrentDirectory(), ".onestop") : dir);
        return new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(dir, "onestop.db")}", dir);
    }

    public string Describe() => Provider == DatabaseProvider.Sqlite
        ? $"SQLite ({ConnectionString["Data Source=".Length..]})"
        : "PostgreSQL";

    /// <summary>Each module keeps its own migration history, so modules migrate independently.</summary>
    public void Configure(DbContextOptionsBuilder builder, string module)
    {
        var history = $"__migrations_{module}";
        if (Provider == DatabaseProvider.Sqlite)
        {
            if (DataDirectory is not null) Directory.CreateDirectory(DataDirectory);
            builder.UseSqlite(ConnectionString, o => o.MigrationsAssembly("OneStop.Migrations.Sqlite")
                .MigrationsHistoryTable(history));
        }
        else
        {
            builder.UseNpgsql(ConnectionString, o => o.MigrationsAssembly("OneStop.Migrations.Postgres")
                .MigrationsHistoryTable(history));
        }
    }
}
