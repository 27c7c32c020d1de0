namespace OneStop.Platform.Audit;

/// <summary>
/// The Chinese words people read in the trail: action names, record types, field names. A new action written
/// with <c>db.Audit</c> needs a name here (a test checks every action in the source has one).
/// </summary>
internal static class AuditVocabulary
{
    public static readonly IReadOnlyDictionary<string, string> Actions = new Dictionary<string, string>
    {
        ["auth.sign-in"] = "登录",
        ["auth.sign-in-failed"] = "登录失败",
        ["auth.sign-out"] = "退出登录",
        ["account.register-citizen"] = "自然人注册",
        ["account.register-enterprise"] = "法人注册",
        ["account.create-staff"] = "新建工作人员账号",
        ["account.unlock"] = "解除账号锁定",
        ["account.disable"] = "停用账号",
        ["account.enable"] = "启用账号",
        ["account.change-password"] = "修改密码",
        ["account.update-profile"] = "维护档案",
        ["account.reset-password"] = "重置密码",
        ["account.change-roles"] = "调整角色",
        ["account.create-admin"] = "创建首个系统管理员",
        ["department.create"] = "新建部门",
        ["region.seed"] = "载入行政区划",
        ["region.import-towns"] = "导入乡镇街道",
        ["calendar.change-day"] = "调整工作日历",
        ["calendar.reset-day"] = "恢复官方日历",
        ["demo.seed"] = "写入演示数据",
        ["demo.seed-catalog"] = "写入演示事项目录",
        ["demo.seed-cases"] = "写入演示办件",
        ["demo.seed-knowledge"] = "写入演示知识库",
        ["demo.seed-dispatch"] = "写入演示派单目录",
        ["hotline.knowledge-create"] = "编写知识",
        ["hotline.knowledge-edit"] = "修改知识",
        ["hotline.knowledge-submit"] = "提交知识审核",
        ["hotline.knowledge-approve"] = "审核发布知识",
        ["hotline.knowledge-return"] = "退回知识修改",
        ["hotline.knowledge-withdraw"] = "下线知识",
        ["hotline.dispatch-rule-create"] = "新建派单规则",
        ["hotline.dispatch-rule-update"] = "修改派单规则",
        ["hotline.dispatch-rule-delete"] = "删除派单规则",
        ["catalog.create"] = "新建事项",
        ["catalog.start-draft"] = "新建事项草稿",
        ["catalog.edit-draft"] = "修改事项草稿",
        ["catalog.publish"] = "发布事项",
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
        ["catalog.retire"] = "停止实施事项",
        ["catalog.import"] = "导入事项目录",
        ["catalog.derive-local"] = "派生本地事项",
        ["catalog.change-variation"] = "修改本地差异",
        ["catalog.edit-synonyms"] = "修改搜索同义词",
        ["catalog.search-counts"] = "记录热门搜索次数",
        ["catalog.map-department"] = "对应实施部门",
        ["catalog.resolve-departments"] = "重新匹配实施部门",
        ["bundle.create"] = "新建一件事",
        ["bundle.edit"] = "修改一件事",
        ["bundle.publish"] = "发布一件事",
        ["bundle.retire"] = "停用一件事",
        ["hotline.demo.seed"] = "写入演示工单",
        ["hotline.import-messages"] = "导入留言板留言",
        ["hotline.ticket.register"] = "登记诉求",
        ["hotline.public.request-code"] = "发送手机验证码",
        ["hotline.public.wrong-code"] = "手机验证码错误",
        ["sms.queue"] = "短信进入发送队列",
        ["hotline.ticket.close-directly"] = "直接办结",
        ["hotline.ticket.hand-over"] = "紧急移交",
        ["hotline.ticket.dispatch"] = "派单",
        ["hotline.ticket.sign"] = "签收工单",
        ["hotline.ticket.request-return"] = "申请退单",
        ["hotline.ticket.approve-return"] = "同意退单",
        ["hotline.ticket.reject-return"] = "驳回退单",
        ["hotline.ticket.request-extension"] = "申请工单延期",
        ["hotline.ticket.approve-extension"] = "同意工单延期",
        ["hotline.ticket.reject-extension"] = "驳回工单延期",
        ["hotline.ticket.co-handler-opinion"] = "填写协办意见",
        ["hotline.ticket.urge"] = "督办工单",
        ["hotline.ticket.reply"] = "答复工单",
        ["hotline.ticket.record-callback"] = "回访诉求人",
        ["hotline.ticket.reopen"] = "工单重办",
        ["hotline.ticket.escalate"] = "转电子监察督办",
        ["hotline.ticket.close"] = "工单办结",
        ["hotline.ticket.supervisor-close"] = "电子监察结案",
        ["hotline.ticket.reassign"] = "重新交办",
        ["hotline.ticket.attach-request"] = "诉求并入工单",
        ["hotline.ticket.merge-into"] = "工单并入他单",
        ["hotline.ticket.absorb-ticket"] = "并单",
        ["hotline.ticket.detach-request"] = "拆出诉求",
        ["hotline.ticket.split"] = "拆单",
        ["data.change"] = "数据变更",
    };

    public static string ActionName(string code) => Actions.TryGetValue(code, out var name) ? name : "其他操作";

    private static readonly Dictionary<string, string> Entities = new()
    {
        ["Account"] = "账号", ["Department"] = "部门", ["Region"] = "行政区划", ["CalendarOverride"] = "日历调整",
        ["ServiceItem"] = "事项", ["ServiceItemVersion"] = "事项版本", ["Bundle"] = "一件事", ["CatalogSetting"] = "目录设置",
        ["Ticket"] = "工单", ["HotlineRequest"] = "诉求", ["TicketEvent"] = "工单记录", ["RequestNumberCounter"] = "诉求编号",
        ["Case"] = "办件", ["CaseEvent"] = "办件记录", ["CaseNumberCounter"] = "办件编号",
    };

    public static string EntityName(string type) => Entities.TryGetValue(type, out var name) ? name : "数据";

    public static string OperationName(string op) => op switch
    {
        "Added" => "新增", "Modified" => "修改", "Deleted" => "删除", _ => "变更",
    };

    private static readonly Dictionary<string, string> Fields = new()
    {
        ["Code"] = "代码", ["Content"] = "内容", ["CreatedAt"] = "创建时间", ["CreditCode"] = "统一社会信用代码",
        ["Date"] = "日期", ["DepartmentId"] = "部门", ["DepartmentName"] = "部门名称", ["Description"] = "说明",
        ["DisplayName"] = "姓名/名称", ["FailedSignIns"] = "连续登录失败次数", ["GeneralItemId"] = "通用事项",
        ["ImplementationCode"] = "实施编码", ["IsDisabled"] = "已停用", ["IsOffDay"] = "休息日", ["ItemId"] = "事项",
        ["ItemIds"] = "包含事项", ["Key"] = "键", ["Kind"] = "类型", ["Level"] = "层级", ["LockedUntil"] = "锁定至",
        ["Name"] = "名称", ["Number"] = "版本号", ["ParentCode"] = "上级区划", ["PasswordHash"] = "密码",
        ["Phone"] = "手机号码", ["PromisedLimitDays"] = "承诺时限（工作日）", ["PublishedAt"] = "发布时间",
        ["Reason"] = "原因", ["RegionCode"] = "区划代码", ["ResidentId"] = "身份证号码", ["Roles"] = "角色",
        ["ShortName"] = "简称", ["Source"] = "来源", ["Status"] = "状态", ["UserName"] = "用户名",
        ["ValidFrom"] = "生效日期", ["ValidTo"] = "停止日期", ["Value"] = "值", ["Variation"] = "本地差异",
        ["SecurityStamp"] = "安全戳", ["MustChangePassword"] = "须修改密码", ["Version"] = "并发版本",
    };

    /// <summary>Names a field that means something else in one record type ("Number" of a case is its 办件编号).</summary>
    private static readonly Dictionary<string, string> EntityFields = new()
    {
        ["Case.Number"] = "办件编号", ["Case.Kind"] = "办件类型", ["Case.Fields"] = "申请表单", ["Case.Item"] = "事项",
        ["Case.Applicant"] = "申请人", ["CaseEvent.Sequence"] = "序号", ["CaseEvent.Detail"] = "说明",
    };

    // The fields of cases (办件, its history, materials, steps, clock) as the trail names them.
    private static readonly Dictionary<string, string> CaseFields = new()
    {
        ["State"] = "办件状态", ["Revision"] = "并发版本", ["AcceptedOn"] = "受理日期", ["SubmittedAt"] = "提交时间",
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
        ["Sequence"] = "序号", ["ItemName"] = "事项名称", ["ItemCode"] = "事项编码", ["ItemVersionId"] = "事项版本",
        ["ApplicantAccountId"] = "申请人账号", ["Channel"] = "申请渠道", ["ParentId"] = "主件", ["BundleId"] = "一件事",
        ["Items"] = "补正事项", ["Material"] = "材料", ["Problem"] = "问题", ["Note"] = "说明", ["RequestedAt"] = "提出时间",
        ["Procedure"] = "程序", ["StartedAt"] = "开始时间", ["EndedAt"] = "结束时间", ["Days"] = "天数（工作日）",
        ["Start"] = "开始日期", ["End"] = "结束日期",
        // An item version's content (catalog.edit-draft), in the item editor's words (Catalog's ItemFieldLabels).
        ["MainItemName"] = "主项名称", ["SubItemName"] = "子项（业务办理项）名称", ["HandlingItemName"] = "办理项名称",
        ["BasicCode"] = "基本编码", ["HandlingCode"] = "业务办理项编码", ["LegalBasis"] = "设定依据", ["AcceptanceConditions"] = "受理条件",
        ["StatutoryLimitDays"] = "法定时限", ["CaseType"] = "办件类型", ["Fees"] = "收费", ["Channels"] = "办理渠道",
        ["RequiredVisits"] = "到现场次数", ["VisitsReason"] = "到现场原因", ["OnlineDepth"] = "网办深度", ["CrossRegion"] = "跨区域通办",
        ["ResultName"] = "办理结果名称", ["ResultType"] = "结果类型", ["IntermediaryServices"] = "中介服务", ["Faqs"] = "常见问题",
        ["FormFields"] = "申请表字段", ["HandlingLocation"] = "办理地点", ["ConsultPhone"] = "咨询电话", ["ComplaintPhone"] = "监督投诉电话",
        ["AutoDecision"] = "秒批规则", ["Necessity"] = "必要性", ["Form"] = "形式", ["PaperCopies"] = "纸质份数",
        ["LicenceType"] = "证照类型", ["BlankFormUrl"] = "空白表格地址", ["SampleUrl"] = "示例样表地址", ["Notes"] = "备注",
        ["IssuedBy"] = "出具单位", ["Standard"] = "收费标准", ["Basis"] = "依据", ["Waivable"] = "可减免", ["Fee"] = "费用",
        ["Label"] = "字段名称", ["Options"] = "可选项", ["Question"] = "问题", ["Answer"] = "解答", ["Amount"] = "金额",
    };

    public static string FieldName(string property) => KnownField(property) ?? "其他字段";

    private static string? KnownField(string property) =>
        Fields.TryGetValue(property, out var name) || CaseFields.TryGetValue(property, out name) ? name : null;

    /// <summary>
    /// A place inside a record ("Materials[4].DeferredDueDate") in Chinese: "申请材料第5项 · 容缺材料补交期限". A key
    /// the vocabulary does not know inside a structure is a key the user chose (a form field's): shown as it is.
    /// </summary>
    public static string PlaceName(string entity, string path)
    {
        var parts = path.Split('.');
        var names = new List<string>();
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            var bracket = part.IndexOf('[');
            var key = bracket < 0 ? part : part[..bracket];
            var name = i == 0 && EntityFields.TryGetValue($"{entity}.{key}", out var own) ? own
                : KnownField(key) ?? (i == 0 ? "其他字段" : $"“{key}”");
            // "[3]" and "[3][1]": positions counted from 1, as people count them.
            foreach (var index in part[(bracket < 0 ? part.Length : bracket)..].Split('[', StringSplitOptions.RemoveEmptyEntries))
                name += int.TryParse(index.TrimEnd(']'), out var n) ? $"第{n + 1}项" : "";
            names.Add(name);
        }
        return string.Join(" · ", names);
    }

    // Coded values the trail stores by name (states, actions, results): their Chinese, where a field carries them.
    private static readonly Dictionary<string, string> CaseStates = new()
    {
        ["Draft"] = "草稿", ["Submitted"] = "待预审", ["AwaitingSupplement"] = "待补正", ["Refused"] = "不予受理",
        ["InReview"] = "审查中", ["ReviewSupplement"] = "审查中补正", ["SpecialProcedure"] = "特别程序中", ["Decided"] = "已办结",
        ["Withdrawn"] = "已撤回",
    };

    private static readonly Dictionary<string, string> Statuses = new()
    {
        ["Missing"] = "未提交", ["Attached"] = "已上传", ["Deferred"] = "容缺后补", ["Waived"] = "免提交",
        ["Waiting"] = "未开始", ["Current"] = "办理中", ["Done"] = "已完成",
        ["Pending"] = "待审批", ["Approved"] = "已批准", ["Rejected"] = "未批准",
        ["Published"] = "已发布", ["Retired"] = "已停止实施", ["Withdrawn"] = "已撤回", ["Draft"] = "草稿",
    };

    private static readonly Dictionary<string, string> Decisions = new()
    {
        ["Granted"] = "准予", ["Denied"] = "不予", ["PartlyGranted"] = "部分准予",
    };

    private static readonly Dictionary<string, string> Channels = new() { ["Online"] = "网上申请", ["Window"] = "窗口受理" };

    /// <summary>The Chinese of a coded value in the field that carries it; null when it is not one (shown as stored).</summary>
    public static string? ValueName(string field, string value) => field switch
    {
        "State" or "From" or "To" => CaseStates.GetValueOrDefault(value),
        "Status" => Statuses.GetValueOrDefault(value),
        "Decision" => Decisions.GetValueOrDefault(value),
        "Channel" => Channels.GetValueOrDefault(value),
        // A case action's name is its audit action's: AcceptWithDeferred → case.accept-with-deferred → 容缺受理.
        "Action" when value.Length > 0 && char.IsUpper(value[0]) => Actions.GetValueOrDefault("case." + Kebab(value)),
        _ => null,
    };

    private static string Kebab(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "-" : "") + char.ToLowerInvariant(c) : c.ToString()));

    /// <summary>Role codes as stored ("SystemAdmin,Supervisor") in Chinese ("系统管理员、电子监察").</summary>
    public static string RoleNames(string roles) => string.Join("、", roles.Split(',', StringSplitOptions.RemoveEmptyEntries)
        .Select(r => r == "System" ? "系统" : Security.Role.Find(r)?.ChineseName ?? "其他角色"));
}
