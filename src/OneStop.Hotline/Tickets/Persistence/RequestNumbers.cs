using Microsoft.EntityFrameworkCore;
using OneStop.Hotline.Persistence;

namespace OneStop.Hotline.Tickets.Persistence;

/// <summary>
/// 诉求编号: "12345" + Beijing date + a serial per day (12345-20261201-000042): short enough to read out on the
/// phone. The counter row is incremented inside the registering transaction, so two requests never share a number.
/// </summary>
internal static class RequestNumbers
{
    public static async Task<string> NextAsync(HotlineDbContext db, DateOnly day, CancellationToken ct)
    {
        var key = day.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO hotline_request_counters (\"Day\", \"Last\") VALUES ({key}, 0) ON CONFLICT DO NOTHING", ct);
        var counters = db.Set<RequestNumberCounter>();
        await counters.Where(c => c.Day == key).ExecuteUpdateAsync(s => s.SetProperty(c => c.Last, c => c.Last + 1), ct);
        var last = await counters.AsNoTracking().Where(c => c.Day == key).Select(c => c.Last).SingleAsync(ct);
        return $"12345-{key}-{last:D6}";
    }
}
