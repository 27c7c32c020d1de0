namespace OneStop.Cases.Domain;

/// <summary>What someone does to a case; each is one history entry and one audit record.</summary>
public enum CaseAction
{
    SaveDraft, AttachFile, Submit, Withdraw,
    RequestSupplement, AnswerSupplement, Accept, AcceptWithDeferred, AcceptImmediately, Refuse,
    SupplyDeferred, CompleteStep, RequestReviewSupplement, AnswerReviewSupplement,
    StartSpecialProcedure, EndSpecialProcedure, RequestExtension, ApproveExtension, RejectExtension,
    Decide, AutoDecide, PartDecided,
}

public static class CaseActionLabels
{
    public static string Chinese(this CaseAction action) => action switch
    {
        CaseAction.SaveDraft => "保存草稿",
        CaseAction.AttachFile => "上传材料",
        CaseAction.Submit => "提交申请",
        CaseAction.Withdraw => "撤回申请",
        CaseAction.RequestSupplement => "一次性告知补正",
        CaseAction.AnswerSupplement => "提交补正材料",
        CaseAction.Accept => "受理",
        CaseAction.AcceptWithDeferred => "容缺受理",
        CaseAction.AcceptImmediately => "受理并当场办结（即办件）",
        CaseAction.Refuse => "不予受理",
        CaseAction.SupplyDeferred => "补交容缺材料",
        CaseAction.CompleteStep => "完成环节",
        CaseAction.RequestReviewSupplement => "审查中要求补正",
        CaseAction.AnswerReviewSupplement => "提交审查补正材料",
        CaseAction.StartSpecialProcedure => "启动特别程序",
        CaseAction.EndSpecialProcedure => "结束特别程序",
        CaseAction.RequestExtension => "申请延期",
        CaseAction.ApproveExtension => "批准延期",
        CaseAction.RejectExtension => "不批准延期",
        CaseAction.Decide => "作出决定",
        CaseAction.AutoDecide => "秒批自动办结",
        CaseAction.PartDecided => "子件办结",
        _ => "未知操作",
    };

    public static string Kebab(this CaseAction action) =>
        string.Concat(action.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
