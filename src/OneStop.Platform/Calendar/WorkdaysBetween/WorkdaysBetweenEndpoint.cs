using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OneStop.Platform.Errors;
using OneStop.Platform.Persistence;

namespace OneStop.Platform.Calendar;

internal sealed record WorkdaysBetweenResponse(string From, string To, int Workdays, IReadOnlyList<string> Warnings);

internal static class WorkdaysBetweenEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/calendar/workdays-between", async (string? from, string? to, PlatformDbContext db,
                WorkingCalendarCache calendars, CancellationToken ct) =>
            {
                var v = new Validator();
                var start = CalendarInput.Date(v, "from", from);
                var end = CalendarInput.Date(v, "to", to);
                v.ThrowIfInvalid();
                var result = (await calendars.GetAsync(db, ct)).WorkdaysBetween(start, end);
                return TypedResults.Ok(new WorkdaysBetweenResponse(start.ToString("yyyy-MM-dd"),
                    end.ToString("yyyy-MM-dd"), result.Workdays, CalendarInput.Warnings(result.UncoveredYears)));
            })
            .WithName("WorkdaysBetween")
            .WithSummary("两个日期之间的工作日数（不含起始日，含结束日）")
            .AllowAnonymous();
}
