namespace OneStop.Platform.Calendar;

/// <summary>The week without any notice: Monday to Friday work, Saturday and Sunday off.</summary>
internal static class OrdinaryWeek
{
    public static bool IsWorkday(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>Monday-to-Friday days in (<paramref name="fromDayNumber"/>, <paramref name="toDayNumber"/>].</summary>
    public static int WorkdaysBetween(int fromDayNumber, int toDayNumber) =>
        WorkdaysThrough(toDayNumber) - WorkdaysThrough(fromDayNumber);

    // Day number 0 (0001-01-01) is a Monday, so day numbers 0..4 modulo 7 are Monday to Friday.
    private static int WorkdaysThrough(int dayNumber)
    {
        var days = dayNumber + 1;
        return days / 7 * 5 + Math.Min(days % 7, 5);
    }
}
