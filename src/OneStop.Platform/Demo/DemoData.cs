using OneStop.Platform.Security;

namespace OneStop.Platform.Demo;

/// <summary>
/// The demo region: 广东省 → 广州市 → 天河区 with its real streets and departments named as in the Guangdong catalog,
/// plus one 越秀区 department so that out-of-scope behaviour can be seen.
/// </summary>
internal static class DemoData
{
    public const string Password = "OneStop2026";
    public const string Province = "440000";
    public const string City = "440100";
    public const string County = "440106";
    public const string NeighbourCounty = "440104";

    /// <summary>天河区's streets (NBS statistical township codes).</summary>
    public static readonly (string Code, string Name)[] Towns =
    [
        ("440106001", "五山街道"), ("440106002", "员村街道"), ("440106003", "车陂街道"), ("440106004", "沙河街道"),
        ("440106006", "石牌街道"), ("440106007", "沙东街道"), ("440106008", "天河南街道"), ("440106009", "林和街道"),
        ("440106010", "兴华街道"), ("440106011", "棠下街道"), ("440106012", "天园街道"), ("440106013", "猎德街道"),
        ("440106014", "冼村街道"), ("440106015", "元岗街道"), ("440106016", "黄村街道"), ("440106017", "长兴街道"),
        ("440106018", "龙洞街道"), ("440106019", "凤凰街道"), ("440106020", "前进街道"), ("440106021", "珠吉街道"),
        ("440106022", "新塘街道"),
    ];

    public static readonly (string Key, string Name, string Short, string Region)[] Departments =
    [
        ("gd-zsj", "广东省政务服务和数据管理局", "省政数局", Province),
        ("gz-zsj", "广州市政务服务和数据管理局", "市政数局", City),
        ("gz-scjg", "广州市市场监督管理局", "市市场监管局", City),
        ("th-zsj", "广州市天河区政务服务和数据管理局", "区政数局", County),
        ("th-scjg", "广州市天河区市场监督管理局", "区市场监管局", County),
        ("th-rsj", "广州市天河区人力资源和社会保障局", "区人社局", County),
        ("th-zjj", "广州市天河区住房和城乡建设局", "区住建局", County),
        ("th-wjj", "广州市天河区卫生健康局", "区卫健局", County),
        ("th-mzj", "广州市天河区民政局", "区民政局", County),
        ("th-gaj", "广州市公安局天河区分局", "天河公安分局", County),
        ("th-sw", "国家税务总局广州市天河区税务局", "区税务局", County),
        ("th-fgj", "广州市天河区发展和改革局", "区发改局", County),
        ("th-ghzy", "广州市规划和自然资源局天河区分局", "天河规划分局", County),
        ("th-cgj", "广州市天河区城市管理和综合执法局", "区城管局", County),
        ("th-spb", "广州市天河区石牌街道办事处", "石牌街道", "440106006"),
        ("yx-scjg", "广州市越秀区市场监督管理局", "越秀区市场监管局", NeighbourCounty),
        // 12345 tickets of 教育文体, 环境保护, 交通运输 and the 公积金 / 供水 questions go to these (demo dispatch catalogue, knowledge base).
        ("th-jyj", "广州市天河区教育局", "区教育局", County),
        ("th-sthj", "广州市生态环境局天河分局", "天河生态环境分局", County),
        ("gz-jtj", "广州市交通运输局", "市交通运输局", City),
        ("gz-gjj", "广州住房公积金管理中心", "市公积金中心", City),
        ("gz-sws", "广州市水务局", "市水务局", City),
    ];

    public static readonly (string UserName, string Name, string Role, string Department)[] Staff =
    [
        ("admin", "省平台管理员", Role.SystemAdmin, "gd-zsj"),
        ("th-admin", "天河区系统管理员", Role.SystemAdmin, "th-zsj"),
        ("clerk", "综合窗口 王敏", Role.WindowClerk, "th-zsj"),
        ("approver", "审批员 陈立", Role.Approver, "th-scjg"),
        ("hall", "大厅管理员 李静", Role.HallManager, "th-zsj"),
        ("agent", "12345 坐席 赵云", Role.HotlineAgent, "gz-zsj"),
        ("dispatcher", "12345 派单员 周宁", Role.HotlineDispatcher, "gz-zsj"),
        ("handler", "承办人 吴刚", Role.DepartmentHandler, "th-zjj"),
        ("supervisor", "电子监察 郑平", Role.Supervisor, "gz-zsj"),
        ("catalog", "事项管理员 孙悦", Role.CatalogAdmin, "gz-zsj"),
        ("regulator", "监管员 何伟", Role.Regulator, "th-scjg"),
        ("yx-approver", "越秀区审批员 林峰", Role.Approver, "yx-scjg"),
        // A second approver of the same department: an extension needs one who did not ask for it (ADR 0016).
        ("approver2", "审批员 黄晓", Role.Approver, "th-scjg"),
        // Approvers of the other departments the demo cases and the 一件事 bundles are routed to.
        ("cgj-approver", "城管审批员 梁志", Role.Approver, "th-cgj"),
        ("rsj-approver", "人社审批员 冯丽", Role.Approver, "th-rsj"),
        ("gaj-approver", "公安审批员 邓军", Role.Approver, "th-gaj"),
        ("sw-approver", "税务审批员 蔡颖", Role.Approver, "th-sw"),
    ];

    /// <summary>Citizens: name, first 17 ID digits (天河区, real birth dates), phone, address. Check digits are computed.</summary>
    public static readonly (string Name, string IdFirst17, string Phone, string Address)[] Citizens =
    [
        ("张三", "44010619900307123", "13800138000", "广东省广州市天河区天河路 385 号 2 栋 1203 房"),
        ("李四", "44010619851112456", "13900139000", "广东省广州市天河区体育西路 103 号之一 805 房"),
        // Aged over 60 and registered in 天河区: the demo's 老年人优待证 application passes its 秒批 rule.
        ("王秀英", "44010619580315222", "13700137000", "广东省广州市天河区石牌东路 28 号 3 栋 602 房"),
        // Over 60 as well: the demo cases' 秒批 application is his.
        ("王五", "44010619520815102", "13600136000", "广东省广州市天河区五山路 371 号 5 栋 301 房"),
    ];

    /// <summary>Enterprises: name, first 17 credit-code characters (91 = 工商 企业, 440106 = 天河区), address, legal representative.</summary>
    public static readonly (string Name, string CodeFirst17, string Address, string LegalRepresentative)[] Enterprises =
    [
        ("广州天河示范餐饮有限公司", "91440106MA5CXXXX0", "广州市天河区林和西路 9 号首层 102 铺", "陈志强"),
        ("广州天河示范科技有限公司", "91440106MA5D12340", "广州市天河区珠江新城华夏路 16 号 1506 室", "刘晓燕"),
    ];
}
