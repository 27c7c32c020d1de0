using Microsoft.EntityFrameworkCore;
using OneStop.Hotline.Persistence;
using OneStop.Hotline.Tickets.Domain;
using OneStop.Platform.Errors;
using OneStop.Platform.Security;

namespace OneStop.Hotline.Tickets.Reading;

/// <summary>
/// Loads a ticket for the one who acts on it, or refuses: the hotline centre (坐席, 派单员) and supervisors the
/// tickets of their region and below; a department handler only the tickets dispatched to their department (主办)
/// or, for reading and 协办意见, those it co-handles. Another department's ticket is 403 hotline.out-of-scope.
/// </summary>
internal static class TicketAccess
{
    public static readonly NotFoundException NotFound = new("hotline.ticket-not-found", "工单不存在");

    public static ForbiddenException OutOfScope => new("hotline.out-of-scope", "该工单不在您的区划或部门范围内");

    public static readonly string[] Centre = [Role.HotlineAgent, Role.HotlineDispatcher, Role.SystemAdmin];

    public static async Task<Ticket> LoadAsync(HotlineDbContext db, long id, CancellationToken ct) =>
        await db.Set<Ticket>().Include(t => t.History).Include(t => t.Requests).AsSplitQuery()
            .FirstOrDefaultAsync(t => t.Id == id, ct) ?? throw NotFound;

    /// <summary>The centre's staff in one of <paramref name="roles"/>, for a ticket of their region.</summary>
    public static async Task<(Ticket Ticket, StaffScope Scope)> ForCentreAsync(HotlineDbContext db, DataScope scope, long id,
        CancellationToken ct, params string[] roles)
    {
        var staff = scope.Staff(roles.Length > 0 ? roles : Centre);
        var t = await LoadAsync(db, id, ct);
        if (!staff.CoversRegion(t.RegionCode)) throw OutOfScope;
        return (t, staff);
    }

    /// <summary>The responsible department's handler.</summary>
    public static async Task<Ticket> ForDepartmentAsync(HotlineDbContext db, DataScope scope, long id, CancellationToken ct)
    {
        var staff = scope.Staff(Role.DepartmentHandler);
        var t = await LoadAsync(db, id, ct);
        if (t.DepartmentId is null || t.DepartmentId != staff.DepartmentId) throw OutOfScope;
        return t;
    }

    /// <summary>A co-handling department's handler (协办).</summary>
    public static async Task<Ticket> ForCoHandlerAsync(HotlineDbContext db, DataScope scope, long id, CancellationToken ct)
    {
        var staff = scope.Staff(Role.DepartmentHandler);
        var t = await LoadAsync(db, id, ct);
        if (!t.CoDepartments.Any(c => c.Id == staff.DepartmentId)) throw OutOfScope;
        return t;
    }

    /// <summary>Reading: the centre and supervisors of the region; the handlers of the main or a co-handling department.</summary>
    public static async Task<Ticket> ForReadingAsync(HotlineDbContext db, DataScope scope, long id, CancellationToken ct)
    {
        scope.RequireSignedIn();
        var t = await LoadAsync(db, id, ct);
        if (CanRead(scope, t)) return t;
        throw scope.User.Roles.Any(r => Role.Find(r)?.IsStaff == true) ? OutOfScope : NotFound;
    }

    public static bool CanRead(DataScope scope, Ticket t)
    {
        if (scope.Holds(Role.DepartmentHandler) && scope.User.DepartmentId is { } d
            && (t.DepartmentId == d || t.CoDepartments.Any(c => c.Id == d))) return true;
        string[] regionRoles = [Role.HotlineAgent, Role.HotlineDispatcher, Role.Supervisor, Role.SystemAdmin];
        return regionRoles.Any(scope.Holds) && scope.Staff(regionRoles).CoversRegion(t.RegionCode);
    }

    /// <summary>Whether the reader may see who the requesters are: the department not, when a request is 保密.</summary>
    public static bool SeesRequesters(DataScope scope, Ticket t) =>
        !scope.Holds(Role.DepartmentHandler) || scope.Holds(Role.HotlineAgent) || scope.Holds(Role.HotlineDispatcher);

    public static TicketActor Actor(DataScope scope, string role, string? departmentName = null) =>
        new(scope.User.AccountId, scope.User.Name, Role.Find(role)?.ChineseName ?? role, scope.User.DepartmentId, departmentName);
}
