using System.Globalization;
using System.Text.Json;
using OneStop.Platform.Calendar;

namespace OneStop.Tests.Calendar;

/// <summary>The shared holidays-cn notices merged by date, read independently of the product's loader.</summary>
internal static class SharedHolidayNotices
{
    public static IReadOnlyDictionary<DateOnly, CalendarDay> Load(string sharedRoot)
    {
        var directory = Path.Combine(sharedRoot, "holidays-cn");
        var files = Directory.GetFiles(directory, "????.json");
        Assert.NotEmpty(files);
        var days = new Dictionary<DateOnly, CalendarDay>();
        // A notice may list late-December or early-January dates of its neighbouring year: merge all files.
        foreach (var file in files)
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var day in document.RootElement.GetProperty("days").EnumerateArray())
            {
                var date = DateOnly.Parse(day.GetProperty("date").GetString()!, CultureInfo.InvariantCulture);
                var isOffDay = day.GetProperty("isOffDay").GetBoolean();
                days.Add(date, new CalendarDay(date, isOffDay, day.GetProperty("name").GetString()!));
            }
        }
        return days;
    }

    /// <summary>First and last year of the notices that list any day (a later empty file is a placeholder).</summary>
    public static (int First, int Last) PublishedYears(string sharedRoot)
    {
        var years = Directory.GetFiles(Path.Combine(sharedRoot, "holidays-cn"), "????.json")
            .Where(ListsAnyDay)
            .Select(file => int.Parse(Path.GetFileNameWithoutExtension(file), CultureInfo.InvariantCulture))
            .ToList();
        return (years.Min(), years.Max());
    }

    private static bool ListsAnyDay(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(file));
        return document.RootElement.GetProperty("days").GetArrayLength() > 0;
    }
}
