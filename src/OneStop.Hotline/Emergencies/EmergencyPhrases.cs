namespace OneStop.Hotline.Emergencies;

/// <summary>One phrase that calls for an emergency service, and words that, in the same clause, show it does not.</summary>
internal sealed record EmergencyPhrase(string Text, EmergencyService Service, params string[] Spoilers);

/// <summary>
/// The words of <see cref="EmergencyDetector"/>, as callers say them. Kept as data so a new phrase is one line and
/// one test. Spoilers are per phrase: 冒烟 from a factory chimney is pollution (环境保护), not a fire.
/// </summary>
internal static class EmergencyPhrases
{
    private static readonly string[] Smoke = ["烟囱", "排放", "油烟", "工厂", "烧烤", "烧垃圾", "秸秆"];

    public static readonly EmergencyPhrase[] All =
    [
        // 119: fire, gas, explosion, people trapped
        new("着火", EmergencyService.Fire), new("起火", EmergencyService.Fire), new("失火", EmergencyService.Fire),
        new("火灾", EmergencyService.Fire), new("大火", EmergencyService.Fire), new("烧起来", EmergencyService.Fire),
        new("火警", EmergencyService.Fire), new("浓烟", EmergencyService.Fire, Smoke), new("冒烟", EmergencyService.Fire, Smoke),
        new("燃气泄漏", EmergencyService.Fire), new("燃气泄露", EmergencyService.Fire), new("煤气泄漏", EmergencyService.Fire),
        new("煤气泄露", EmergencyService.Fire), new("天然气泄漏", EmergencyService.Fire), new("天然气泄露", EmergencyService.Fire),
        new("煤气味", EmergencyService.Fire), new("燃气味", EmergencyService.Fire), new("液化气味", EmergencyService.Fire),
        new("爆炸", EmergencyService.Fire), new("被困", EmergencyService.Fire), new("困在电梯", EmergencyService.Fire),
        new("电梯困人", EmergencyService.Fire), new("困在里面", EmergencyService.Fire),
        // 110: crime and violence
        new("抢劫", EmergencyService.Police), new("打劫", EmergencyService.Police), new("抢包", EmergencyService.Police),
        new("持刀", EmergencyService.Police), new("拿刀", EmergencyService.Police), new("砍人", EmergencyService.Police),
        new("捅人", EmergencyService.Police), new("杀人", EmergencyService.Police), new("打人", EmergencyService.Police),
        new("被打", EmergencyService.Police), new("殴打", EmergencyService.Police), new("打架", EmergencyService.Police),
        new("斗殴", EmergencyService.Police), new("群殴", EmergencyService.Police), new("绑架", EmergencyService.Police),
        new("劫持", EmergencyService.Police), new("强奸", EmergencyService.Police), new("家暴", EmergencyService.Police),
        new("有人偷", EmergencyService.Police), new("入室盗窃", EmergencyService.Police), new("撬门", EmergencyService.Police),
        new("闯进", EmergencyService.Police), new("闯入", EmergencyService.Police), new("要跳楼", EmergencyService.Police),
        new("想跳楼", EmergencyService.Police), new("要自杀", EmergencyService.Police), new("想自杀", EmergencyService.Police),
        // 120: medical emergencies
        new("晕倒", EmergencyService.Ambulance), new("昏倒", EmergencyService.Ambulance), new("昏迷", EmergencyService.Ambulance),
        new("晕过去", EmergencyService.Ambulance), new("不省人事", EmergencyService.Ambulance), new("没有呼吸", EmergencyService.Ambulance),
        new("没呼吸", EmergencyService.Ambulance), new("呼吸困难", EmergencyService.Ambulance), new("没有心跳", EmergencyService.Ambulance),
        new("心脏病发", EmergencyService.Ambulance), new("心梗", EmergencyService.Ambulance), new("脑梗", EmergencyService.Ambulance),
        new("中风", EmergencyService.Ambulance), new("抽搐", EmergencyService.Ambulance), new("休克", EmergencyService.Ambulance),
        new("大出血", EmergencyService.Ambulance), new("血流不止", EmergencyService.Ambulance), new("流了很多血", EmergencyService.Ambulance),
        new("中毒", EmergencyService.Ambulance), new("喝农药", EmergencyService.Ambulance), new("溺水", EmergencyService.Ambulance),
        new("触电", EmergencyService.Ambulance), new("快不行了", EmergencyService.Ambulance), new("救护车", EmergencyService.Ambulance),
        new("摔倒起不来", EmergencyService.Ambulance),
        // 122: traffic accidents
        new("车祸", EmergencyService.TrafficPolice), new("撞车", EmergencyService.TrafficPolice), new("交通事故", EmergencyService.TrafficPolice),
        new("被车撞", EmergencyService.TrafficPolice), new("撞到人", EmergencyService.TrafficPolice), new("撞人", EmergencyService.TrafficPolice),
        new("追尾", EmergencyService.TrafficPolice), new("翻车", EmergencyService.TrafficPolice), new("相撞", EmergencyService.TrafficPolice),
        new("肇事逃逸", EmergencyService.TrafficPolice),
    ];

    /// <summary>Words containing a phrase that mean something else (被困扰 is being bothered, 被打扰 being disturbed).</summary>
    public static readonly string[] Compounds =
    [
        "被困扰", "被打扰", "打扰", "火灾隐患", "火灾险", "防火", "灭火器", "火警电话", "爆炸性新闻", "中毒性", "打人民",
        "交通事故认定", "交通事故责任", "车祸险",
    ];

    /// <summary>Right before a phrase: it did not happen, or is only feared (没有着火, 担心起火, 防止触电).</summary>
    public static readonly string[] Negations =
    [
        "没有", "没", "未", "不是", "并非", "无", "不会", "别", "防止", "预防", "避免", "以防", "担心", "害怕", "怕", "可能会",
        "会不会", "是否", "谨防", "杜绝", "会",
    ];

    /// <summary>In the clause: the event is past (上周着火的那栋楼).</summary>
    public static readonly string[] Past =
    [
        "上周", "上星期", "上个月", "上月", "去年", "前年", "前几天", "几天前", "天前", "周前", "月前", "年前", "之前", "以前",
        "曾经", "上次", "那次", "当时", "昨天", "前天", "昨晚", "前晚", "年初", "那年", "上回",
    ];

    /// <summary>In the clause: not an event at all but a risk, a habit, a rule or the aftermath (经常发生车祸的路口).</summary>
    public static readonly string[] NotAnEvent =
    [
        "隐患", "经常", "多次", "总是", "老是", "频繁", "屡次", "常常", "时常", "容易", "如果", "万一", "假如", "要是",
        "演练", "培训", "宣传", "认定", "理赔", "赔偿", "保险", "鉴定", "补贴", "补偿", "维修", "重建", "善后", "政策", "担心", "害怕", "生怕", "以防", "谨防",
    ];

    /// <summary>Anywhere in the text: the emergency is over (已经扑灭, 已送医), whatever clause says so.</summary>
    public static readonly string[] Settled =
    [
        "已扑灭", "已经扑灭", "被扑灭", "已经灭了", "已灭", "已经处理", "已处理", "处理完", "已解决", "已经解决", "已送医",
        "已经送医", "已经报警", "已报警", "已出警", "已经出警", "已经没事", "没事了", "已经结束",
    ];

    /// <summary>In the clause: it is happening now, so "着火的是三楼" still counts (a relative clause is otherwise a mention).</summary>
    public static readonly string[] Now = ["正在", "现在", "快来", "快点", "救命", "马上", "赶紧", "紧急", "刚刚", "刚才"];
}
