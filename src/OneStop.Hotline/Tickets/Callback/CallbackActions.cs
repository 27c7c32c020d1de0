using Microsoft.AspNetCore.Routing;
using OneStop.Hotline.Tickets.Dispatching;
using OneStop.Hotline.Tickets.Domain;
using OneStop.Hotline.Tickets.Reading;
using OneStop.Platform.Errors;
using OneStop.Platform.Security;

namespace OneStop.Hotline.Tickets.Callback;

/// <summary>回访 by the hotline centre, one requester at a time; the supervisor's 结案 or 重新交办 after a second "unsatisfied".</summary>
public static class CallbackActions
{
    public static void Map(IEndpointRouteBuilder api)
    {
        CentreActions.Post(api, "callback", "RecordTicketCallback", "回访一位诉求人（满意 / 不满意 / 未接通）", async (long id, CallbackBody body, TicketWork w, CancellationToken ct) =>
        {
            var (t, _) = await TicketAccess.ForCentreAsync(w.Db, w.Scope, id, ct, Role.HotlineAgent, Role.HotlineDispatcher, Role.SystemAdmin);
            if (body.Result is not { } result) throw RequestValidationException.For("result", "请选择回访结果", "hotline.callback-result-required");
            t.RecordCallback(body.RequestId, result, body.Comment, await w.ActorAsync(Role.HotlineAgent, ct), w.Now, await w.ClockAsync(ct));
            return (t, TicketAction.RecordCallback, $"回访：{result.Chinese()}");
        });
        CentreActions.Post(api, "supervisor-close", "SupervisorCloseTicket", "电子监察结案（须填写意见）", async (long id, OpinionBody body, TicketWork w, CancellationToken ct) =>
        {
            var (t, _) = await TicketAccess.ForCentreAsync(w.Db, w.Scope, id, ct, Role.Supervisor);
            t.SupervisorCloseWith(body.Opinion, await w.ActorAsync(Role.Supervisor, ct), w.Now);
            return (t, TicketAction.SupervisorClose, (string?)null);
        });
        CentreActions.Post(api, "reassign", "ReassignTicket", "电子监察重新交办（须填写意见；重新计算办结时限）", async (long id, OpinionBody body, TicketWork w, CancellationToken ct) =>
        {
            var (t, _) = await TicketAccess.ForCentreAsync(w.Db, w.Scope, id, ct, Role.Supervisor);
            t.Reassign(body.Opinion, await w.ActorAsync(Role.Supervisor, ct), w.Now, await w.ClockAsync(ct));
            return (t, TicketAction.Reassign, (string?)null);
        });
    }
}
