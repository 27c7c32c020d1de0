using System.Collections.Frozen;

namespace OneStop.Platform.Calendar;

/// <summary>
/// Immutable snapshot of the working-day calendar: the official notices plus admin overrides (emergency notices
/// such as the 2020 extension of the Spring Festival). Build a new snapshot when overrides change; a snapshot can
/// be shared freely between threads.
/// </summary>
public sealed class WorkingCalendar
{
    public const int MaxWorkdaysToAdd = 10_000;

    // Covers every deadline the platform realistically computes; dates outside still work, only more slowly.
    private static readonly DateOnly TableFirst = new(1950, 1, 1);
    private static readonly DateOnly TableLast = new(2150, 12, 31);

    private static readonly Lazy<WorkingCalendar> OfficialCalendar = new(() =>
        Build(OfficialHolidays.Days, [], OfficialHolidays.FirstYear, OfficialHolidays.LastYear));

    private readonly FrozenDictionary<DateOnly, CalendarDay> _entries;
    private readonly CalendarDay[] _entriesOutsideTable;
    private readonly CalendarCoverage _coverage;
    private readonly WorkdayTable _table;

    private WorkingCalendar(FrozenDictionary<DateOnly, CalendarDay> entries, CalendarCoverage coverage)
    {
        _entries = entries;
        _coverage = coverage;
        _table = new WorkdayTable(TableFirst, TableLast, IsWorkdayByEntries);
        _entriesOutsideTable = [.. _entries.Values.Where(day => !_table.Contains(day.Date))];
    }

    /// <summary>The calendar of the State Council notices shipped with the platform, without admin overrides.</summary>
    public static WorkingCalendar Official => OfficialCalendar.Value;

    /// <summary>First year for which the official notice is known (admin overrides may cover other years).</summary>
    public int FirstCoveredYear => _coverage.FirstYear;

    /// <summary>Last year for which the official notice is known.</summary>
    public int LastCoveredYear => _coverage.LastYear;

    /// <summary>
    /// Merges the official days with admin overrides. An override replaces the official entry for its date and may
    /// also turn an ordinary weekday into a day off or a weekend day into a working day; a year with any override
    /// counts as covered.
    /// </summary>
    public static WorkingCalendar Build(
        IEnumerable<CalendarDay> official, IEnumerable<CalendarDay> overrides, int firstCoveredYear, int lastCoveredYear)
    {
        ArgumentNullException.ThrowIfNull(official);
        ArgumentNullException.ThrowIfNull(overrides);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(firstCoveredYear, lastCoveredYear);

        var merged = new Dictionary<DateOnly, CalendarDay>();
        foreach (var day in official)
        {
            merged[day.Date] = day;
        }
        var overriddenYears = new HashSet<int>();
        foreach (var day in overrides)
        {
            merged[day.Date] = day;
            overriddenYears.Add(day.Date.Year);
        }
        var coverage = new CalendarCoverage(firstCoveredYear, lastCoveredYear, overriddenYears.ToFrozenSet());
        return new WorkingCalendar(merged.ToFrozenDictionary(), coverage);
    }

    public bool IsWorkday(DateOnly date) => _table.Contains(date) ? _table.IsWorkday(date) : IsWorkdayByEntries(date);

    /// <summary>The holiday or make-up day listed for <paramref name="date"/>, if any (to show its name).</summary>
    public CalendarDay? Find(DateOnly date) => _entries.GetValueOrDefault(date);

    /// <summary>
    /// The <paramref name="workdays"/>-th working day after <paramref name="from"/>: counting starts the day after
    /// (e.g. after acceptance), and 0 returns <paramref name="from"/> itself.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="workdays"/> is outside 0..<see cref="MaxWorkdaysToAdd"/>.
    /// </exception>
    public WorkdayResult AddWorkdays(DateOnly from, int workdays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workdays);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(workdays, MaxWorkdaysToAdd);

        var date = from;
        var left = workdays;
        while (left > 0)
        {
            if (_table.Contains(date))
            {
                var counted = _table.WorkdaysThrough(date);
                var remainingInTable = _table.TotalWorkdays - counted;
                if (left <= remainingInTable)
                {
                    date = _table.WorkdayAt(counted + left - 1);
                    break;
                }
                left -= remainingInTable;
                date = _table.Last;
            }
            // Outside the table (rare: far past or future) walk day by day; at most ~1.5 × 10,000 steps.
            date = date.AddDays(1);
            if (IsWorkday(date))
            {
                left--;
            }
        }
        return new WorkdayResult(date, _coverage.UncoveredYears(from, date));
    }

    /// <summary>
    /// Working days after <paramref name="from"/> up to and including <paramref name="to"/> (e.g. how many of the
    /// limit a case has used); 0 when <paramref name="to"/> is not later.
    /// </summary>
    public WorkdaysBetweenResult WorkdaysBetween(DateOnly from, DateOnly to)
    {
        if (to <= from)
        {
            return new WorkdaysBetweenResult(0, []);
        }
        var workdays = WorkdaysFromTableStart(to) - WorkdaysFromTableStart(from);
        return new WorkdaysBetweenResult(workdays, _coverage.UncoveredYears(from, to));
    }

    private bool IsWorkdayByEntries(DateOnly date) =>
        _entries.TryGetValue(date, out var day) ? !day.IsOffDay : OrdinaryWeek.IsWorkday(date);

    // Working days from the table's first day through date; before the table, minus the working days in between.
    private int WorkdaysFromTableStart(DateOnly date)
    {
        if (_table.Contains(date))
        {
            return _table.WorkdaysThrough(date);
        }
        return date < _table.First
            ? -WorkdaysOutsideTable(date.DayNumber, _table.First.DayNumber - 1)
            : _table.TotalWorkdays + WorkdaysOutsideTable(_table.Last.DayNumber, date.DayNumber);
    }

    // Working days in (from, to] for a stretch wholly outside the table: the ordinary week corrected by listed days.
    private int WorkdaysOutsideTable(int fromDayNumber, int toDayNumber)
    {
        var count = OrdinaryWeek.WorkdaysBetween(fromDayNumber, toDayNumber);
        foreach (var day in _entriesOutsideTable)
        {
            if (day.Date.DayNumber > fromDayNumber && day.Date.DayNumber <= toDayNumber)
            {
                count += (day.IsOffDay ? 0 : 1) - (OrdinaryWeek.IsWorkday(day.Date) ? 1 : 0);
            }
        }
        return count;
    }
}
