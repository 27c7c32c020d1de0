using OneStop.Platform.Security;

namespace OneStop.Web.Pages.Workbench;

public sealed record WorkbenchTask(string Title, string Description, string? Href);

public sealed record WorkbenchSection(string Role, string RoleName, IReadOnlyList<WorkbenchTask> Tasks);

/// <summary>
/// What each role's workbench offers. Tasks of modules not built yet are shown without a link, so people see
/// what their workbench will hold rather than a link that leads nowhere.
/// </summary>
public static class WorkbenchTasks
{
    private static readonly Dictionary<string, WorkbenchTask[]> Tasks = new()
    {
        [Role.Citizen] = [new("我的办件", "申请草稿、办理进度、补正与结果", "/me/cases"), new("我的档案", "实名信息与联系方式", "/me"), new("我要办事", "查找事项、在线申请", "/services"), new("工作日查询", "计算办理期限", "/calendar")],
        [Role.Enterprise] = [new("我的办件", "申请草稿、办理进度、补正与结果", "/me/cases"), new("企业档案", "统一社会信用代码与联系方式", "/me"), new("我要办事", "查找事项、在线申请", "/services")],
        [Role.WindowClerk] =
        [
            new("待预审办件", "网上提交的申请：核对材料，受理、容缺受理、一次性告知补正或不予受理", "/workbench/cases/pre-review"),
            new("窗口受理", "为到窗口的申请人新建办件（一窗受理本区划任意事项）", "/workbench/cases/window"),
            new("叫号受理", "呼叫下一位（大厅模块建设中）", null), new("工作日查询", "核对承诺时限截止日", "/calendar"),
        ],
        [Role.Approver] =
        [
            new("待审批办件", "本部门待办、即将到期、已超期：审查、补正、特别程序、延期、决定", "/workbench/cases/tasks"),
            new("工作日查询", "核对法定时限", "/calendar"),
        ],
        [Role.HallManager] = [new("窗口与排队", "窗口、取号类别、预约（大厅模块建设中）", null), new("办事大厅", "服务机构与部门", "/hall")],
        [Role.HotlineAgent] =
        [
            new("坐席受理台", "登记来电与留言：分类建议、疑似重复诉求并单、知识库解答、当场办结、紧急移交", "/workbench/hotline/console"),
            new("回访", "待回访工单：逐一回访每位诉求人", "/workbench/hotline/callbacks"),
            new("知识库", "检索知识和办事指南", "/workbench/hotline/knowledge"),
            new("热点与指标", "诉求分布、上升热点、各单位按时签收率与满意率", "/workbench/hotline/figures"),
        ],
        [Role.HotlineDispatcher] =
        [
            new("派单台", "待派单、退单待审、延期待审、已超期：派单、并单、拆单、督办", "/workbench/hotline/dispatch"),
            new("坐席受理台", "登记来电与留言", "/workbench/hotline/console"),
            new("派单目录", "分类 × 区划 → 主办、协办单位", "/workbench/hotline/dispatch-rules"),
            new("知识审核", "审核各部门提交的知识", "/workbench/hotline/knowledge/review"),
            new("热点与指标", "诉求分布、上升热点、各单位按时签收率与满意率", "/workbench/hotline/figures"),
        ],
        [Role.DepartmentHandler] =
        [
            new("承办工作台", "待签收、办理中、协办、已超期：签收、退单、延期、答复", "/workbench/hotline/department"),
            new("本部门知识", "编写、修订、审核知识，复核过期知识", "/workbench/hotline/knowledge"),
        ],
        [Role.Supervisor] =
        [
            new("电子监察", "监察督办工单结案或重新交办；超期工单督办", "/workbench/hotline/supervision"),
            new("热点与指标", "诉求分布、上升热点、各单位按时签收率与满意率", "/workbench/hotline/figures"),
            new("审计日志", "查询并校验操作记录", "/admin/audit"), new("预警与督办", "超期预警、好差评（监察模块建设中）", null),
        ],
        [Role.CatalogAdmin] =
        [
            new("事项目录", "新增、修订、发布、停止实施事项", "/admin/catalog"),
            new("数据质量", "未通过发布检查的在用事项", "/admin/catalog/quality"),
            new("目录统计", "网上可办率、即办件比例等", "/services/stats"),
        ],
        [Role.Regulator] = [new("审管联动", "接收审批结果（监察模块建设中）", null)],
        [Role.SystemAdmin] =
        [
            new("账号管理", "开通工作人员账号、解除锁定", "/admin/accounts"),
            new("部门管理", "本区划及下级区划的部门", "/admin/departments"),
            new("工作日历", "调整节假日与调休", "/admin/calendar"),
            new("审计日志", "查询并校验操作记录", "/admin/audit"),
            new("派单目录", "12345 派单规则", "/workbench/hotline/dispatch-rules"),
        ],
    };

    public static WorkbenchSection? For(string role) =>
        Role.Find(role) is { } r && Tasks.TryGetValue(role, out var tasks) ? new WorkbenchSection(role, r.ChineseName, tasks) : null;
}
