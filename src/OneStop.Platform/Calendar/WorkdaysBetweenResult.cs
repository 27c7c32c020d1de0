namespace OneStop.Platform.Calendar;

/// <param name="Workdays">Working days after the start date up to and including the end date.</param>
/// <param name="UncoveredYears">Years counted with weekends only, as in <see cref="WorkdayResult"/>.</param>
public sealed record WorkdaysBetweenResult(int Workdays, IReadOnlyList<int> UncoveredYears);
