namespace OneStop.Platform.Audit;

/// <summary>Platform's own words for the trail: accounts, departments, regions, the calendar, messages.</summary>
internal static class PlatformAuditWords
{
    public static readonly AuditWords Words = new()
    {
        Actions = new Dictionary<string, string>
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
            ["sms.queue"] = "短信进入发送队列",
            ["data.change"] = "数据变更",
        },
        Records = new Dictionary<string, string>
        {
            ["Account"] = "账号", ["Department"] = "部门", ["Region"] = "行政区划", ["CalendarOverride"] = "日历调整",
            ["SmsMessage"] = "短信",
        },
        // Also the names of these properties in every other module's records, unless that module names them itself.
        Fields = new Dictionary<string, string>
        {
            ["Code"] = "代码", ["CreatedAt"] = "创建时间", ["CreditCode"] = "统一社会信用代码", ["Date"] = "日期",
            ["DepartmentId"] = "部门", ["DepartmentName"] = "部门名称", ["Description"] = "说明", ["DisplayName"] = "姓名/名称",
            ["FailedSignIns"] = "连续登录失败次数", ["IsDisabled"] = "已停用", ["IsOffDay"] = "休息日", ["Key"] = "键",
            ["Kind"] = "类型", ["Level"] = "层级", ["LockedUntil"] = "锁定至", ["Name"] = "名称", ["ParentCode"] = "上级区划",
            ["PasswordHash"] = "密码", ["Phone"] = "手机号码", ["Reason"] = "原因", ["RegionCode"] = "区划代码",
            ["ResidentId"] = "身份证号码", ["Roles"] = "角色", ["ShortName"] = "简称", ["Status"] = "状态", ["UserName"] = "用户名",
            ["Value"] = "值", ["SecurityStamp"] = "安全戳", ["MustChangePassword"] = "须修改密码", ["Version"] = "并发版本",
            ["Revision"] = "并发版本", ["Address"] = "地址", ["LegalRepresentative"] = "法定代表人", ["Text"] = "内容",
        },
    };
}
