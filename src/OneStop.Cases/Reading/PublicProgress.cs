using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneStop.Cases.Domain;
using OneStop.Cases.Persistence;
using OneStop.Platform.Calendar;
using OneStop.Platform.Errors;
using OneStop.Platform.Security.RateLimiting;

namespace OneStop.Cases.Reading;

public sealed record ProgressView(string Number, string ItemName, string DepartmentName, string ApplicantName, string StateLabel,
    DateTimeOffset? SubmittedAt, DateOnly? AcceptedOn, DateOnly? PromisedDueDate, DateOnly? StatutoryDueDate, DateTimeOffset? DecidedAt,
    string? DecisionLabel, IReadOnlyList<ProgressStep> History, IReadOnlyList<ProgressPart> Parts);

public sealed record ProgressStep(DateTimeOffset At, string ActionLabel, string StateLabel);

public sealed record ProgressPart(string ItemName, string DepartmentName, string StateLabel, string? DecisionLabel);

/// <summary>
/// 办件进度查询, for anyone holding the case number and the last 6 characters of the applicant's ID number: what
/// stage it is at, not who handled it nor what they wrote; the name masked. A wrong pair and an unknown number give
/// the same answer, and the lookup shares the public search's rate limit.
/// </summary>
public static class PublicProgress
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/cases/progress", async (string? number, string? idTail, CasesDbContext db, ProgressGuesses guesses, CancellationToken ct) =>
                TypedResults.Ok(await FindAsync(number, idTail, db, guesses, ct)))
            .AllowAnonymous().RequireRateLimiting(RateLimits.Lookup)
            .WithName("CaseProgress").WithSummary("办件进度公开查询（办件编号 + 申请人证件号码后 6 位）")
            .ProducesProblem(400).ProducesProblem(404).ProducesProblem(429);

    public static async Task<ProgressView> FindAsync(string? number, string? idTail, CasesDbContext db, ProgressGuesses guesses,
        CancellationToken ct)
    {
        var v = new Validator();
        var n = v.Text("number", number, 40);
        var tail = v.Text("idTail", idTail, 6)?.ToUpperInvariant() ?? "";
        if (v.IsValid && tail.Length != 6) v.Add("idTail", "请输入申请人证件号码的后 6 位");
        v.ThrowIfInvalid("case.invalid-lookup");
        guesses.EnsureOpen(n!);
        var c = await db.Cases.AsNoTracking().Include(x => x.History).FirstOrDefaultAsync(x => x.Number == n, ct);
        if (c is null || !string.Equals(c.ApplicantIdTail, tail, StringComparison.OrdinalIgnoreCase))
        {
            guesses.Wrong(n!);
            throw new NotFoundException("case.not-found", "未找到该办件", "请核对办件编号和申请人证件号码后 6 位。");
        }
        var parts = c.Kind == CaseKind.Bundle
            ? await db.Cases.AsNoTracking().Where(p => p.ParentId == c.Id).OrderBy(p => p.Number).ToListAsync(ct)
            : [];
        return new ProgressView(c.Number!, c.ItemName, c.DepartmentName, MaskName(c.Applicant), c.State.Chinese(),
            CaseView.Beijing(c.SubmittedAt), c.AcceptedOn, c.PromisedDueDate, c.StatutoryDueDate, CaseView.Beijing(c.DecidedAt),
            c.Decision?.Chinese(),
            c.History.OrderBy(h => h.Sequence).Where(h => h.Action != CaseAction.SaveDraft)
                .Select(h => new ProgressStep(ChinaTime.ToBeijing(h.At), h.Action.Chinese(), h.To.Chinese())).ToList(),
            parts.Select(p => new ProgressPart(p.ItemName, p.DepartmentName, p.State.Chinese(), p.Decision?.Chinese())).ToList());
    }

    /// <summary>
    /// 张三 → 张*, 欧阳娜娜 → 欧***, 阿依古丽·买买提江 → 阿********: a person's name keeps its first character whatever its
    /// length; an enterprise's name is public (its credit code too) and stays.
    /// </summary>
    internal static string MaskName(Applicant applicant) =>
        applicant.Type == ApplicantType.Enterprise ? applicant.Name : MaskName(applicant.Name);

    /// <summary>A name whose applicant type is not at hand (the workbench lists): a company's by its ending.</summary>
    internal static string MaskName(string name) =>
        name.Length <= 1 || name.EndsWith("公司", StringComparison.Ordinal) ? name : name[0] + new string('*', name.Length - 1);
}
