using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OneStop.Platform.Errors;
using OneStop.Platform.Persistence;

namespace OneStop.Platform.Calendar;

internal sealed record AddWorkdaysResponse(string From, int Add, string Date, IReadOnlyList<string> Warnings);

internal static class AddWorkdaysEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/calendar/workdays", async (string? from, string? add, PlatformDbContext db,
                WorkingCalendarCache calendars, CancellationToken ct) =>
            {
                var v = new Validator();
                var start = CalendarInput.Date(v, "from", from);
                var n = CalendarInput.WorkdayCount(v, "add", add);
                v.ThrowIfInvalid();
                var result = (await calendars.GetAsync(db, ct)).AddWorkdays(start, n);
                return TypedResults.Ok(new AddWorkdaysResponse(start.ToString("yyyy-MM-dd"), n,
                    result.Date.ToString("yyyy-MM-dd"), CalendarInput.Warnings(result.UncoveredYears)));
            })
            .WithName("AddWorkdays")
            .WithSummary("计算 N 个工作日后的日期（从次日起算）")
            .AllowAnonymous();
}
