using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneStop.Cases.Applying;
using OneStop.Cases.Domain;
using OneStop.Cases.Persistence;
using OneStop.Cases.Reading;
using OneStop.Platform.Calendar;
using OneStop.Platform.Errors;
using OneStop.Platform.Security;

namespace OneStop.Cases.PreReview;

public sealed record SupplementRequestBody(IReadOnlyList<SupplementItemBody>? Items, string? Note);
public sealed record SupplementItemBody(string? Material, string? Problem);
public sealed record ReasonRequest(string? Reason);

/// <summary>
/// 预审 at the comprehensive window: 受理 (or 容缺受理 when materials are marked to follow; 即办件 decided on the spot),
/// 一次性告知补正 listing everything missing at once, 不予受理 with reasons. A bundle's acceptance creates its parts
/// and dispatches them to their departments in the same transaction.
/// </summary>
public static class PreReviewActions
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/cases/{id:long}/accept", async (long id, NoteRequest request, CasesDbContext db, DataScope scope,
                IWorkingCalendar calendar, TimeProvider time, CancellationToken ct) =>
            {
                var (c, parts) = await AcceptAsync(id, request, db, scope, calendar, time, ct);
                return TypedResults.Ok(CaseView.Of(c, await calendar.CurrentAsync(ct), calendar.Today, parts));
            })
            .WithName("AcceptCase").WithSummary("受理（有容缺材料时为容缺受理；即办件当场办结）")
            .ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        api.MapPost("/cases/{id:long}/supplement", async (long id, SupplementRequestBody request, CasesDbContext db, DataScope scope,
                IWorkingCalendar calendar, TimeProvider time, CancellationToken ct) =>
            {
                var c = await RequestSupplementAsync(id, request, db, scope, calendar, time, ct);
                return TypedResults.Ok(CaseView.Of(c, await calendar.CurrentAsync(ct), calendar.Today));
            })
            .WithName("RequestSupplement").WithSummary("一次性告知补正（列出全部需补正的材料）")
            .ProducesProblem(400).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        api.MapPost("/cases/{id:long}/refuse", async (long id, ReasonRequest request, CasesDbContext db, DataScope scope,
                IWorkingCalendar calendar, TimeProvider time, CancellationToken ct) =>
            {
                var c = await RefuseAsync(id, request, db, scope, time, ct);
                return TypedResults.Ok(CaseView.Of(c, await calendar.CurrentAsync(ct), calendar.Today));
            })
            .WithName("RefuseCase").WithSummary("不予受理（须说明理由）")
            .ProducesProblem(400).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        api.MapGet("/cases/pre-review", async (string? list, int? page, string? q, CasesDbContext db, DataScope scope,
                IWorkingCalendar calendar, CancellationToken ct) =>
                TypedResults.Ok(await QueueAsync(list, CasePage.Number(page), q, db, scope, calendar, ct)))
            .WithName("PreReviewQueue")
            .WithSummary("待预审办件（本区划）：list=all（全部，默认）、pre-review（待预审）、supplement（待补正）；q 按办件编号或事项名称查找；page 页码，每页 20 件")
            .ProducesProblem(400).ProducesProblem(403);
    }

    public static async Task<(Case Case, IReadOnlyList<Case> Parts)> AcceptAsync(long id, NoteRequest request, CasesDbContext db,
        DataScope scope, IWorkingCalendar calendar, TimeProvider time, CancellationToken ct)
    {
        var (c, _) = await CaseAccess.ForClerkAsync(db, scope, id, ct);
        if (c.State != CaseState.Submitted) c.Require(CaseAction.Accept);
        var parts = c.Accept(CaseAccess.Actor(scope, Role.WindowClerk), time.GetUtcNow().UtcDateTime, calendar.Today,
            await calendar.CurrentAsync(ct), ApplicantActions.Note(request.Note));
        db.Cases.AddRange(parts);
        var action = c.History[^1].Action;
        await CaseWrites.SaveAsync(db, c, action, parts.Count > 0 ? $"一件事受理，并联分送 {parts.Count} 个部门" : action.Chinese(), ct);
        return (c, parts);
    }

    /// <summary>一次性告知补正: everything to correct in one notice.</summary>
    public static async Task<Case> RequestSupplementAsync(long id, SupplementRequestBody request, CasesDbContext db, DataScope scope,
        IWorkingCalendar calendar, TimeProvider time, CancellationToken ct)
    {
        var (c, _) = await CaseAccess.ForClerkAsync(db, scope, id, ct);
        c.Require(CaseAction.RequestSupplement);
        c.RequestSupplement(Items(request), ApplicantActions.Note(request.Note), CaseAccess.Actor(scope, Role.WindowClerk),
            time.GetUtcNow().UtcDateTime, calendar.Today);
        await CaseWrites.SaveAsync(db, c, CaseAction.RequestSupplement, $"一次性告知补正 {c.Supplement!.Items.Count} 项", ct);
        return c;
    }

    public static async Task<Case> RefuseAsync(long id, ReasonRequest request, CasesDbContext db, DataScope scope, TimeProvider time,
        CancellationToken ct)
    {
        var (c, _) = await CaseAccess.ForClerkAsync(db, scope, id, ct);
        c.Require(CaseAction.Refuse);
        var reason = ApplicantActions.Note(request.Reason, "reason", required: true, "不予受理须说明理由")!;
        c.Refuse(reason, CaseAccess.Actor(scope, Role.WindowClerk), time.GetUtcNow().UtcDateTime);
        await CaseWrites.SaveAsync(db, c, CaseAction.Refuse, "不予受理", ct);
        return c;
    }

    /// <summary>The queue's lists: 待预审 and 待补正 together, or each alone.</summary>
    public static readonly IReadOnlyList<string> Lists = ["all", "pre-review", "supplement"];

    /// <summary>
    /// 待预审 of the clerk's region (and 待补正), the one waiting longest first, a page at a time; <paramref name="q"/> finds
    /// a case by part of its number or item name.
    /// </summary>
    public static async Task<CasePage> QueueAsync(string? list, int page, string? q, CasesDbContext db, DataScope scope,
        IWorkingCalendar calendar, CancellationToken ct) =>
        await CasePage.ReadAsync(CasePage.Matching(Queue(list, db, scope), q), cases => cases.OrderBy(c => c.SubmittedAt), page,
            calendar.Today, ct);

    /// <summary>How many cases each list of the queue holds, for the tabs.</summary>
    public static async Task<IReadOnlyDictionary<string, int>> CountsAsync(CasesDbContext db, DataScope scope, CancellationToken ct)
    {
        var counts = new Dictionary<string, int>();
        foreach (var list in Lists) counts[list] = await Queue(list, db, scope).CountAsync(ct);
        return counts;
    }

    private static IQueryable<Case> Queue(string? list, CasesDbContext db, DataScope scope)
    {
        var staff = scope.Staff(Role.WindowClerk);
        var region = db.Cases.AsNoTracking().Where(c => c.RegionCode == staff.Region && c.Kind != CaseKind.BundlePart);
        return (list ?? "all") switch
        {
            "all" => region.Where(c => c.State == CaseState.Submitted || c.State == CaseState.AwaitingSupplement),
            "pre-review" => region.Where(c => c.State == CaseState.Submitted),
            "supplement" => region.Where(c => c.State == CaseState.AwaitingSupplement),
            _ => throw RequestValidationException.For("list", "list 只能是 all、pre-review 或 supplement", "case.invalid-list"),
        };
    }

    internal static IReadOnlyList<SupplementItem> Items(SupplementRequestBody request)
    {
        var v = new Validator();
        var items = new List<SupplementItem>();
        var list = request.Items ?? [];
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is null)
            {
                v.Add($"items[{i}]", "补正事项不能为空");
                continue;
            }
            var material = v.Text($"items[{i}].material", list[i].Material, 200);
            var problem = v.Text($"items[{i}].problem", list[i].Problem, 500);
            items.Add(new SupplementItem(material, problem));
        }
        if (list.Count == 0) v.Add("items", "请列出需要补正的全部材料或事项", "case.supplement-empty");
        if (list.Count > 50) v.Add("items", "补正事项不能超过 50 项");
        v.ThrowIfInvalid("case.invalid-supplement");
        return items;
    }
}
