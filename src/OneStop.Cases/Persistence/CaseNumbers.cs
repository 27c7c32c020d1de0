using Microsoft.EntityFrameworkCore;

namespace OneStop.Cases.Persistence;

/// <summary>
/// 办件编号: region code + Beijing date + a serial per region and day (440106-20261201-000017). The counter row is
/// incremented inside the submitting transaction, so two submissions never get the same number and a rolled-back
/// submission gives its number back.
/// </summary>
internal static class CaseNumbers
{
    public static async Task<string> NextAsync(CasesDbContext db, string regionCode, DateOnly day, CancellationToken ct)
    {
        var key = day.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        // Both SQLite and PostgreSQL speak ON CONFLICT; the update then takes the row lock (PostgreSQL) or the
        // database write lock (SQLite) until the transaction ends.
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO cases_number_counters (\"RegionCode\", \"Day\", \"Last\") VALUES ({regionCode}, {key}, 0) ON CONFLICT DO NOTHING", ct);
        await db.NumberCounters.Where(c => c.RegionCode == regionCode && c.Day == key)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Last, c => c.Last + 1), ct);
        var last = await db.NumberCounters.AsNoTracking().Where(c => c.RegionCode == regionCode && c.Day == key)
            .Select(c => c.Last).SingleAsync(ct);
        return $"{regionCode}-{key}-{last:D6}";
    }
}
