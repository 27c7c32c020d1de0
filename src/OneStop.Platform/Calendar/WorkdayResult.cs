namespace OneStop.Platform.Calendar;

/// <param name="Date">The working day reached.</param>
/// <param name="UncoveredYears">
/// Years the count passed through for which no official notice or admin entry exists, so only weekends were
/// treated as days off; callers warn the user that the date may still move.
/// </param>
public sealed record WorkdayResult(DateOnly Date, IReadOnlyList<int> UncoveredYears);
