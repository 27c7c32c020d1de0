using OneStop.Hotline.Tickets.Domain;

namespace OneStop.Hotline.Demo;

/// <summary>One kind of matter people call about in the demo: its category, the department it goes to, ways of telling it.</summary>
internal sealed record DemoMatter(RequestType Type, string CategoryCode, string Department, string[] Texts, string[] Places,
    string Reply);

/// <summary>
/// The demo's matters, written for the demo (not taken from any data set): everyday 天河区 and Guangzhou requests,
/// each told in several ways, with the places where they happen. {0} is a place.
/// </summary>
internal static class DemoMatters
{
    public const string Zjj = "广州市天河区住房和城乡建设局";
    public const string Cgj = "广州市天河区城市管理和综合执法局";
    public const string Scjg = "广州市天河区市场监督管理局";
    public const string Rsj = "广州市天河区人力资源和社会保障局";
    public const string Wjj = "广州市天河区卫生健康局";
    public const string Mzj = "广州市天河区民政局";
    public const string Spb = "广州市天河区石牌街道办事处";
    public const string YxScjg = "广州市越秀区市场监督管理局";
    public const string GzScjg = "广州市市场监督管理局";

    public static readonly DemoMatter[] Tianhe =
    [
        new(RequestType.Complaint, "040203", Zjj, [
            "{0}旁边的工地每天晚上十一点以后还在打桩，噪音很大，家里老人小孩都睡不着。",
            "{0}附近工地夜间施工，已经连续一周过了零点还有机械声，请核查是否办了夜间施工许可。",
            "反映{0}在建楼盘夜里浇筑混凝土，泵车声音特别吵，希望管一管。"],
            ["天河区员村二横路", "天河区车陂路", "天河区黄埔大道西", "天河区中山大道西"],
            "经现场核查，该工地未取得夜间施工许可，已责令停止夜间作业并立案处理。"),
        new(RequestType.Complaint, "011003", Zjj, [
            "{0}小区物业电梯坏了半个月没人修，住 20 楼的老人上下楼非常困难。",
            "{0}物业公司收了维修基金却不处理楼顶漏水，每次下雨家里墙面都渗水。",
            "投诉{0}物业乱收停车费，业主自己的车位也要每月交管理费。"],
            ["天河区天河北路", "天河区龙口西路", "天河区五山路", "天河区华景路"],
            "已约谈物业服务企业，电梯已于三日内修复，并督促其建立维修响应台账。"),
        new(RequestType.Report, "010302", Zjj, [
            "举报{0}某楼盘顶楼业主私自加建玻璃房，已经快封顶了。",
            "{0}一楼商铺在后巷搭建铁皮房，占用消防通道。"],
            ["天河区石牌东路", "天河区棠下村", "天河区沙河镇"],
            "经核查属实，已下达限期拆除通知书，逾期将依法强制拆除。"),
        new(RequestType.Help, "010216", Zjj, [
            "{0}整栋楼今天早上起突然停水，没有任何通知，家里有老人做饭都成问题。",
            "{0}自来水发黄有异味，烧开后还有沉淀，担心水质有问题。"],
            ["天河区林和西路", "天河区体育东路", "天河区珠江新城"],
            "已联系供水企业抢修爆裂管道，当日恢复供水，并对管网进行冲洗和水质检测。"),
        new(RequestType.Complaint, "010214", Cgj, [
            "{0}路口的垃圾桶已经三天没人清运，臭味很大，苍蝇很多。",
            "{0}人行道上有商户长期占道摆卖，行人只能走到机动车道上。",
            "{0}夜市烧烤油烟很大，附近住户窗户都不敢开。"],
            ["天河区岗顶", "天河区天河路", "天河区元岗路", "天河区龙洞"],
            "已安排环卫作业人员清运，并对占道经营商户进行劝导和依法查处。"),
        new(RequestType.Complaint, "120401", Scjg, [
            "在{0}一家快餐店吃饭后全家拉肚子，怀疑食材不新鲜，店里后厨很脏。",
            "{0}某超市卖过期酸奶，生产日期被重新贴过标签。",
            "{0}奶茶店用的牛奶没有标签，员工也没戴口罩手套。"],
            ["天河区天河城", "天河区正佳广场附近", "天河区石牌桥", "天河区体育西路"],
            "执法人员已现场检查，对过期食品予以没收并立案调查，督促商户整改。"),
        new(RequestType.Complaint, "110408", Scjg, [
            "{0}一家健身房收了年卡费后突然关门，老板联系不上，几十个会员没法退款。",
            "{0}停车场收费标准没有公示，停两小时收了 40 元。"],
            ["天河区天河南二路", "天河区华夏路"],
            "已立案调查，督促经营者公示收费标准并依法退还多收费用。"),
        new(RequestType.Help, "150302", Rsj, [
            "我在{0}一家装修公司做了三个月，老板拖欠工资两万多元一直不给。",
            "{0}某餐饮店倒闭，拖欠我们十几名员工两个月工资。"],
            ["天河区科韵路", "天河区车陂", "天河区珠吉路"],
            "劳动保障监察大队已约谈用人单位，被拖欠工资已于十日内足额支付。"),
        new(RequestType.Consultation, "150201", Rsj, [
            "咨询在天河区灵活就业人员如何办理职工养老保险，每月要交多少钱？",
            "想问一下养老保险断缴了两年，现在还能补缴吗？"],
            [""],
            "灵活就业人员可在粤省事或社保经办窗口办理参保登记，缴费基数可在规定范围内自选。"),
        new(RequestType.Suggestion, "010206", Cgj, [
            "建议在{0}公交站增加遮雨棚，下雨天等车的人都被淋湿。",
            "建议在{0}增设非机动车停放点，现在共享单车到处乱停。"],
            ["天河区华师地铁站", "天河区天河客运站", "天河区岗顶"],
            "感谢您的建议，已纳入年度公共设施完善计划。"),
        new(RequestType.Help, "090601", Mzj, [
            "{0}有一位独居老人，最近几天没见出门，敲门也没人应，邻居很担心。",
            "我母亲八十多岁行动不便，住在{0}，想了解能不能申请居家养老服务。"],
            ["天河区石牌街道", "天河区沙东街道"],
            "社区工作人员已上门探访，老人身体状况良好，已纳入社区关爱名单。"),
        new(RequestType.Praise, "120102", Wjj, [
            "表扬{0}社区卫生服务中心的医生，给我父亲上门做康复指导，非常耐心。"],
            ["天河区棠下"],
            "感谢您的肯定，已转达该中心并予以通报表扬。"),
    ];

    /// <summary>Other districts of 广州市: dispatched to their own or the city's departments.</summary>
    public static readonly (string Region, DemoMatter Matter)[] Elsewhere =
    [
        ("440104", new(RequestType.Complaint, "120401", YxScjg, [
            "{0}一家面包店卖的蛋糕吃出头发，店家态度很差。",
            "{0}的小餐馆后厨有老鼠，拍了照片。"], ["越秀区北京路", "越秀区东风中路", "越秀区农林下路"],
            "已对涉事门店进行检查，责令整改并依法处罚。")),
        ("440105", new(RequestType.Complaint, "110403", GzScjg, [
            "在{0}买的电动车电池用了一个月就鼓包，商家不给换。",
            "{0}网店卖的儿童玩具有刺鼻气味，怀疑材料不合格。"], ["海珠区江南西路", "海珠区客村"],
            "已抽检同批次产品，督促商家为消费者退换。")),
        ("440111", new(RequestType.Complaint, "040206", GzScjg, [
            "{0}附近有工厂晚上偷排废气，味道很刺鼻。"], ["白云区太和镇", "白云区钟落潭镇"],
            "已联合生态环境部门夜查，对违法排放企业立案处罚。")),
    ];
}
