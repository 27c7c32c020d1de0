using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace OneStop.Cases.Persistence;

/// <summary>
/// 办件编号: region code + Beijing date + a serial per region and day (440106-20261201-000017), unique and readable.
/// On PostgreSQL the serial is taken in a transaction of its own, so the counter row of a region and day is locked
/// for one statement, not for the whole submission: submissions of one region no longer run one after another
/// (ADR 0017). A submission that fails after taking its number leaves a gap in the serials. On SQLite, where every
/// write holds the one database lock anyway, the counter stays in the submitting transaction and is gap-free.
/// </summary>
internal static class CaseNumbers
{
    public static async Task<string> NextAsync(CasesDbContext db, string regionCode, DateOnly day, CancellationToken ct)
    {
        var key = day.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        var last = db.Database.IsNpgsql()
            ? await SeparatelyAsync(db, regionCode, key, ct)
            // Both SQLite and PostgreSQL speak ON CONFLICT … RETURNING; here it runs in the submitting transaction.
            : (await db.Database.SqlQuery<int>($"""
                INSERT INTO cases_number_counters ("RegionCode", "Day", "Last") VALUES ({regionCode}, {key}, 1)
                ON CONFLICT ("RegionCode", "Day") DO UPDATE SET "Last" = cases_number_counters."Last" + 1 RETURNING "Last" AS "Value"
                """).ToListAsync(ct)).Single();
        return $"{regionCode}-{key}-{last:D6}";
    }

    /// <summary>
    /// The serial in its own short transaction on a second connection. Its commit need not wait for the disk
    /// (synchronous_commit off): PostgreSQL writes its log in order, so any submission that used the number and was
    /// durably committed afterwards made the counter durable too; if the server crashes before, no lasting case holds
    /// the number and it may be given again. The unique index on the case number is the last guard either way.
    /// </summary>
    private static async Task<int> SeparatelyAsync(CasesDbContext db, string regionCode, string key, CancellationToken ct)
    {
        var factory = DbProviderFactories.GetFactory(db.Database.GetDbConnection())!;
        await using var connection = factory.CreateConnection()!;
        connection.ConnectionString = CounterConnectionString(factory, db.Database.GetConnectionString()!);
        await connection.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            SET LOCAL synchronous_commit = off;
            INSERT INTO cases_number_counters ("RegionCode", "Day", "Last") VALUES (@region, @day, 1)
            ON CONFLICT ("RegionCode", "Day") DO UPDATE SET "Last" = cases_number_counters."Last" + 1 RETURNING "Last"
            """;
        Parameter(command, "region", regionCode);
        Parameter(command, "day", key);
        var last = Convert.ToInt32(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
        await transaction.CommitAsync(ct);
        return last;
    }

    /// <summary>
    /// The counter's connections come from a pool of their own that skips the session reset on each lease (seven
    /// statements, more than the counter's own work): nothing on this path leaves session state behind — its one
    /// setting is SET LOCAL, gone at commit or rollback — and no other code uses this pool.
    /// </summary>
    private static string CounterConnectionString(DbProviderFactory factory, string connectionString)
    {
        var known = _counter;
        if (known?.Source == connectionString) return known.Counter;
        var builder = factory.CreateConnectionStringBuilder()!;
        builder.ConnectionString = connectionString;
        builder["No Reset On Close"] = true;
        _counter = new CounterPool(connectionString, builder.ConnectionString);
        return builder.ConnectionString;
    }

    /// <summary>The last derived string, one reference (read and replaced whole by hosts of one process).</summary>
    private sealed record CounterPool(string Source, string Counter);

    private static CounterPool? _counter;

    private static void Parameter(DbCommand command, string name, object value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        command.Parameters.Add(p);
    }
}
