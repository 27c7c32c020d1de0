using OneStop.Platform.Errors;

namespace OneStop.Cases.Domain;

/// <summary>
/// The state table: every action and the states it may be taken in, with the state it leads to. Nothing else
/// moves a case (ADR 0015). An action outside this table is refused with 409 and a code naming the state the case
/// would have to be in (case.not-in-pre-review) or, when several would do, the action (case.cannot-decide).
/// </summary>
public static class CaseTransitions
{
    public sealed record Transition(CaseState From, CaseAction Action, CaseState To);

    public static IReadOnlyList<Transition> All { get; } =
    [
        new(CaseState.Draft, CaseAction.SaveDraft, CaseState.Draft),
        new(CaseState.Draft, CaseAction.Submit, CaseState.Submitted),
        // Files come in while the applicant fills in, answers a supplement or supplies a deferred (容缺) material.
        new(CaseState.Draft, CaseAction.AttachFile, CaseState.Draft),
        // Before acceptance a 一次性告知 may ask to correct the form or replace a wrong file: the applicant edits both.
        new(CaseState.AwaitingSupplement, CaseAction.SaveDraft, CaseState.AwaitingSupplement),
        new(CaseState.AwaitingSupplement, CaseAction.AttachFile, CaseState.AwaitingSupplement),
        new(CaseState.ReviewSupplement, CaseAction.AttachFile, CaseState.ReviewSupplement),
        new(CaseState.InReview, CaseAction.AttachFile, CaseState.InReview),
        new(CaseState.SpecialProcedure, CaseAction.AttachFile, CaseState.SpecialProcedure),
        // 容缺后补 does not end with the decision: a deferred material still comes in by its due date (ADR 0015).
        new(CaseState.Decided, CaseAction.AttachFile, CaseState.Decided),
        new(CaseState.Draft, CaseAction.Withdraw, CaseState.Withdrawn),
        new(CaseState.Submitted, CaseAction.Withdraw, CaseState.Withdrawn),
        new(CaseState.AwaitingSupplement, CaseAction.Withdraw, CaseState.Withdrawn),

        // 预审: the clerk accepts, accepts with deferred materials, asks once for what is missing, or refuses.
        new(CaseState.Submitted, CaseAction.Accept, CaseState.InReview),
        new(CaseState.Submitted, CaseAction.AcceptWithDeferred, CaseState.InReview),
        // 即办件: decided on the spot at acceptance.
        new(CaseState.Submitted, CaseAction.AcceptImmediately, CaseState.Decided),
        new(CaseState.Submitted, CaseAction.RequestSupplement, CaseState.AwaitingSupplement),
        new(CaseState.Submitted, CaseAction.Refuse, CaseState.Refused),
        new(CaseState.AwaitingSupplement, CaseAction.AnswerSupplement, CaseState.Submitted),
        // 秒批: accepted and decided in one step when the item's rule holds.
        new(CaseState.Submitted, CaseAction.AutoDecide, CaseState.Decided),

        // 审查: steps, 容缺 materials coming in, supplement with the clock stopped, special procedures, extension.
        new(CaseState.InReview, CaseAction.CompleteStep, CaseState.InReview),
        new(CaseState.InReview, CaseAction.SupplyDeferred, CaseState.InReview),
        new(CaseState.ReviewSupplement, CaseAction.SupplyDeferred, CaseState.ReviewSupplement),
        new(CaseState.SpecialProcedure, CaseAction.SupplyDeferred, CaseState.SpecialProcedure),
        new(CaseState.Decided, CaseAction.SupplyDeferred, CaseState.Decided),
        new(CaseState.InReview, CaseAction.RequestReviewSupplement, CaseState.ReviewSupplement),
        new(CaseState.ReviewSupplement, CaseAction.AnswerReviewSupplement, CaseState.InReview),
        new(CaseState.InReview, CaseAction.StartSpecialProcedure, CaseState.SpecialProcedure),
        new(CaseState.SpecialProcedure, CaseAction.EndSpecialProcedure, CaseState.InReview),
        new(CaseState.InReview, CaseAction.RequestExtension, CaseState.InReview),
        new(CaseState.InReview, CaseAction.ApproveExtension, CaseState.InReview),
        new(CaseState.InReview, CaseAction.RejectExtension, CaseState.InReview),
        new(CaseState.InReview, CaseAction.Decide, CaseState.Decided),
        // A bundle's main case is decided when its last part is.
        new(CaseState.InReview, CaseAction.PartDecided, CaseState.InReview),
        new(CaseState.InReview, CaseAction.AutoDecide, CaseState.Decided),
    ];

    private static readonly Dictionary<(CaseState, CaseAction), CaseState> Table =
        All.ToDictionary(t => (t.From, t.Action), t => t.To);

    public static bool IsAllowed(CaseState from, CaseAction action) => Table.ContainsKey((from, action));

    /// <summary>The state <paramref name="action"/> leads to from <paramref name="from"/>, or the 409 that refuses it.</summary>
    public static CaseState Next(CaseState from, CaseAction action)
    {
        if (Table.TryGetValue((from, action), out var to)) return to;
        throw Refusal(from, action);
    }

    public static DomainException Refusal(CaseState from, CaseAction action)
    {
        var allowedFrom = All.Where(t => t.Action == action).Select(t => t.From).Distinct().ToList();
        var code = allowedFrom.Count == 1 ? $"case.not-in-{allowedFrom[0].Kebab()}" : $"case.cannot-{action.Kebab()}";
        var where = string.Join("、", allowedFrom.Select(s => $"“{s.Chinese()}”"));
        return new BusinessRuleException(code, $"办件当前状态为“{from.Chinese()}”，不能{action.Chinese()}",
            $"只有状态为{where}的办件才能{action.Chinese()}。");
    }
}
