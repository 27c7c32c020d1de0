namespace OneStop.Platform.Calendar;

/// <summary>Dates people see are Beijing dates, whatever time zone the server runs in.</summary>
public static class ChinaTime
{
    private static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().ToOffset(Offset).DateTime);
}
