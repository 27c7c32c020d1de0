using System.Globalization;
using System.Text.Json;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Cases.Review;

/// <summary>An installation of its own whose clock the test moves: 09:00 Beijing time on the given day.</summary>
internal static class ClockScenario
{
    /// <summary>09:00 Beijing time on the day; back in time too (before the installation's own start), as these dates are past.</summary>
    public static void MoveTo(this OwnClock own, string isoDate)
    {
        var to = new DateTimeOffset(DateOnly.Parse(isoDate, CultureInfo.InvariantCulture).ToDateTime(new TimeOnly(1, 0)), TimeSpan.Zero);
        if (to < own.Clock.GetUtcNow()) own.Clock.AdjustTime(to);
        else own.Clock.SetUtcNow(to);
    }

    public static string Date(this JsonElement view, string property) => view.GetProperty(property).GetString()!;

    public static IReadOnlyList<string> Explanation(this JsonElement view) =>
        view.GetProperty("clock").GetProperty("statutory").EnumerateArray().Select(l => l.GetString()!).ToList();
}
