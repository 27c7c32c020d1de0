using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneStop.Cases.Domain;
using OneStop.Cases.Persistence;
using OneStop.Cases.Reading;
using OneStop.Catalog.Items;
using OneStop.Platform.Calendar;
using OneStop.Platform.Security;

namespace OneStop.Cases.Applying;

/// <summary>
/// 提交: the case gets its number and goes to pre-review; under a 秒批 rule that holds it is accepted and decided at
/// once (the history names the rule), otherwise the history says which condition failed and a person takes it.
/// </summary>
public static class SubmitApplication
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/cases/{id:long}/submit", async (long id, CasesDbContext db, DataScope scope, IWorkingCalendar calendar,
                TimeProvider time, CancellationToken ct) =>
            {
                var c = await HandleAsync(id, db, scope, calendar, time, ct);
                return TypedResults.Ok(await CaseViews.ForAsync(c, scope, calendar, ct));
            })
            .WithName("SubmitApplication").WithSummary("提交申请（取得办件编号；符合秒批规则的当即办结）")
            .ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);

    public static async Task<Case> HandleAsync(long id, CasesDbContext db, DataScope scope, IWorkingCalendar calendar,
        TimeProvider time, CancellationToken ct)
    {
        var (c, actor) = await FillingAccess.LoadAsync(db, scope, id, ct);
        c.Require(CaseAction.Submit);
        var now = time.GetUtcNow().UtcDateTime;
        var today = ChinaTime.Today(time);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var number = await CaseNumbers.NextAsync(db, c.RegionCode, today, ct);
        c.Submit(number, actor, now);
        var summary = $"提交申请，办件编号 {number}";
        if (c.Kind == CaseKind.Single && c.Item!.AutoDecision is { } rule)
        {
            var outcome = rule.Evaluate(new RuleFacts(c.Fields.ToDictionary(f => f.Key, f => (string?)f.Value),
                c.Applicant.Type == ApplicantType.Citizen ? c.Applicant.IdNumber : null, ApplicantRegion(c), c.RegionCode, today));
            if (outcome.Holds)
            {
                c.AutoDecide(rule.Name, now, today, await calendar.CurrentAsync(ct));
                summary += $"；符合秒批规则“{rule.Name}”，自动办结";
            }
            else
            {
                c.NoteRuleNotMet(rule.Name, outcome.Failures, now);
            }
        }
        await CaseWrites.SaveAsync(db, c, c.State == CaseState.Decided ? CaseAction.AutoDecide : CaseAction.Submit, summary, ct);
        await tx.CommitAsync(ct);
        return c;
    }

    /// <summary>户籍地: the resident ID's area code (where the household was registered), the only fact the case holds.</summary>
    private static string? ApplicantRegion(Case c) =>
        c.Applicant.Type == ApplicantType.Citizen && c.Applicant.IdNumber.Length == 18 ? c.Applicant.IdNumber[..6] : null;
}
