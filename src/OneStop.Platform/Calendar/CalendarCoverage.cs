using System.Collections.Frozen;

namespace OneStop.Platform.Calendar;

/// <summary>
/// Which years the calendar knows: those with an official notice, plus any year an admin entered days for
/// (e.g. next year's notice published before the platform's data was updated).
/// </summary>
internal sealed class CalendarCoverage(int firstYear, int lastYear, FrozenSet<int> overriddenYears)
{
    public int FirstYear { get; } = firstYear;

    public int LastYear { get; } = lastYear;

    /// <summary>Years in (<paramref name="from"/>, <paramref name="to"/>] where only weekends are known to be off.</summary>
    public int[] UncoveredYears(DateOnly from, DateOnly to)
    {
        if (to <= from)
        {
            return [];
        }
        var firstYear = from.AddDays(1).Year;
        if (firstYear >= FirstYear && to.Year <= LastYear)
        {
            return [];
        }
        var years = new List<int>();
        for (var year = firstYear; year <= to.Year; year++)
        {
            if ((year < FirstYear || year > LastYear) && !overriddenYears.Contains(year))
            {
                years.Add(year);
            }
        }
        return years.Count == 0 ? [] : [.. years];
    }
}
