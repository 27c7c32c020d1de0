using Microsoft.EntityFrameworkCore;
using OneStop.Hotline.Persistence;
using OneStop.Hotline.Taxonomy;
using OneStop.Hotline.Tickets.Domain;
using OneStop.Platform.Calendar;
using OneStop.Platform.Errors;
using OneStop.Platform.Regions;
using OneStop.Platform.Security;

namespace OneStop.Hotline.Figures;

/// <summary>
/// The figures of a period for the centre's staff and supervisors, within their region (a district's staff see their
/// district). Periods are Beijing dates, both ends included, at most a year; the default is the last 28 days.
/// </summary>
public sealed class FiguresQuery(HotlineDbContext db, DataScope scope, IRegionDirectory regions, TimeProvider time)
{
    public static readonly string[] Readers = [Role.HotlineAgent, Role.HotlineDispatcher, Role.Supervisor, Role.SystemAdmin];
    public const int RisingMinimum = 3;

    public async Task<HotlineFigures> RunAsync(DateOnly? from, DateOnly? to, string? region, CancellationToken ct)
    {
        var staff = scope.Staff(Readers);
        var end = to ?? ChinaTime.Today(time);
        var start = from ?? end.AddDays(-27);
        if (start > end) throw RequestValidationException.For("from", "开始日期不能晚于结束日期", "hotline.figures-period-invalid");
        if (end.DayNumber - start.DayNumber > 366) throw RequestValidationException.For("to", "统计期间不能超过一年", "hotline.figures-period-invalid");
        var regionCode = string.IsNullOrWhiteSpace(region) ? staff.Region : region.Trim();
        if (!await regions.ExistsAsync(regionCode, ct)) throw RequestValidationException.For("region", "区划不存在", "hotline.region-unknown");
        if (!staff.CoversRegion(regionCode)) throw new ForbiddenException("hotline.out-of-scope", "该区划不在您的统计范围内");
        var prefix = RegionPrefix.Of(regionCode);

        var periodStart = ChinaTime.StartOfDayUtc(start);
        var periodEnd = ChinaTime.StartOfDayUtc(end.AddDays(1));
        var weekStart = ChinaTime.StartOfDayUtc(end.AddDays(-6));
        var loadFrom = ChinaTime.StartOfDayUtc(end.AddDays(-27)) < periodStart ? ChinaTime.StartOfDayUtc(end.AddDays(-27)) : periodStart;

        var requests = await (
            from r in db.Set<HotlineRequest>().AsNoTracking()
            join t in db.Set<Ticket>().AsNoTracking() on r.TicketId equals t.Id
            where r.RegionCode.StartsWith(prefix) && r.ReceivedAt >= loadFrom && r.ReceivedAt < periodEnd
            select new FigureRequest(r.Number, r.Text, r.RegionCode, r.Address ?? t.Address, r.ReceivedAt, t.CategoryCode)).ToListAsync(ct);
        var inPeriod = requests.Where(r => r.At >= periodStart).ToList();

        var tickets = await db.Set<Ticket>().AsNoTracking()
            .Where(t => t.RegionCode.StartsWith(prefix) && t.CreatedAt >= periodStart && t.CreatedAt < periodEnd && t.State != TicketState.Merged)
            .Select(t => new FigureTicket(t.Id, t.Type, t.DepartmentId, t.DepartmentName, t.SignedOnTime, t.RepliedOnTime, t.Resolved,
                t.FirstCallResolved))
            .ToListAsync(ct);
        var ids = tickets.Where(t => t.DepartmentId != null).Select(t => t.Id).ToList();
        var callbacks = await db.Set<HotlineRequest>().AsNoTracking().Where(r => ids.Contains(r.TicketId))
            .Select(r => new FigureCallbacks(r.TicketId, r.Callback, r.EarlierCallbacks)).ToListAsync(ct);
        var allIds = tickets.Select(t => t.Id).ToList();
        var returns = await db.Set<TicketEvent>().AsNoTracking()
            .Where(e => e.Action == TicketAction.RequestReturn && allIds.Contains(e.TicketId) && e.ActorDepartment != null)
            .Select(e => new { e.TicketId, Department = e.ActorDepartment! }).Distinct().ToListAsync(ct);

        return new HotlineFigures(start, end, regionCode, await regions.NameAsync(regionCode, ct), inPeriod.Count,
            ByCategory(inPeriod), await ByRegionAsync(inPeriod, regionCode, ct), ByPlace(inPeriod), ByDay(inPeriod, start, end),
            RisingTopics.Find(requests.Where(r => r.At >= weekStart - TimeSpan.FromDays(21)), weekStart, periodEnd, RisingMinimum),
            DepartmentRates.Of(tickets, callbacks, returns.Select(r => (r.TicketId, r.Department))),
            Centre(tickets));
    }

    private static List<CountRow> ByCategory(List<FigureRequest> requests) =>
        [.. requests.GroupBy(r => r.CategoryCode is { } c ? AppealTaxonomy.FirstLevelCode(c) : null)
            .Select(g => new CountRow(g.Key, g.Key is { } k ? AppealTaxonomy.Find(k)!.Name : "未分类", g.Count()))
            .OrderByDescending(r => r.Count).ThenBy(r => r.Code)];

    /// <summary>By the district (6-digit code) below the region asked for; a district's figures by street where given.</summary>
    private async Task<List<CountRow>> ByRegionAsync(List<FigureRequest> requests, string regionCode, CancellationToken ct)
    {
        var level = regionCode.EndsWith("00", StringComparison.Ordinal) ? 6 : Math.Min(9, regionCode.Length + 3);
        var rows = new List<CountRow>();
        foreach (var g in requests.GroupBy(r => r.RegionCode.Length >= level ? r.RegionCode[..level] : r.RegionCode))
            rows.Add(new CountRow(g.Key, await regions.NameAsync(g.Key, ct) ?? g.Key, g.Count()));
        return [.. rows.OrderByDescending(r => r.Count).ThenBy(r => r.Code)];
    }

    private static List<CountRow> ByPlace(List<FigureRequest> requests) =>
        [.. requests.Select(r => PlaceNames.Landmark(r.Address)).Where(p => p is not null).GroupBy(p => p!)
            .Select(g => new CountRow(null, g.Key, g.Count())).OrderByDescending(r => r.Count).ThenBy(r => r.Name, StringComparer.Ordinal).Take(20)];

    private static List<DayCount> ByDay(List<FigureRequest> requests, DateOnly start, DateOnly end)
    {
        var counts = requests.GroupBy(r => DateOnly.FromDateTime(ChinaTime.ToBeijing(r.At).DateTime)).ToDictionary(g => g.Key, g => g.Count());
        return [.. Enumerable.Range(0, end.DayNumber - start.DayNumber + 1).Select(i => start.AddDays(i))
            .Select(d => new DayCount(d, counts.GetValueOrDefault(d)))];
    }

    private static CentreFigures Centre(List<FigureTicket> tickets)
    {
        var consultations = tickets.Where(t => t.Type == RequestType.Consultation).ToList();
        return new CentreFigures(consultations.Count, new Rate(consultations.Count(t => t.FirstCallResolved), consultations.Count));
    }
}

internal sealed record FigureRequest(string Number, string Text, string RegionCode, string? Address, DateTime At, string? CategoryCode);

internal sealed record FigureTicket(long Id, RequestType Type, long? DepartmentId, string? DepartmentName, bool? SignedOnTime,
    bool? RepliedOnTime, bool? Resolved, bool FirstCallResolved);

internal sealed record FigureCallbacks(long TicketId, CallbackResult? Callback, IReadOnlyList<PastCallback> Earlier);
