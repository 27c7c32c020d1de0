using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OneStop.Hotline.Taxonomy;
using OneStop.Hotline.Tickets.Domain;
using OneStop.Hotline.Tickets.Persistence;
using OneStop.Hotline.Tickets.Reading;
using OneStop.Platform.Errors;
using OneStop.Platform.Security;

namespace OneStop.Hotline.Tickets.Dispatching;

/// <summary>
/// The hotline centre's actions on a ticket: 直接办结 and 紧急移交 (agent), 派单, 退单 and 延期 decisions, 督办
/// (dispatcher). Each is one transaction with one audit record.
/// </summary>
public static class CentreActions
{
    private static readonly string[] Agents = [Role.HotlineAgent, Role.HotlineDispatcher, Role.SystemAdmin];
    private static readonly string[] Dispatchers = [Role.HotlineDispatcher, Role.SystemAdmin];

    public static void Map(IEndpointRouteBuilder api)
    {
        Post(api, "close-directly", "CloseTicketDirectly", "直接办结（坐席当场答复咨询、建议、表扬）", async (long id, AnswerBody body, TicketWork w, CancellationToken ct) =>
        {
            var (t, _) = await TicketAccess.ForCentreAsync(w.Db, w.Scope, id, ct, Agents);
            t.CloseDirectly(body.Answer, await w.ActorAsync(Role.HotlineAgent, ct), w.Now, duringIntake: false);
            return (t, TicketAction.CloseDirectly, (string?)null);
        });
        Post(api, "hand-over", "HandOverEmergency", "紧急移交 110/119/120/122（记录移交人、时间、去向）", async (long id, HandOverBody body, TicketWork w, CancellationToken ct) =>
        {
            var (t, _) = await TicketAccess.ForCentreAsync(w.Db, w.Scope, id, ct, Agents);
            if (body.Service is not { } service) throw RequestValidationException.For("service", "请选择移交的部门（110/119/120/122）", "hotline.service-required");
            t.HandOver(service, body.Note, await w.ActorAsync(Role.HotlineAgent, ct), w.Now);
            return (t, TicketAction.HandOver, $"移交 {service.Chinese()}");
        });
        Post(api, "dispatch", "DispatchTicket", "派单（主办单位、协办单位；开始计算签收与办结时限）", async (long id, DispatchBody body, TicketWork w, CancellationToken ct) =>
        {
            var (t, staff) = await TicketAccess.ForCentreAsync(w.Db, w.Scope, id, ct, Dispatchers);
            t.Require(TicketAction.Dispatch);
            var main = await w.RoutableDepartmentAsync(staff, body.DepartmentId, "departmentId", ct)
                ?? throw RequestValidationException.For("departmentId", "请选择主办单位", "hotline.department-required");
            var co = new List<RoutedDepartment>();
            foreach (var cid in body.CoDepartmentIds ?? []) co.Add((await w.RoutableDepartmentAsync(staff, cid, "coDepartmentIds", ct))!);
            if (body.CategoryCode is { Length: > 0 } code && AppealTaxonomy.Find(code) is null)
                throw RequestValidationException.For("categoryCode", "诉求分类不存在", "hotline.category-unknown");
            if (body.Type is { } type) t.Classify(t.CategoryCode, t.Urgency, type);
            t.Dispatch(main, co, string.IsNullOrEmpty(body.CategoryCode) ? null : body.CategoryCode, body.Urgency ?? t.Urgency, body.Note,
                await w.ActorAsync(Role.HotlineDispatcher, ct), w.Now, await w.ClockAsync(ct));
            return (t, TicketAction.Dispatch, $"派至 {main.Name}");
        });
        Post(api, "return/approve", "ApproveTicketReturn", "同意退单（回到待派单）", async (long id, NoteBody body, TicketWork w, CancellationToken ct) =>
        {
            var (t, _) = await TicketAccess.ForCentreAsync(w.Db, w.Scope, id, ct, Dispatchers);
            t.ApproveReturn(body.Note, await w.ActorAsync(Role.HotlineDispatcher, ct), w.Now);
            return (t, TicketAction.ApproveReturn, (string?)null);
        });
        Post(api, "return/reject", "RejectTicketReturn", "驳回退单（须说明理由）", async (long id, NoteBody body, TicketWork w, CancellationToken ct) =>
        {
            var (t, _) = await TicketAccess.ForCentreAsync(w.Db, w.Scope, id, ct, Dispatchers);
            t.RejectReturn(body.Note, await w.ActorAsync(Role.HotlineDispatcher, ct), w.Now, await w.ClockAsync(ct));
            return (t, TicketAction.RejectReturn, (string?)null);
        });
        Post(api, "extension/approve", "ApproveTicketExtension", "同意延期", async (long id, NoteBody body, TicketWork w, CancellationToken ct) =>
        {
            var (t, _) = await TicketAccess.ForCentreAsync(w.Db, w.Scope, id, ct, Dispatchers);
            t.ApproveExtension(body.Note, await w.ActorAsync(Role.HotlineDispatcher, ct), w.Now, await w.ClockAsync(ct));
            return (t, TicketAction.ApproveExtension, (string?)null);
        });
        Post(api, "extension/reject", "RejectTicketExtension", "驳回延期（须说明理由）", async (long id, NoteBody body, TicketWork w, CancellationToken ct) =>
        {
            var (t, _) = await TicketAccess.ForCentreAsync(w.Db, w.Scope, id, ct, Dispatchers);
            t.RejectExtension(body.Note, await w.ActorAsync(Role.HotlineDispatcher, ct), w.Now);
            return (t, TicketAction.RejectExtension, (string?)null);
        });
        Post(api, "urge", "UrgeTicket", "督办（提醒承办单位按时签收、办结）", async (long id, NoteBody body, TicketWork w, CancellationToken ct) =>
        {
            var (t, _) = await TicketAccess.ForCentreAsync(w.Db, w.Scope, id, ct, Role.HotlineDispatcher, Role.Supervisor, Role.SystemAdmin);
            t.Urge(body.Note, await w.ActorAsync(w.Scope.Holds(Role.Supervisor) ? Role.Supervisor : Role.HotlineDispatcher, ct), w.Now, automatic: false);
            return (t, TicketAction.Urge, $"第 {t.UrgeLevel} 次督办");
        });
    }

    /// <summary>A JSON body of <c>null</c>: nothing to act on.</summary>
    internal static RequestValidationException EmptyBody => RequestValidationException.For("body", "请求内容不能为空", "hotline.body-required");

    /// <summary>POST /hotline/tickets/{id}/{path}: run the action, save with its audit record, return the ticket.</summary>
    internal static void Post<TBody>(IEndpointRouteBuilder api, string path, string name, string summary,
        Func<long, TBody, TicketWork, CancellationToken, Task<(Ticket Ticket, TicketAction Action, string? Summary)>> run)
    {
        api.MapPost($"/hotline/tickets/{{id:long}}/{path}", async (long id, TBody body, TicketWork w, CancellationToken ct) =>
            {
                var (t, action, s) = await run(id, body ?? throw EmptyBody, w, ct);
                await TicketWrites.SaveAsync(w.Db, t, action, s, ct);
                return TypedResults.Ok(TicketView.Of(t, w.Now, TicketAccess.SeesRequesters(w.Scope, t)));
            })
            .WithName(name).WithSummary(summary)
            .ProducesProblem(400).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
    }
}
