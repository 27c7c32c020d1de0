namespace OneStop.Cases.Domain;

/// <summary>
/// Where a case stands. The allowed moves between these are one table, <see cref="CaseTransitions"/>; the
/// history records every move.
/// </summary>
public enum CaseState
{
    /// <summary>草稿: the applicant is still filling it in; no number yet.</summary>
    Draft,
    /// <summary>待预审: submitted, waiting for a window clerk.</summary>
    Submitted,
    /// <summary>待补正: the clerk asked for missing materials once (一次性告知); not yet accepted, no clock.</summary>
    AwaitingSupplement,
    /// <summary>不予受理 (final).</summary>
    Refused,
    /// <summary>审查中: accepted; the department works through the item's steps; the clock runs.</summary>
    InReview,
    /// <summary>审查中补正: the approver asked for more; the clock stops until the applicant answers.</summary>
    ReviewSupplement,
    /// <summary>特别程序: 听证, 检验检测, 专家评审, 现场勘验; those days are not counted.</summary>
    SpecialProcedure,
    /// <summary>已办结（待出件）: decided (granted or denied); waits for its result to be issued.</summary>
    Decided,
    /// <summary>已撤回 (final): the applicant withdrew it before acceptance.</summary>
    Withdrawn,
}

public static class CaseStateLabels
{
    public static string Chinese(this CaseState state) => state switch
    {
        CaseState.Draft => "草稿",
        CaseState.Submitted => "待预审",
        CaseState.AwaitingSupplement => "待补正",
        CaseState.Refused => "不予受理",
        CaseState.InReview => "审查中",
        CaseState.ReviewSupplement => "审查中补正",
        CaseState.SpecialProcedure => "特别程序中",
        CaseState.Decided => "已办结",
        CaseState.Withdrawn => "已撤回",
        _ => "未知",
    };

    /// <summary>"pre-review" style names for error codes (case.not-in-pre-review).</summary>
    public static string Kebab(this CaseState state) => state switch
    {
        CaseState.Draft => "draft",
        CaseState.Submitted => "pre-review",
        CaseState.AwaitingSupplement => "supplement",
        CaseState.Refused => "refused",
        CaseState.InReview => "review",
        CaseState.ReviewSupplement => "review-supplement",
        CaseState.SpecialProcedure => "special-procedure",
        CaseState.Decided => "decided",
        CaseState.Withdrawn => "withdrawn",
        _ => "unknown",
    };
}
