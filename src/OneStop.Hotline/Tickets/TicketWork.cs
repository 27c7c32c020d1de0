using Microsoft.Extensions.Options;
using OneStop.Hotline.Persistence;
using OneStop.Hotline.Tickets.Domain;
using OneStop.Platform.Calendar;
using OneStop.Platform.Departments;
using OneStop.Platform.Errors;
using OneStop.Platform.Security;

namespace OneStop.Hotline.Tickets;

/// <summary>What every ticket use case needs, in one scoped service: the context, who acts, the clock and calendar.</summary>
public sealed class TicketWork(HotlineDbContext db, DataScope scope, IWorkingCalendar calendar, TimeProvider time,
    IOptions<DeadlineSettings> settings, IDepartmentDirectory departments)
{
    public HotlineDbContext Db => db;
    public DataScope Scope => scope;
    public IWorkingCalendar Calendar => calendar;
    public IDepartmentDirectory Departments => departments;
    public DeadlineSettings Settings => settings.Value;
    public DateTime Now => time.GetUtcNow().UtcDateTime;

    public async Task<TicketClock> ClockAsync(CancellationToken ct) => new(settings.Value, await calendar.CurrentAsync(ct));

    /// <summary>
    /// A Platform department a ticket may be routed to (主办 or 协办): it exists and lies in the dispatcher's region or
    /// below. The one check for the API's and the page's dispatch.
    /// </summary>
    public async Task<RoutedDepartment?> RoutableDepartmentAsync(StaffScope staff, long? id, string field, CancellationToken ct)
    {
        if (id is null) return null;
        var d = await departments.GetAsync(id.Value, ct);
        if (d is null) throw RequestValidationException.For(field, "单位不存在", "hotline.department-unknown");
        if (!staff.CoversRegion(d.RegionCode)) throw RequestValidationException.For(field, $"{d.Name}不在本热线的派单范围内", "hotline.department-out-of-scope");
        return new RoutedDepartment(d.Id, d.Name);
    }

    /// <summary>The actor in <paramref name="role"/>, named with their department (the history says who and where).</summary>
    public async Task<TicketActor> ActorAsync(string role, CancellationToken ct)
    {
        var dept = scope.User.DepartmentId is { } id ? await departments.GetAsync(id, ct) : null;
        return new TicketActor(scope.User.AccountId, scope.User.Name, Role.Find(role)?.ChineseName ?? role, dept?.Id, dept?.Name);
    }
}
