namespace OneStop.Platform.Calendar;

/// <summary>
/// An administrator's correction of the official calendar for one date, e.g. an emergency notice that closes
/// offices (2020) or a notice published after the product's calendar data.
/// </summary>
internal sealed class CalendarOverride
{
    public DateOnly Date { get; init; }
    public bool IsOffDay { get; set; }
    public required string Name { get; set; }
    public required string Reason { get; set; }
}
