using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneStop.Platform.Errors;
using OneStop.Platform.Persistence;

namespace OneStop.Platform.Calendar;

/// <summary>The special days of one year: official holidays and make-up workdays, with administrators' overrides.</summary>
internal static class ListDays
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/calendar/days", async (string? year, PlatformDbContext db, CancellationToken ct) =>
            {
                if (!int.TryParse(year, out var y) || y is < 1900 or > 2200)
                    throw RequestValidationException.For("year", "年份须为 1900 至 2200 之间的整数", "calendar.invalid-year");
                return TypedResults.Ok(await ForYearAsync(y, db, ct));
            })
            .WithName("ListCalendarDays").WithSummary("某年的节假日、调休工作日及管理员调整")
            .AllowAnonymous();

    public static async Task<CalendarYearView> ForYearAsync(int year, PlatformDbContext db, CancellationToken ct)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var overrides = await db.CalendarOverrides.AsNoTracking()
            .Where(o => o.Date >= first && o.Date <= last).ToListAsync(ct);
        var byDate = overrides.ToDictionary(o => o.Date);
        var days = OfficialHolidays.Days.Where(d => d.Date.Year == year && !byDate.ContainsKey(d.Date))
            .Select(d => new CalendarDayView(d.Date.ToString("yyyy-MM-dd"), d.IsOffDay, d.Name, "official", null))
            .Concat(overrides.Select(o => new CalendarDayView(o.Date.ToString("yyyy-MM-dd"), o.IsOffDay, o.Name, "override", o.Reason)))
            .OrderBy(d => d.Date, StringComparer.Ordinal).ToList();
        var covered = year >= OfficialHolidays.FirstYear && year <= OfficialHolidays.LastYear;
        return new CalendarYearView(year, covered, days);
    }
}

internal sealed record CalendarDayView(string Date, bool IsOffDay, string Name, string Source, string? Reason);

internal sealed record CalendarYearView(int Year, bool OfficialDataAvailable, IReadOnlyList<CalendarDayView> Days);
