using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneStop.Platform.Errors;
using OneStop.Platform.Persistence;
using OneStop.Platform.Regions;
using OneStop.Platform.Security;


namespace OneStop.Platform.Calendar;

internal sealed record ChangeDayRequest(bool? IsOffDay, string? Name, string? Reason);

/// <summary>
/// 调整工作日历: one calendar serves every deadline on the platform, so only a province-level system administrator
/// may change it.
/// </summary>
internal static class ChangeDay
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPut("/calendar/days/{date}", async (string date, ChangeDayRequest request, PlatformDbContext db,
                DataScope scope, WorkingCalendarCache cache, CancellationToken ct) =>
            TypedResults.Ok(await SetAsync(date, request, db, scope, cache, ct)))
            .WithName("ChangeCalendarDay").WithSummary("设置某日为休息日或调休工作日");
        api.MapDelete("/calendar/days/{date}", async (string date, PlatformDbContext db, DataScope scope,
                WorkingCalendarCache cache, CancellationToken ct) =>
            {
                await ResetAsync(date, db, scope, cache, ct);
                return TypedResults.NoContent();
            })
            .WithName("ResetCalendarDay").WithSummary("撤销对某日的调整，恢复官方日历");
    }

    public static async Task<CalendarDayView> SetAsync(string dateText, ChangeDayRequest request, PlatformDbContext db,
        DataScope scope, WorkingCalendarCache cache, CancellationToken ct)
    {
        RequireCalendarAdmin(scope);
        var v = new Validator();
        var date = CalendarInput.Date(v, "date", dateText);
        if (request.IsOffDay is null) v.Add("isOffDay", "请选择休息日或工作日");
        var name = v.Text("name", request.Name, 50);
        var reason = v.Text("reason", request.Reason, 200);
        v.ThrowIfInvalid();

        var existing = await db.CalendarOverrides.FindAsync([date], ct);
        if (existing is null)
            db.CalendarOverrides.Add(existing = new CalendarOverride { Date = date, IsOffDay = request.IsOffDay!.Value, Name = name, Reason = reason });
        else
            (existing.IsOffDay, existing.Name, existing.Reason) = (request.IsOffDay!.Value, name, reason);
        db.Audit("calendar.change-day", $"工作日历 {date:yyyy-MM-dd}", $"{(existing.IsOffDay ? "休息日" : "工作日")}：{name}（{reason}）");
        await db.SaveChangesAsync(ct);
        cache.Invalidate();
        return new CalendarDayView(date.ToString("yyyy-MM-dd"), existing.IsOffDay, name, "override", reason);
    }

    public static async Task ResetAsync(string dateText, PlatformDbContext db, DataScope scope,
        WorkingCalendarCache cache, CancellationToken ct)
    {
        RequireCalendarAdmin(scope);
        var v = new Validator();
        var date = CalendarInput.Date(v, "date", dateText);
        v.ThrowIfInvalid();
        var existing = await db.CalendarOverrides.FirstOrDefaultAsync(o => o.Date == date, ct)
            ?? throw new NotFoundException("calendar.no-override", "该日期没有调整记录");
        db.CalendarOverrides.Remove(existing);
        db.Audit("calendar.reset-day", $"工作日历 {date:yyyy-MM-dd}", "恢复官方日历");
        await db.SaveChangesAsync(ct);
        cache.Invalidate();
    }

    private static void RequireCalendarAdmin(DataScope scope)
    {
        var staff = scope.Staff(Role.SystemAdmin);
        if (!RegionCode.TryParse(staff.Region, out var region) || region.Level != RegionLevel.Province)
            throw new ForbiddenException("calendar.province-admin-only", "只有省级系统管理员可以调整工作日历");
    }
}
