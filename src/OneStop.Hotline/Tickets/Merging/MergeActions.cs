using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneStop.Hotline.Tickets.Domain;
using OneStop.Hotline.Tickets.Persistence;
using OneStop.Hotline.Tickets.Reading;
using OneStop.Platform.Security;

namespace OneStop.Hotline.Tickets.Merging;

/// <summary>
/// 并单 of two open tickets about one matter (every requester follows the kept ticket) and 拆单 of a request merged by
/// mistake (it goes back to its own ticket, or gets a new one, waiting for dispatch). Both tickets change in one
/// transaction; either's concurrent change makes the whole action 409 hotline.changed.
/// </summary>
public static class MergeActions
{
    private static readonly string[] Centre = [Role.HotlineAgent, Role.HotlineDispatcher, Role.SystemAdmin];

    /// <summary>The role the history names: an agent merging at the console is recorded as the agent.</summary>
    private static string ActingRole(TicketWork w) =>
        w.Scope.Holds(Role.HotlineDispatcher) ? Role.HotlineDispatcher : w.Scope.Holds(Role.HotlineAgent) ? Role.HotlineAgent : Role.SystemAdmin;

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/hotline/tickets/{id:long}/merge", async (long id, MergeBody body, TicketWork w, CancellationToken ct) =>
            {
                if (body is null) throw Dispatching.CentreActions.EmptyBody;
                var (target, staff) = await TicketAccess.ForCentreAsync(w.Db, w.Scope, id, ct, Centre);
                var (source, _) = await TicketAccess.ForCentreAsync(w.Db, w.Scope, body.SourceTicketId, ct, Centre);
                target.Absorb(source, await w.ActorAsync(ActingRole(w), ct), w.Now);
                await TicketWrites.SaveAsync(w.Db, target, TicketAction.AbsorbTicket, $"工单 {source.Number} 并入 {target.Number}", ct);
                return TypedResults.Ok(TicketView.Of(target, w.Now, true));
            })
            .WithName("MergeTickets").WithSummary("并单：把另一张同一事项的工单并入本工单")
            .ProducesProblem(400).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        api.MapPost("/hotline/tickets/{id:long}/split", async (long id, SplitBody body, TicketWork w, CancellationToken ct) =>
            {
                if (body is null) throw Dispatching.CentreActions.EmptyBody;
                var (from, _) = await TicketAccess.ForCentreAsync(w.Db, w.Scope, id, ct, Centre);
                var actor = await w.ActorAsync(ActingRole(w), ct);
                var request = from.Detach(body.RequestId, body.Reason, actor, w.Now);
                // The request's own ticket, if it opened one that was merged away; else a new ticket under its number.
                var own = await w.Db.Set<Ticket>().Include(t => t.History).Include(t => t.Requests).AsSplitQuery()
                    .FirstOrDefaultAsync(t => t.Number == request.Number, ct);
                Ticket split;
                if (own is not null)
                {
                    own.Revive(request, body.Reason!.Trim(), actor, w.Now);
                    split = own;
                }
                else
                {
                    split = Ticket.SplitOut(request, from, body.Reason!.Trim(), actor, w.Now);
                    w.Db.Add(split);
                }
                await TicketWrites.SaveAsync(w.Db, from, TicketAction.DetachRequest, $"诉求 {request.Number} 从工单 {from.Number} 拆出，单独立单", ct);
                return TypedResults.Ok(TicketView.Of(split, w.Now, true));
            })
            .WithName("SplitTicket").WithSummary("拆单：把误并的诉求拆出，单独立单待派单")
            .ProducesProblem(400).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
    }
}
