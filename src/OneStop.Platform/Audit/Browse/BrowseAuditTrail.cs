using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneStop.Platform.Errors;
using OneStop.Platform.Persistence;
using OneStop.Platform.Regions;
using OneStop.Platform.Security;

namespace OneStop.Platform.Audit;

public sealed record AuditFilter(string? Action, string? Actor, string? Target, string? From, string? To, int? Page);

public sealed record AuditRecordView(long Sequence, DateTime OccurredAt, string ActorName, string ActorRoles,
    long? DepartmentId, string? RegionCode, string Action, string Target, string Summary);

public sealed record AuditPage(IReadOnlyList<AuditRecordView> Items, int Total, int Page, int PageSize);

/// <summary>
/// 审计日志查询: administrators and supervisors read the records of actors in their region and below; records
/// without a region (applicants, anonymous attempts, the CLI) only at province level.
/// </summary>
public static class BrowseAuditTrail
{
    public const int PageSize = 50;

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/audit", async ([Microsoft.AspNetCore.Http.AsParameters] AuditFilter filter, PlatformDbContext db, DataScope scope,
                CancellationToken ct) => TypedResults.Ok(await HandleAsync(filter, db, scope, ct)))
            .WithName("BrowseAuditTrail").WithSummary("查询审计日志");

    public static async Task<AuditPage> HandleAsync(AuditFilter f, PlatformDbContext db, DataScope scope, CancellationToken ct)
    {
        var staff = scope.Staff(Role.SystemAdmin, Role.Supervisor);
        var v = new Validator();
        var action = v.Text("action", f.Action, 100, required: false);
        var actor = v.Text("actor", f.Actor, 100, required: false);
        var target = v.Text("target", f.Target, 100, required: false);
        var from = Day(v, "from", f.From);
        var to = Day(v, "to", f.To);
        v.ThrowIfInvalid();

        var query = db.AuditRecords.AsNoTracking();
        var provinceLevel = RegionCode.TryParse(staff.Region, out var own) && own.Level == RegionLevel.Province;
        var prefix = staff.RegionPrefix;
        query = provinceLevel
            ? query.Where(r => r.RegionCode == null || r.RegionCode.StartsWith(prefix))
            : query.Where(r => r.RegionCode != null && r.RegionCode.StartsWith(prefix));
        if (action.Length > 0) query = query.Where(r => r.Action.StartsWith(action));
        if (actor.Length > 0) query = query.Where(r => r.ActorName.Contains(actor));
        if (target.Length > 0) query = query.Where(r => r.Target.Contains(target));
        if (from is { } start) query = query.Where(r => r.OccurredAt >= start);
        if (to is { } end) query = query.Where(r => r.OccurredAt < end.AddDays(1));
        var page = Math.Clamp(f.Page ?? 1, 1, 100_000);
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(r => r.Sequence).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(r => new AuditRecordView(r.Sequence, r.OccurredAt, r.ActorName, r.ActorRoles, r.DepartmentId,
                r.RegionCode, r.Action, r.Target, r.Summary))
            .ToListAsync(ct);
        return new AuditPage(items, total, page, PageSize);
    }

    private static DateTime? Day(Validator v, string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            return DateTime.SpecifyKind(d.ToDateTime(TimeOnly.MinValue).AddHours(-8), DateTimeKind.Utc); // 北京时间当日零点
        v.Add(field, "日期格式应为 YYYY-MM-DD", "audit.invalid-date");
        return null;
    }
}
