using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneStop.Hotline.Persistence;
using OneStop.Hotline.Taxonomy;
using OneStop.Hotline.Tickets.Domain;
using OneStop.Platform.Calendar;
using OneStop.Platform.Errors;
using OneStop.Platform.Security.RateLimiting;

namespace OneStop.Hotline.Tickets.Reading;

public sealed record LookupView(string Number, string TypeName, string? Title, string Text, DateTimeOffset ReceivedAt,
    string StateName, string? DepartmentName, string? DueText, string? ReplyText, string? ReplyDepartment,
    DateTimeOffset? RepliedAt, string? CallbackName, bool Merged, IReadOnlyList<LookupUpdate> Updates, string? CategoryPath);

public sealed record LookupUpdate(DateTimeOffset At, string Message);

/// <summary>
/// 诉求查询 for the requester: their request number and the phone they gave. They see their own text, the state of
/// the ticket it is handled in (merged or not), the reply and the updates they were sent — never other requesters.
/// A wrong pair and an unknown number give the same answer; limited per address for every caller, signed in or not.
/// </summary>
public static class PublicLookup
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/hotline/lookup", async (string? number, string? phone, HotlineDbContext db, CancellationToken ct) =>
                TypedResults.Ok(await FindAsync(number, phone, db, ct)))
            .AllowAnonymous().RequireRateLimiting(RateLimits.Lookup)
            .WithName("LookupHotlineRequest").WithSummary("诉求办理进度查询（诉求编号 + 联系电话）")
            .ProducesProblem(400).ProducesProblem(404).ProducesProblem(429);

    public static async Task<LookupView> FindAsync(string? number, string? phone, HotlineDbContext db, CancellationToken ct)
    {
        var v = new Validator();
        var n = v.Text("number", number, 32);
        var p = v.Text("phone", phone?.Replace(" ", "").Replace("-", ""), 20);
        v.ThrowIfInvalid("hotline.invalid-lookup");
        var request = await db.Set<HotlineRequest>().AsNoTracking().FirstOrDefaultAsync(r => r.Number == n, ct);
        if (request is null || request.Phone is null || request.Phone != p)
            throw new NotFoundException("hotline.request-not-found", "未找到该诉求", "请核对诉求编号和登记时留下的联系电话（匿名诉求无法查询）。");
        var t = await db.Set<Ticket>().AsNoTracking().FirstAsync(x => x.Id == request.TicketId, ct);
        return new LookupView(request.Number, request.Type.Chinese(), request.Title, request.Text, ChinaTime.ToBeijing(request.ReceivedAt),
            t.State.Chinese(), t.DepartmentName, t.DueAt is { } d && t.State.IsOpen() ? TicketClock.Show(d) : null,
            t.State is TicketState.Replied or TicketState.Closed or TicketState.Escalated ? t.Reply?.Text : null,
            t.Reply?.Department, TicketView.Beijing(t.RepliedAt), request.Callback?.Chinese(), t.Number != request.Number,
            request.Updates.Select(u => new LookupUpdate(ChinaTime.ToBeijing(u.At), u.Message)).ToList(),
            AppealTaxonomy.Find(t.CategoryCode)?.Path);
    }
}
