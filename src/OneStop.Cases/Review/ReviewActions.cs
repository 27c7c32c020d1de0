using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneStop.Cases.Applying;
using OneStop.Cases.Domain;
using OneStop.Cases.Persistence;
using OneStop.Cases.PreReview;
using OneStop.Cases.Reading;
using OneStop.Platform.Calendar;
using OneStop.Platform.Errors;
using OneStop.Platform.Security;

namespace OneStop.Cases.Review;

public sealed record OpinionRequest(string? Opinion);
public sealed record SpecialProcedureRequest(string? Procedure, string? Reason);
public sealed record ExtensionRequest(int Days, string? Reason);
public sealed record DecideRequest(string? Decision, string? Reason);

/// <summary>
/// 审查 by the implementing department's approvers: complete each step with an opinion, ask for a supplement (the
/// clock stops), start and end a special procedure (not counted), request an extension (approved by a second
/// approver), and decide. Only the (sub-)cases routed to the approver's own department.
/// </summary>
public static class ReviewActions
{
    public static void Map(IEndpointRouteBuilder api)
    {
        Post(api, "/cases/{id:long}/steps/complete", "CompleteCaseStep", "完成当前审查环节（须填写意见）", CompleteStep, typeof(OpinionRequest));
        Post(api, "/cases/{id:long}/review-supplement", "RequestReviewSupplement", "审查中要求补正（暂停计时）",
            RequestReviewSupplement, typeof(SupplementRequestBody));
        Post(api, "/cases/{id:long}/special-procedure", "StartSpecialProcedure", "启动特别程序（听证、检验检测、专家评审、现场勘验；不计入时限）",
            StartSpecialProcedure, typeof(SpecialProcedureRequest));
        Post(api, "/cases/{id:long}/special-procedure/end", "EndSpecialProcedure", "结束特别程序（次日恢复计时）",
            EndSpecialProcedure, typeof(OpinionRequest));
        Post(api, "/cases/{id:long}/extension", "RequestExtension", "申请延期（由本部门另一名审批人员批准）", RequestExtension, typeof(ExtensionRequest));
        Post(api, "/cases/{id:long}/extension/approve", "ApproveExtension", "批准延期（不能批准本人的申请）", ApproveExtension, typeof(OpinionRequest));
        Post(api, "/cases/{id:long}/extension/reject", "RejectExtension", "不批准延期", RejectExtension, typeof(OpinionRequest));
        Post(api, "/cases/{id:long}/materials/{index:int}/confirm", "ConfirmDeferredMaterial", "确认容缺材料已补交", ConfirmDeferred, null);
        api.MapPost("/cases/{id:long}/decide", async (long id, DecideRequest request, CasesDbContext db, DataScope scope,
                IWorkingCalendar calendar, TimeProvider time, CancellationToken ct) =>
            {
                var c = await DecideAsync(id, request, db, scope, calendar, time, ct);
                return TypedResults.Ok(CaseView.Of(c, await calendar.CurrentAsync(ct), calendar.Today));
            })
            .WithName("DecideCase").WithSummary("作出决定：准予（Granted）或不予（Denied，须说明理由）")
            .ProducesProblem(400).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
    }

    // The approver's actions, one each; the API and the workbench pages run them through ActAsync.
    internal static CaseAction CompleteStep(Case c, object? body, CaseActor actor, Context ctx)
    {
        var opinion = ApplicantActions.Note(Body<OpinionRequest>(body).Opinion, "opinion", required: true, "请填写审查意见")!;
        c.CompleteStep(opinion, actor, ctx.Now, ctx.Today, ctx.Calendar);
        return CaseAction.CompleteStep;
    }

    internal static CaseAction RequestReviewSupplement(Case c, object? body, CaseActor actor, Context ctx)
    {
        var request = Body<SupplementRequestBody>(body);
        c.Require(CaseAction.RequestReviewSupplement);
        c.RequestReviewSupplement(PreReviewActions.Items(request), ApplicantActions.Note(request.Note), actor, ctx.Now, ctx.Today, ctx.Calendar);
        return CaseAction.RequestReviewSupplement;
    }

    internal static CaseAction StartSpecialProcedure(Case c, object? body, CaseActor actor, Context ctx)
    {
        var request = Body<SpecialProcedureRequest>(body);
        c.Require(CaseAction.StartSpecialProcedure);
        var reason = ApplicantActions.Note(request.Reason, "reason", required: true, "请说明启动特别程序的事由")!;
        c.StartSpecialProcedure(request.Procedure?.Trim() ?? "", reason, actor, ctx.Now, ctx.Today, ctx.Calendar);
        return CaseAction.StartSpecialProcedure;
    }

    internal static CaseAction EndSpecialProcedure(Case c, object? body, CaseActor actor, Context ctx)
    {
        c.Require(CaseAction.EndSpecialProcedure);
        c.EndSpecialProcedure(ApplicantActions.Note(Body<OpinionRequest>(body).Opinion, "opinion"), actor, ctx.Now, ctx.Today, ctx.Calendar);
        return CaseAction.EndSpecialProcedure;
    }

    internal static CaseAction RequestExtension(Case c, object? body, CaseActor actor, Context ctx)
    {
        var request = Body<ExtensionRequest>(body);
        c.Require(CaseAction.RequestExtension);
        var reason = ApplicantActions.Note(request.Reason, "reason", required: true, "请说明延期理由")!;
        c.RequestExtension(request.Days, reason, actor, ctx.Now);
        return CaseAction.RequestExtension;
    }

    internal static CaseAction ApproveExtension(Case c, object? body, CaseActor actor, Context ctx)
    {
        c.DecideExtension(true, ApplicantActions.Note(Body<OpinionRequest>(body).Opinion, "opinion"), actor, ctx.Now, ctx.Today, ctx.Calendar);
        return CaseAction.ApproveExtension;
    }

    internal static CaseAction RejectExtension(Case c, object? body, CaseActor actor, Context ctx)
    {
        c.DecideExtension(false, ApplicantActions.Note(Body<OpinionRequest>(body).Opinion, "opinion"), actor, ctx.Now, ctx.Today, ctx.Calendar);
        return CaseAction.RejectExtension;
    }

    internal static CaseAction ConfirmDeferred(Case c, object? body, CaseActor actor, Context ctx)
    {
        c.ConfirmDeferred(ctx.Index, actor, ctx.Now);
        return CaseAction.SupplyDeferred;
    }

    /// <summary>Loads the case for an approver of its department, runs one action on it, saves with its audit record.</summary>
    internal static async Task<(Case Case, Context Context)> ActAsync(long id, int? index, object? body,
        Func<Case, object?, CaseActor, Context, CaseAction> act, CasesDbContext db, DataScope scope, IWorkingCalendar calendar,
        TimeProvider time, CancellationToken ct)
    {
        var (c, _) = await CaseAccess.ForApproverAsync(db, scope, id, ct);
        var context = new Context(time.GetUtcNow().UtcDateTime, calendar.Today, await calendar.CurrentAsync(ct), index ?? -1);
        var action = act(c, body, CaseAccess.Actor(scope, Role.Approver), context);
        await CaseWrites.SaveAsync(db, c, action, c.History[^1].Detail, ct);
        return (c, context);
    }

    internal sealed record Context(DateTime Now, DateOnly Today, WorkingCalendar Calendar, int Index);

    private static T Body<T>(object? body) where T : class =>
        body as T ?? throw RequestValidationException.For("body", "请求内容不能为空", "validation");

    private static void Post(IEndpointRouteBuilder api, string pattern, string name, string summary,
        Func<Case, object?, CaseActor, Context, CaseAction> act, Type? bodyType)
    {
        async Task<IResult> Handle(long id, int? index, object? body, CasesDbContext db, DataScope scope, IWorkingCalendar calendar,
            TimeProvider time, CancellationToken ct)
        {
            var (c, context) = await ActAsync(id, index, body, act, db, scope, calendar, time, ct);
            return TypedResults.Ok(CaseView.Of(c, context.Calendar, context.Today));
        }

        var builder = bodyType switch
        {
            null => api.MapPost(pattern, (long id, int index, CasesDbContext db, DataScope scope, IWorkingCalendar calendar, TimeProvider time,
                CancellationToken ct) => Handle(id, index, null, db, scope, calendar, time, ct)),
            _ when bodyType == typeof(OpinionRequest) => api.MapPost(pattern, (long id, OpinionRequest body, CasesDbContext db, DataScope scope,
                IWorkingCalendar calendar, TimeProvider time, CancellationToken ct) => Handle(id, null, body, db, scope, calendar, time, ct)),
            _ when bodyType == typeof(SupplementRequestBody) => api.MapPost(pattern, (long id, SupplementRequestBody body, CasesDbContext db,
                DataScope scope, IWorkingCalendar calendar, TimeProvider time, CancellationToken ct) => Handle(id, null, body, db, scope, calendar, time, ct)),
            _ when bodyType == typeof(SpecialProcedureRequest) => api.MapPost(pattern, (long id, SpecialProcedureRequest body, CasesDbContext db,
                DataScope scope, IWorkingCalendar calendar, TimeProvider time, CancellationToken ct) => Handle(id, null, body, db, scope, calendar, time, ct)),
            _ => api.MapPost(pattern, (long id, ExtensionRequest body, CasesDbContext db, DataScope scope, IWorkingCalendar calendar,
                TimeProvider time, CancellationToken ct) => Handle(id, null, body, db, scope, calendar, time, ct)),
        };
        builder.WithName(name).WithSummary(summary).ProducesProblem(400).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
    }

    /// <summary>决定; a part's decision also moves its bundle's main case, in the same transaction.</summary>
    /// <summary>
    /// 决定. The parts of a bundle are decided by different departments at the same time, and each decision also
    /// writes the main case: when the only conflict was on the main case (this part is as the approver saw it), the
    /// decision is taken again on the fresh main case instead of refusing a decision nobody else touched.
    /// </summary>
    public static async Task<Case> DecideAsync(long id, DecideRequest request, CasesDbContext db, DataScope scope,
        IWorkingCalendar calendar, TimeProvider time, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var seen = new int[1];
            try
            {
                return await DecideOnceAsync(id, request, db, scope, calendar, time, seen, ct);
            }
            catch (BusinessRuleException e) when (e.Code == "case.changed" && attempt < 5 && seen[0] > 0)
            {
                db.ChangeTracker.Clear();
                if (!await db.Cases.AsNoTracking().AnyAsync(c => c.Id == id && c.ParentId != null && c.Revision == seen[0], ct)) throw;
            }
        }
    }

    private static async Task<Case> DecideOnceAsync(long id, DecideRequest request, CasesDbContext db, DataScope scope,
        IWorkingCalendar calendar, TimeProvider time, int[] seen, CancellationToken ct)
    {
        var (c, _) = await CaseAccess.ForApproverAsync(db, scope, id, ct);
        seen[0] = c.Revision;
        c.Require(CaseAction.Decide);
        var decision = request.Decision?.Trim() switch
        {
            "Granted" or "准予" => Decision.Granted,
            "Denied" or "不予" => Decision.Denied,
            _ => throw RequestValidationException.For("decision", "请选择准予或不予", "case.invalid-decision"),
        };
        var reason = ApplicantActions.Note(request.Reason, "reason", required: decision == Decision.Denied, "不予许可须说明理由");
        var now = time.GetUtcNow().UtcDateTime;
        var cal = await calendar.CurrentAsync(ct);
        c.Decide(decision, reason, CaseAccess.Actor(scope, Role.Approver), now, calendar.Today, cal);
        if (c.ParentId is { } parentId)
        {
            var main = await CaseAccess.LoadAsync(db, parentId, acting: true, ct);
            var parts = await db.Cases.Where(p => p.ParentId == parentId).ToListAsync(ct);
            main.PartDecided(c, parts, now, calendar.Today);
            main.RecomputeDueDates(cal, calendar.Today, parts);
        }
        await CaseWrites.SaveAsync(db, c, CaseAction.Decide, decision == Decision.Granted ? "准予" : "不予", ct);
        return c;
    }
}
