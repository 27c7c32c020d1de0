namespace OneStop.Hotline.Duplicates;

/// <summary>
/// The concept lexicon of the same-matter rule: groups of words that mean one thing in 12345 requests, so that "爆管",
/// "水管破裂" and "路面冒水" meet although they share no characters. Written from the tune half of the labelled pairs and
/// from general 12345 knowledge; never from the report half (docs/adr/0019). Words are matched longest first, so a
/// longer word (油烟机) wins over a shorter one inside it. "来电" alone is not 停电: 12345 texts begin "市民来电反映".
/// </summary>
public static class MatterLexicon
{
    private static readonly List<MatterConcept> Built = [];

    // Aspects: what is wrong.
    public static readonly int Burst = A("供水管道破裂漏水", "供水", "爆管", "管爆", "水管爆", "爆水管", "水管破", "管破", "破裂", "爆裂", "冒水", "涌出",
        "喷水", "漏水", "跑水", "水柱", "往外冒", "鼓起来", "一股水");
    public static readonly int WaterOutage = A("停水", "供水", "停水", "没水", "没有水", "断水", "供水中断", "恢复供水", "来水", "一滴水", "水压低", "水压不足");
    public static readonly int WaterQuality = A("水质问题", "供水", "发黄", "浑浊", "铁锈", "水质", "黄色的水", "水是黄色");
    public static readonly int PowerOutage = A("停电", "供电", "停电", "断电", "没电", "没来电", "才来电", "恢复来电", "一会来电", "跳闸", "恢复供电", "电压不稳", "黑了",
        "供电中断");
    public static readonly int GasLeak = A("燃气泄漏", "燃气", "煤气味", "燃气味", "漏气", "泄漏", "臭鸡蛋味", "天然气味");
    public static readonly int GasOutage = A("停气", "燃气", "停气", "停止供气", "没气", "断气");
    public static readonly int Noise = A("噪音扰民", "噪音", "噪音", "噪声", "吵", "轰鸣", "睡不着", "无法休息", "没法休息", "失眠", "声音很大", "声音过大",
        "大声", "喧哗", "低音炮", "音量", "轰轰响", "音乐太", "声音严重");
    public static readonly int Fumes = A("油烟", "大气", "油烟", "浓烟", "熏", "排烟", "呛", "烟味");
    public static readonly int ExhaustGas = A("废气", "大气", "废气", "刺鼻", "化学品味", "有毒气体", "偷排", "空气质量", "化学品的味道");
    public static readonly int WaterPollution = A("河涌水体污染", "水体", "排污", "废水", "黑臭", "发黑发臭", "又黑又臭", "水质恶化", "死鱼", "排进河", "水发黑");
    public static readonly int HouseholdWaste = A("垃圾清运", "垃圾", "垃圾站", "清运", "垃圾堆", "垃圾乱丢", "溢出", "收垃圾", "垃圾没人", "堆了好几天");
    public static readonly int BuildingWaste = A("乱倒建筑垃圾", "垃圾", "建筑垃圾", "余泥", "渣土", "泥头", "装修垃圾", "倾倒", "偷倒", "被偷倒", "乱倒");
    public static readonly int Dirty = A("卫生差", "卫生", "卫生", "脏", "污水横流", "臭味", "臭气", "苍蝇", "没人打扫", "保洁");
    public static readonly int StreetVending = A("占道经营", "占道", "占道", "摆摊", "摆卖", "摊贩", "小贩", "占用道路", "流动摊", "烧烤摊", "做生意");
    public static readonly int BadParking = A("乱停乱放", "占道", "乱停", "乱放", "堵死", "停满了车", "摆放杂乱", "车辆乱停");
    public static readonly int FireLane = A("消防通道被占", "消防", "消防通道", "生命通道", "消防车根本进不来", "消防车都进不来");
    public static readonly int FireRisk = A("火灾隐患", "消防", "火灾", "起火", "着火", "飞线充电", "私拉电线", "推进电梯");
    public static readonly int PriceFraud = A("价格欺诈", "价格", "标价", "价签", "价目表", "价格标签", "多收", "价格欺诈", "收费不透明", "实际收", "另加",
        "按35元", "收银价格");
    public static readonly int Overcharge = A("乱收费", "收费", "乱收费", "资料费", "收了一笔", "变相", "收据", "教辅");
    public static readonly int FeeRise = A("收费上涨", "收费", "涨到", "上调", "提高收费", "涨价", "收费标准", "突然从");
    public static readonly int ShortWeight = A("缺斤少两", "计量", "缺斤少两", "短秤", "电子秤", "计量器具", "称重", "缺斤短两");
    public static readonly int Broken = A("设施故障", "故障", "坏了", "故障", "停运", "停用", "打不开", "不维修", "一直不修", "没人修", "损坏", "坏着",
        "又坏了", "经常坏", "老是坏", "下坠", "被困");
    public static readonly int LightOut = A("照明不亮", "照明", "不亮", "漆黑", "黑乎乎", "一片黑", "没有照明");
    public static readonly int Missing = A("设施缺失被盗", "缺失", "不见了", "丢失", "没有盖子", "被偷", "缺失", "只剩下架子");
    public static readonly int Flooding = A("积水水浸", "积水", "积水", "水浸", "被淹", "淹了", "泡在水里", "被水淹", "排水");
    public static readonly int Collapse = A("路面塌陷破损", "路面", "塌陷", "大坑", "下陷", "沉降", "开裂", "松动", "翘起", "破损", "坑坑洼洼", "颠",
        "没有回填", "没有恢复");
    public static readonly int IllegalBuilding = A("违章搭建", "违建", "违章", "违建", "加建", "搭建", "铁皮房", "铁皮棚");
    public static readonly int UnpaidWages = A("拖欠工资", "工资", "拖欠", "欠薪", "工钱", "薪水", "讨要", "一分钱工资", "没拿到工资", "工资都没发");
    public static readonly int SiteSafety = A("施工安全隐患", "安全", "脚手架", "安全带", "防护网", "塔吊", "吊装", "高空作业", "警戒区", "安全防护", "高处作业");
    public static readonly int FoodSafety = A("食品安全", "食品", "过期", "变质", "发霉", "长毛", "馊", "地沟油", "废弃油脂", "拉肚子", "肚子疼", "肠胃",
        "健康证", "老鼠", "食品安全", "保质期");
    public static readonly int SignalProblem = A("信号灯标志问题", "交通信号", "红绿灯", "信号灯", "绿灯", "指示牌", "交通标志", "标志");
    public static readonly int Blocked = A("被遮挡", "遮挡", "挡住", "遮挡", "看不清", "看不到", "被树挡");
    public static readonly int DangerousDriving = A("危险驾驶", "驾驶", "急刹", "猛踩油门", "开车很猛", "飙车", "超速", "闯红灯", "炸街", "改装车");
    public static readonly int Frequency = A("班次间隔长", "班次", "班次", "间隔", "发车", "准点", "等车", "加开", "不来", "等了");
    public static readonly int Crowding = A("拥挤", "拥挤", "拥挤", "挤不上", "排队", "人太多");
    public static readonly int PublicOrder = A("治安问题", "治安", "小偷", "扒手", "扒窃", "打架", "斗殴", "闹事", "黑车", "拉客", "揽客", "非法营运", "偷手机",
        "被偷了");
    public static readonly int TreeDanger = A("树木倒伏", "树木", "快倒了", "倾斜", "吹歪", "要倒", "翘起来");
    public static readonly int Absconded = A("经营者跑路", "预付", "跑路", "倒闭", "退不了钱", "卷款", "预付费", "联系不上");
    public static readonly int RouteChange = A("线路调整未告知", "班次", "绕行", "改线", "站牌", "没有提前公告");
    public static readonly int Counterfeit = A("假冒伪劣", "商品质量", "翻新机", "冒充", "以旧充新", "假货", "拆过");
    public static readonly int GreenDamage = A("破坏绿地", "绿化", "绿化带", "草坪", "砍了", "绿地", "铲掉");
    public static readonly int SchoolTraffic = A("上学交通秩序", "交通秩序", "护学岗", "疏导", "上学时间", "放学的时候");

    // Objects: what the request is about.
    public static readonly int WaterFacility = O("供水设施", "供水", "水管", "供水管", "给水管", "自来水", "水龙头", "消防栓", "消火栓", "大水管", "管道", "阀");
    public static readonly int PowerFacility = O("电力设施", "供电", "电线", "电缆", "电线杆", "供电局", "电力", "空调", "电器");
    public static readonly int GasFacility = O("燃气设施", "燃气", "燃气", "煤气", "天然气", "燃气公司");
    public static readonly int Lift = O("电梯扶梯", "电梯", "电梯", "扶梯", "升降梯");
    public static readonly int Road = O("道路", "道路", "马路", "路面", "人行道", "地砖", "人行横道");
    public static readonly int Manhole = O("井盖沟盖", "井盖", "井盖", "窨井", "检查井", "雨水篦子", "盖板", "排水沟");
    public static readonly int StreetLight = O("路灯", "照明", "路灯", "街灯");
    public static readonly int ConstructionSite = O("工地", "工地", "工地", "施工", "打桩", "开工", "夜间作业", "机器", "电钻");
    public static readonly int Eatery = O("餐饮店", "餐饮", "烧烤", "餐馆", "夜宵", "快餐", "烧腊", "奶茶", "面包", "饭菜", "食堂", "后厨", "午餐", "餐饮");
    public static readonly int Market = O("市场", "市场", "市场", "肉档", "菜档", "水果档", "鱼档", "买菜");
    public static readonly int Bus = O("公交", "公交", "公交", "候车亭", "公交站", "司机");
    public static readonly int Metro = O("地铁", "地铁", "地铁", "站台", "屏蔽门", "安全门", "列车", "闸机", "进站");
    public static readonly int School = O("学校", "学校", "小学", "学生", "学校", "孩子", "家长", "老师");
    public static readonly int PropertyManager = O("物业", "物业", "物业", "物业费", "管理费", "业主");
    public static readonly int Vehicles = O("车辆", "车辆", "共享单车", "单车", "私家车", "电动车", "电瓶车");
    public static readonly int Tree = O("树木", "树木", "大树", "榕树", "树根", "树枝");
    public static readonly int Toilet = O("公厕", "公厕", "厕所", "公厕");
    public static readonly int River = O("河涌", "水体", "河涌", "河水", "河面", "涌边");
    public static readonly int Factory = O("工厂", "工厂", "工厂", "厂房", "电镀厂");
    public static readonly int Gym = O("健身房", "健身", "健身房", "健身会所", "会员");
    public static readonly int Bar = O("酒吧", "酒吧", "酒吧");
    public static readonly int Dance = O("广场舞", "广场舞", "广场舞", "跳舞", "音响");
    public static readonly int Garage = O("地下车库", "车库", "地下车库", "地库", "地下室");
    public static readonly int Playground = O("健身游乐设施", "设施", "健身器材", "游乐设施", "滑梯");
    public static readonly int Shop = O("商店", "商品质量", "手机店", "手机", "专卖店");
    public static readonly int Tunnel = O("隧道立交", "道路", "隧道", "立交");
    public static readonly int Footbridge = O("人行天桥", "道路", "天桥", "人行天桥");

    public static IReadOnlyList<MatterConcept> All => Built;

    static MatterLexicon()
    {
        // The same incident told from two sides: passers-by see the burst main, residents notice the outage.
        Link(Burst, WaterOutage);
        Link(GasLeak, GasOutage);
    }

    public static MatterConcept Get(int id) => Built[id];

    private static int A(string name, string family, params string[] words) => Add(ConceptKind.Aspect, name, family, words);

    private static int O(string name, string family, params string[] words) => Add(ConceptKind.Object, name, family, words);

    private static int Add(ConceptKind kind, string name, string family, string[] words)
    {
        Built.Add(new MatterConcept(Built.Count, kind, name, family, words, []));
        return Built.Count - 1;
    }

    private static void Link(int a, int b)
    {
        Built[a] = Built[a] with { LinkedTo = [.. Built[a].LinkedTo, b] };
        Built[b] = Built[b] with { LinkedTo = [.. Built[b].LinkedTo, a] };
    }
}
