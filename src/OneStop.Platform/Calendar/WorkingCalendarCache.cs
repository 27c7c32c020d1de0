using Microsoft.EntityFrameworkCore;
using OneStop.Platform.Persistence;

namespace OneStop.Platform.Calendar;

/// <summary>
/// The calendar in force: official days plus administrators' overrides. Rebuilt at most every half minute so that
/// an edit on one host reaches the others without a message bus, and at once on the host that made it.
/// </summary>
internal sealed class WorkingCalendarCache(TimeProvider time)
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);
    private volatile Snapshot? _snapshot;

    private sealed record Snapshot(WorkingCalendar Calendar, DateTimeOffset LoadedAt);

    public async Task<WorkingCalendar> GetAsync(PlatformDbContext db, CancellationToken ct = default)
    {
        var current = _snapshot;
        if (current is not null && time.GetUtcNow() - current.LoadedAt < MaxAge) return current.Calendar;
        var overrides = await db.CalendarOverrides.AsNoTracking().ToListAsync(ct);
        var calendar = WorkingCalendar.Build(OfficialHolidays.Days,
            overrides.Select(o => new CalendarDay(o.Date, o.IsOffDay, o.Name)),
            OfficialHolidays.FirstYear, OfficialHolidays.LastYear);
        _snapshot = new Snapshot(calendar, time.GetUtcNow());
        return calendar;
    }

    public void Invalidate() => _snapshot = null;
}
