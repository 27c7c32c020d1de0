namespace OneStop.Platform.Calendar;

/// <summary>
/// Precomputed workdays over a fixed span of dates so that counting and adding working days are array lookups
/// instead of walking the calendar one day at a time.
/// </summary>
internal sealed class WorkdayTable
{
    private readonly int _firstDayNumber;

    // _workdaysBefore[i] = working days among the first i days of the span.
    private readonly int[] _workdaysBefore;

    // _offsets[k] = offset (from the span's first day) of the span's k-th working day, counting from 0.
    private readonly int[] _offsets;

    public WorkdayTable(DateOnly first, DateOnly last, Func<DateOnly, bool> isWorkday)
    {
        _firstDayNumber = first.DayNumber;
        var length = last.DayNumber - first.DayNumber + 1;
        _workdaysBefore = new int[length + 1];
        var found = new List<int>(length);
        for (var i = 0; i < length; i++)
        {
            var works = isWorkday(first.AddDays(i));
            if (works)
            {
                found.Add(i);
            }
            _workdaysBefore[i + 1] = _workdaysBefore[i] + (works ? 1 : 0);
        }
        _offsets = [.. found];
        First = first;
        Last = last;
    }

    public DateOnly First { get; }

    public DateOnly Last { get; }

    public int TotalWorkdays => _offsets.Length;

    public bool Contains(DateOnly date) =>
        (uint)(date.DayNumber - _firstDayNumber) < (uint)(_workdaysBefore.Length - 1);

    /// <summary>Working days from the start of the span through <paramref name="date"/>, which lies inside it.</summary>
    public int WorkdaysThrough(DateOnly date) => _workdaysBefore[date.DayNumber - _firstDayNumber + 1];

    public bool IsWorkday(DateOnly date)
    {
        var i = date.DayNumber - _firstDayNumber;
        return _workdaysBefore[i + 1] != _workdaysBefore[i];
    }

    /// <summary>The span's working day number <paramref name="ordinal"/>, counting from 0.</summary>
    public DateOnly WorkdayAt(int ordinal) => DateOnly.FromDayNumber(_firstDayNumber + _offsets[ordinal]);
}
