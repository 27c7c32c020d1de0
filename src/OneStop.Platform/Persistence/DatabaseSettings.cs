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
            return Postgres(postgres);
        var dir = configuration["ONESTOP_DATA_DIR"];
        dir = Path.GetFullPath(string.IsNullOrWhiteSpace(dir) ? Path.Combine(Directory.GetCurrentDirectory(), ".onestop") : dir);
        return new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(dir, "onestop.db")}", dir);
    }

    /// <summary>PostgreSQL at this connection string, with OneStop's pool defaults where the string does not name them.</summary>
    public static DatabaseSettings Postgres(string connectionString) =>
        new(DatabaseProvider.Postgres, WithPoolDefaults(connectionString), null);

    /// <summary>
    /// OneStop's connection defaults for PostgreSQL, unless the operator's string names them (ADR 0017): the server
    /// parses and plans each statement once per connection (auto-prepare) instead of on every request. (Npgsql keeps
    /// prepared statements across its pool reset, so the reset stays on.) Behind PgBouncer in transaction mode without
    /// prepared-statement support, set `Max Auto Prepare=0`.
    /// </summary>
    private static string WithPoolDefaults(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        // The keys as written (quoting handled by the generic parser), spaces ignored: "Max Auto Prepare" = "MaxAutoPrepare".
        var named = new HashSet<string>(new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString }.Keys
            .Cast<string>().Select(k => k.Replace(" ", "", StringComparison.Ordinal)), StringComparer.OrdinalIgnoreCase);
        if (!named.Contains("MaxAutoPrepare")) builder.MaxAutoPrepare = 64;
        if (!named.Contains("AutoPrepareMinUsages")) builder.AutoPrepareMinUsages = 2;
        return builder.ConnectionString;
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
