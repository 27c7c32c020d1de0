namespace OneStop.Platform.Calendar;

/// <summary>
/// A date that departs from the ordinary week: a statutory day off (<see cref="IsOffDay"/> true) or a make-up
/// working day (调休上班, false). <see cref="Name"/> is the holiday it belongs to, e.g. 春节.
/// </summary>
public sealed record CalendarDay(DateOnly Date, bool IsOffDay, string Name);
