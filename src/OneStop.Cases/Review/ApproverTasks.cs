using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneStop.Cases.Domain;
using OneStop.Cases.Persistence;
using OneStop.Cases.Reading;
using OneStop.Platform.Calendar;
using OneStop.Platform.Errors;
using OneStop.Platform.Security;

namespace OneStop.Cases.Review;

/// <summary>
/// 本部门待办 (list=mine) / 即将到期 / 已超期: the open (sub-)cases routed to the approver's department, by the current step's
/// due date. "Due soon" = due within the next 3 working days.
/// </summary>
public static class ApproverTasks
{
    public const int DueSoonWorkdays = 3;

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/cases/tasks", async (string? list, int? page, string? q, CasesDbContext db, DataScope scope, IWorkingCalendar calendar,
                CancellationToken ct) =>
                TypedResults.Ok(await ListAsync(list, CasePage.Number(page), q, db, scope, calendar, ct)))
            .WithName("ApproverTasks")
            .WithSummary("审批待办：list=mine（全部待办）、due-soon（3 个工作日内到期）、overdue（已超期）；q 按办件编号或事项名称查找；page 页码，每页 20 件")
            .ProducesProblem(400).ProducesProblem(403);

    public static async Task<CasePage> ListAsync(string? list, int page, string? q, CasesDbContext db, DataScope scope,
        IWorkingCalendar calendar, CancellationToken ct)
    {
        if (!(await QueriesAsync(db, scope, calendar, ct)).TryGetValue(list ?? "mine", out var query))
            throw RequestValidationException.For("list", "list 只能是 mine、due-soon 或 overdue", "case.invalid-list");
        // Cases without a step due date last on both providers (SQLite sorts NULL first, PostgreSQL last).
        return await CasePage.ReadAsync(CasePage.Matching(query, q),
            cases => cases.OrderBy(c => c.StepDueDate == null).ThenBy(c => c.StepDueDate), page, calendar.Today, ct);
    }

    /// <summary>How many cases each list holds, for the tabs (the same filters as <see cref="ListAsync"/>).</summary>
    public static async Task<IReadOnlyDictionary<string, int>> CountsAsync(CasesDbContext db, DataScope scope, IWorkingCalendar calendar,
        CancellationToken ct)
    {
        var counts = new Dictionary<string, int>();
        foreach (var (list, query) in await QueriesAsync(db, scope, calendar, ct)) counts[list] = await query.CountAsync(ct);
        return counts;
    }

    /// <summary>Each list's filter over the department's open cases.</summary>
    private static async Task<Dictionary<string, IQueryable<Case>>> QueriesAsync(CasesDbContext db, DataScope scope,
        IWorkingCalendar calendar, CancellationToken ct)
    {
        var staff = scope.Staff(Role.Approver);
        var today = calendar.Today;
        var open = db.Cases.AsNoTracking().Where(c => c.DepartmentId == staff.DepartmentId && c.Kind != CaseKind.Bundle
            && (c.State == CaseState.InReview || c.State == CaseState.ReviewSupplement || c.State == CaseState.SpecialProcedure));
        var soon = (await calendar.AddWorkdaysAsync(today, DueSoonWorkdays, ct)).Date;
        return new()
        {
            ["mine"] = open,
            ["due-soon"] = open.Where(c => c.State == CaseState.InReview && c.StepDueDate >= today && c.StepDueDate <= soon),
            ["overdue"] = open.Where(c => c.State == CaseState.InReview && c.StepDueDate < today),
        };
    }
}
