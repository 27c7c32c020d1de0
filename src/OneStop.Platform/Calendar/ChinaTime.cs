namespace OneStop.Platform.Calendar;

/// <summary>Dates people see are Beijing dates, whatever time zone the server runs in.</summary>
public static class ChinaTime
{
    private static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().ToOffset(Offset).DateTime);

    /// <summary>A stored UTC instant as Beijing time (UTC+8, no daylight saving).</summary>
    public static DateTimeOffset ToBeijing(DateTime utc) =>
        new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToOffset(Offset);

    /// <summary>The UTC instant at which a Beijing calendar day starts.</summary>
    public static DateTime StartOfDayUtc(DateOnly day) =>
        new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), Offset).UtcDateTime;
}
