using OneStop.Cases.Domain;
using OneStop.Platform.Audit;

namespace OneStop.Cases;

/// <summary>The case module's words for the audit trail (its actions, records, fields and coded values).</summary>
internal static class CaseAuditWords
{
    // First: the words below name history entries' actions by these (static fields are set in this order).
    private static readonly Dictionary<string, string> ActionNames = new()
    {
        ["demo.seed-cases"] = "写入演示办件",
        ["case.save-draft"] = "保存申请草稿",
        ["case.attach-file"] = "上传申请材料",
        ["case.submit"] = "提交申请",
        ["case.withdraw"] = "撤回申请",
        ["case.request-supplement"] = "一次性告知补正",
        ["case.answer-supplement"] = "提交补正材料",
        ["case.accept"] = "受理",
        ["case.accept-with-deferred"] = "容缺受理",
        ["case.accept-immediately"] = "受理并当场办结",
        ["case.refuse"] = "不予受理",
        ["case.supply-deferred"] = "确认容缺材料已补交",
        ["case.complete-step"] = "完成审查环节",
        ["case.request-review-supplement"] = "审查中要求补正",
        ["case.answer-review-supplement"] = "提交审查补正材料",
        ["case.start-special-procedure"] = "启动特别程序",
        ["case.end-special-procedure"] = "结束特别程序",
        ["case.request-extension"] = "申请延期",
        ["case.approve-extension"] = "批准延期",
        ["case.reject-extension"] = "不批准延期",
        ["case.decide"] = "作出审批决定",
        ["case.auto-decide"] = "秒批自动办结",
        ["case.part-decided"] = "一件事子件办结",
        ["case.view-personal-data"] = "查看办件完整个人信息",
    };

    public static readonly AuditWords Words = new()
    {
        Actions = ActionNames,
        Records = new Dictionary<string, string> { ["Case"] = "办件", ["CaseEvent"] = "办件记录", ["CaseNumberCounter"] = "办件编号" },
        RecordFields = new Dictionary<string, string>
        {
            ["Case.Number"] = "办件编号", ["Case.Kind"] = "办件类型", ["Case.Fields"] = "申请表单", ["Case.Item"] = "事项",
            ["Case.Applicant"] = "申请人", ["CaseEvent.Sequence"] = "序号", ["CaseEvent.Detail"] = "说明",
        },
        // The fields of a case, its history, materials, steps and clock; a case keeps the published item it was applied
        // for ("Item"), whose fields are named in the catalog's item editor's words.
        Fields = new Dictionary<string, string>
        {
            ["State"] = "办件状态", ["AcceptedOn"] = "受理日期", ["SubmittedAt"] = "提交时间",
            ["StatutoryDueDate"] = "法定办结期限", ["PromisedDueDate"] = "承诺办结期限", ["StepDueDate"] = "当前环节期限",
            ["DeferredDueDate"] = "容缺材料补交期限", ["DecidedAt"] = "决定时间", ["Decision"] = "审批结果",
            ["DecisionReason"] = "决定理由", ["RefusalReason"] = "不予受理理由", ["DecidedByRule"] = "秒批规则",
            ["FileBytes"] = "材料总大小（字节）", ["Materials"] = "申请材料", ["Steps"] = "办理环节", ["Pauses"] = "特别程序",
            ["Extensions"] = "延期", ["Supplement"] = "补正通知", ["Files"] = "文件", ["FileName"] = "文件名", ["Size"] = "大小（字节）",
            ["Sha256"] = "文件指纹", ["UploadedAt"] = "上传时间", ["Required"] = "必交", ["Deferrable"] = "可容缺",
            ["NeededBy"] = "所需事项", ["Bytes"] = "大小（字节）", ["Index"] = "序号", ["LimitDays"] = "时限（工作日）",
            ["StartedOn"] = "开始日期", ["DueDate"] = "期限", ["CompletedAt"] = "完成时间", ["CompletedBy"] = "完成人",
            ["Opinion"] = "意见", ["Action"] = "操作", ["ActorId"] = "操作人账号", ["ActorName"] = "操作人", ["ActorRole"] = "操作角色",
            ["At"] = "时间", ["Attachments"] = "附件", ["CaseId"] = "办件", ["From"] = "原状态", ["To"] = "新状态",
            ["Sequence"] = "序号", ["ItemId"] = "事项", ["ItemName"] = "事项名称", ["ItemCode"] = "事项编码", ["ItemVersionId"] = "事项版本",
            ["ApplicantAccountId"] = "申请人账号", ["ApplicantIdTail"] = "证件号码后六位", ["Channel"] = "申请渠道", ["ParentId"] = "主件",
            ["BundleId"] = "一件事", ["Bundle"] = "一件事", ["Items"] = "补正事项", ["Material"] = "材料", ["Problem"] = "问题", ["Note"] = "说明",
            ["RequestedAt"] = "提出时间", ["RequestedOn"] = "提出日期", ["RequestedBy"] = "提出人", ["DuringReview"] = "审查中提出",
            ["AnsweredOn"] = "答复日期", ["Changed"] = "申请人已修改", ["Procedure"] = "程序", ["StartedAt"] = "开始时间", ["EndedAt"] = "结束时间",
            ["EndedOn"] = "结束日期", ["Days"] = "天数（工作日）", ["Start"] = "开始日期", ["End"] = "结束日期",
            ["DecidedBy"] = "决定人", ["IdNumber"] = "证件号码", ["Type"] = "类型", ["Day"] = "日期", ["Last"] = "最后编号",
        },
        Values = new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["State"] = AuditWords.Names<CaseState>(s => s.Chinese()),
            ["From"] = AuditWords.Names<CaseState>(s => s.Chinese()),
            ["To"] = AuditWords.Names<CaseState>(s => s.Chinese()),
            // Materials', steps' and extensions' statuses share the name "Status" and none of their values.
            ["Status"] = AuditWords.Names<MaterialStatus>(s => s.Chinese())
                .Concat(AuditWords.Names<StepStatus>(s => s.Chinese()))
                .Concat(AuditWords.Names<ExtensionStatus>(s => s.Chinese()))
                .ToDictionary(),
            ["Decision"] = AuditWords.Names<Decision>(d => d.Chinese()),
            ["Channel"] = AuditWords.Names<CaseChannel>(c => c.Chinese()),
            ["Kind"] = AuditWords.Names<CaseKind>(k => k.Chinese())
                .Concat(new Dictionary<string, string> { [nameof(PauseKind.Supplement)] = "补正", [nameof(PauseKind.SpecialProcedure)] = "特别程序" })
                .ToDictionary(),
            // A history entry's action by its audit action's name: AcceptWithDeferred → case.accept-with-deferred → 容缺受理.
            ["Action"] = Enum.GetValues<CaseAction>().ToDictionary(a => a.ToString(), a => ActionNames[Persistence.CaseWrites.AuditAction(a)]),
        },
    };
}
