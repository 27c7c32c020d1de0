using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneStop.Hotline.Persistence;
using OneStop.Hotline.Tickets.Domain;
using OneStop.Platform.Errors;
using OneStop.Platform.Security;

namespace OneStop.Hotline.Tickets.Reading;

/// <summary>Which list a workbench shows (待派单, 待签收, 回访…); each belongs to the roles that work on it.</summary>
public enum TicketQueue
{
    ToDispatch, Returns, Extensions, ToSign, Handling, CoHandling, Callbacks, Escalated, Overdue, Closed, All,
}

public sealed record TicketPage(IReadOnlyList<TicketRow> Rows, int Total, int Page, int PageSize);

/// <summary>One ticket, and the queues of the centre, the departments and the supervisors, each within the reader's scope.</summary>
public static class ReadTickets
{
    public const int PageSize = 20;

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/hotline/tickets/{id:long}", async (long id, TicketWork w, CancellationToken ct) =>
            {
                var t = await TicketAccess.ForReadingAsync(w.Db, w.Scope, id, ct);
                return TypedResults.Ok(TicketView.Of(t, w.Now, TicketAccess.SeesRequesters(w.Scope, t)));
            })
            .WithName("GetTicket").WithSummary("工单详情（诉求人、时限、历史）").ProducesProblem(403).ProducesProblem(404);
        api.MapGet("/hotline/tickets", async (TicketQueue? queue, int? page, string? q, TicketWork w, CancellationToken ct) =>
                TypedResults.Ok(await QueueAsync(w, queue ?? TicketQueue.All, page ?? 1, q, ct)))
            .WithName("ListTickets").WithSummary("工单列表：ToDispatch 待派单, Returns 退单待审, Extensions 延期待审, ToSign 待签收, Handling 办理中, CoHandling 协办, Callbacks 待回访, Escalated 监察督办, Overdue 已超期, Closed 已办结, All 全部")
            .ProducesProblem(400).ProducesProblem(403);
    }

    public static async Task<TicketPage> QueueAsync(TicketWork w, TicketQueue queue, int page, string? q, CancellationToken ct)
    {
        if (page < 1 || page > 10_000) throw RequestValidationException.For("page", "页码无效", "hotline.page-invalid");
        var now = w.Now;
        var source = Scoped(w, queue);
        source = queue switch
        {
            TicketQueue.ToDispatch => source.Where(t => t.State == TicketState.Registered),
            TicketQueue.Returns => source.Where(t => t.State == TicketState.ReturnRequested),
            TicketQueue.Extensions => source.Where(t => t.State == TicketState.Handling && t.Extension != null),
            TicketQueue.ToSign => source.Where(t => t.State == TicketState.Dispatched),
            TicketQueue.Handling or TicketQueue.CoHandling => source.Where(t => t.State == TicketState.Handling),
            TicketQueue.Callbacks => source.Where(t => t.State == TicketState.Replied),
            TicketQueue.Escalated => source.Where(t => t.State == TicketState.Escalated),
            TicketQueue.Overdue => source.Where(t => (t.State == TicketState.Dispatched && t.SignDueAt < now)
                || (t.State == TicketState.Handling && t.DueAt < now)),
            TicketQueue.Closed => source.Where(t => t.State == TicketState.Closed || t.State == TicketState.HandedOver),
            _ => source.Where(t => t.State != TicketState.Merged),
        };
        if (!string.IsNullOrWhiteSpace(q))
        {
            var term = q.Trim();
            if (term.Length > 50) throw RequestValidationException.For("q", "搜索词不能超过 50 个字", "hotline.query-too-long");
            source = source.Where(t => t.Number.Contains(term) || t.Text.Contains(term) || (t.Title != null && t.Title.Contains(term))
                || t.Requests.Any(r => r.Number == term));
        }
        var total = await source.CountAsync(ct);
        var ordered = queue switch
        {
            TicketQueue.ToSign => source.OrderBy(t => t.SignDueAt),
            TicketQueue.Handling or TicketQueue.CoHandling or TicketQueue.Overdue or TicketQueue.Extensions => source.OrderBy(t => t.DueAt),
            TicketQueue.Closed => source.OrderByDescending(t => t.ClosedAt),
            _ => source.OrderByDescending(t => t.Urgency == Urgency.Critical).ThenByDescending(t => t.Urgency == Urgency.Urgent).ThenBy(t => t.CreatedAt),
        };
        var rows = await ordered.ThenBy(t => t.Id).Skip((page - 1) * PageSize).Take(PageSize).Include(t => t.Requests).AsSplitQuery().ToListAsync(ct);
        if (queue == TicketQueue.Extensions) rows = rows.Where(t => t.Extension is { Approved: null }).ToList();
        return new TicketPage(rows.Select(t => TicketRow.Of(t, now)).ToList(), total, page, PageSize);
    }

    /// <summary>
    /// What the reader may list: a department handler their department's tickets (协办 queue: those it co-handles);
    /// the centre and supervisors their region and below.
    /// </summary>
    private static IQueryable<Ticket> Scoped(TicketWork w, TicketQueue queue)
    {
        var tickets = w.Db.Set<Ticket>().AsNoTracking();
        if (w.Scope.Holds(Role.DepartmentHandler) && !w.Scope.Holds(Role.HotlineDispatcher) && !w.Scope.Holds(Role.HotlineAgent))
        {
            var staff = w.Scope.Staff(Role.DepartmentHandler);
            var dept = staff.DepartmentId;
            if (queue == TicketQueue.CoHandling)
            {
                var key = $",{dept},";
                return tickets.Where(t => t.CoDepartmentKeys.Contains(key));
            }
            return tickets.Where(t => t.DepartmentId == dept);
        }
        var centre = w.Scope.Staff(Role.HotlineAgent, Role.HotlineDispatcher, Role.Supervisor, Role.SystemAdmin);
        var prefix = centre.RegionPrefix;
        return tickets.Where(t => t.RegionCode.StartsWith(prefix));
    }
}
