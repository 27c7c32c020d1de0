using OneStop.Platform.Persistence;

namespace OneStop.Platform.Calendar;

/// <summary>
/// The working-day calendar in force (official notices plus administrators' overrides) as other modules use it:
/// deadlines of cases, hotline tickets and rectifications are counted with it, without Platform's tables.
/// </summary>
public interface IWorkingCalendar
{
    /// <summary>Today's date in Beijing, whatever the server's time zone.</summary>
    DateOnly Today { get; }

    /// <summary>A snapshot to count many deadlines with (immutable, thread-safe); refreshed within half a minute of an edit.</summary>
    Task<WorkingCalendar> CurrentAsync(CancellationToken ct = default);

    Task<bool> IsWorkdayAsync(DateOnly date, CancellationToken ct = default);

    /// <summary>The n-th working day after <paramref name="from"/> (counting starts the next day).</summary>
    Task<WorkdayResult> AddWorkdaysAsync(DateOnly from, int workdays, CancellationToken ct = default);

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/>.</summary>
    Task<WorkdaysBetweenResult> WorkdaysBetweenAsync(DateOnly from, DateOnly to, CancellationToken ct = default);
}

internal sealed class PlatformWorkingCalendar(PlatformDbContext db, WorkingCalendarCache cache, TimeProvider time) : IWorkingCalendar
{
    public DateOnly Today => ChinaTime.Today(time);

    public Task<WorkingCalendar> CurrentAsync(CancellationToken ct = default) => cache.GetAsync(db, ct);

    public async Task<bool> IsWorkdayAsync(DateOnly date, CancellationToken ct = default) =>
        (await CurrentAsync(ct)).IsWorkday(date);

    public async Task<WorkdayResult> AddWorkdaysAsync(DateOnly from, int workdays, CancellationToken ct = default) =>
        (await CurrentAsync(ct)).AddWorkdays(from, workdays);

    public async Task<WorkdaysBetweenResult> WorkdaysBetweenAsync(DateOnly from, DateOnly to, CancellationToken ct = default) =>
        (await CurrentAsync(ct)).WorkdaysBetween(from, to);
}
