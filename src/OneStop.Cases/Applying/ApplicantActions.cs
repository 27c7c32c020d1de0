using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OneStop.Cases.Domain;
using OneStop.Cases.Persistence;
using OneStop.Cases.Reading;
using OneStop.Platform.Calendar;
using OneStop.Platform.Errors;
using OneStop.Platform.Security;

namespace OneStop.Cases.Applying;

public sealed record NoteRequest(string? Note);

/// <summary>撤回 before acceptance; 提交补正 (the answer to a 一次性告知, before or during review).</summary>
public static class ApplicantActions
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/cases/{id:long}/withdraw", async (long id, NoteRequest request, CasesDbContext db, DataScope scope,
                IWorkingCalendar calendar, TimeProvider time, CancellationToken ct) =>
                TypedResults.Ok(await CaseViews.ForAsync(await WithdrawAsync(id, request, db, scope, time, ct), scope, calendar, ct)))
            .WithName("WithdrawApplication").WithSummary("撤回申请（受理前）").ProducesProblem(404).ProducesProblem(409);
        api.MapPost("/cases/{id:long}/supplement-answer", async (long id, NoteRequest request, CasesDbContext db, DataScope scope,
                IWorkingCalendar calendar, TimeProvider time, CancellationToken ct) =>
                TypedResults.Ok(await CaseViews.ForAsync(await AnswerSupplementAsync(id, request, db, scope, calendar, time, ct), scope, calendar, ct)))
            .WithName("AnswerSupplement").WithSummary("提交补正材料（答复一次性告知）").ProducesProblem(404).ProducesProblem(409);
    }

    public static async Task<Case> WithdrawAsync(long id, NoteRequest request, CasesDbContext db, DataScope scope, TimeProvider time,
        CancellationToken ct)
    {
        var (c, actor) = await FillingAccess.LoadAsync(db, scope, id, ct);
        c.Require(CaseAction.Withdraw);
        c.Withdraw(actor, time.GetUtcNow().UtcDateTime, Note(request.Note));
        await CaseWrites.SaveAsync(db, c, CaseAction.Withdraw, "撤回申请", ct);
        return c;
    }

    public static async Task<Case> AnswerSupplementAsync(long id, NoteRequest request, CasesDbContext db, DataScope scope,
        IWorkingCalendar calendar, TimeProvider time, CancellationToken ct)
    {
        var (c, actor) = await FillingAccess.LoadAsync(db, scope, id, ct);
        var now = time.GetUtcNow().UtcDateTime;
        c.AnswerSupplement(actor, now, Note(request.Note));
        c.RecomputeDueDates(await calendar.CurrentAsync(ct), calendar.Today);
        await CaseWrites.SaveAsync(db, c, c.State == CaseState.InReview ? CaseAction.AnswerReviewSupplement : CaseAction.AnswerSupplement,
            "提交补正材料", ct);
        return c;
    }

    internal static string? Note(string? text, string field = "note", bool required = false, string? requiredMessage = null)
    {
        var v = new Validator();
        var value = v.Text(field, text, CaseLimits.MaxOpinionLength, required);
        if (!v.IsValid && required && string.IsNullOrWhiteSpace(text) && requiredMessage is not null)
            throw RequestValidationException.For(field, requiredMessage, "case.reason-required");
        v.ThrowIfInvalid("case.invalid-text");
        return value.Length == 0 ? null : value;
    }
}
