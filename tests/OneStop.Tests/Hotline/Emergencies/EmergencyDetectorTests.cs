using OneStop.Hotline.Emergencies;

namespace OneStop.Tests.Hotline.Emergencies;

/// <summary>
/// An agent types what the caller says; the console must flag the calls that belong to 110/119/120/122 and leave
/// the 12345 matters alone, including the many that only mention a fire, a crash or a fight.
/// </summary>
public sealed class EmergencyDetectorTests
{
    [Theory]
    [InlineData("我家楼下厨房着火了，火很大，快来人", "119")]
    [InlineData("三楼起火了，好多浓烟，楼里还有老人", "119")]
    [InlineData("闻到很浓的煤气味，怀疑燃气泄漏", "119")]
    [InlineData("电梯困人，我们被困在电梯里二十分钟了", "119")]
    [InlineData("是不是着火了？对面楼冒烟", "119")]
    [InlineData("小区门口有人持刀砍人", "110")]
    [InlineData("有人抢劫，抢了我的包往地铁站跑了", "110")]
    [InlineData("隔壁一直在家暴，女的在喊救命", "110")]
    [InlineData("楼顶有个人说要跳楼", "110")]
    [InlineData("我爸突然晕倒了，叫不醒", "120")]
    [InlineData("老人在公园摔倒起不来，呼吸困难", "120")]
    [InlineData("孩子在小区泳池溺水了", "120")]
    [InlineData("天河路和体育西路口发生车祸，两辆车相撞", "122")]
    [InlineData("我被车撞了，司机肇事逃逸", "122")]
    public void A_call_about_an_emergency_happening_now_is_handed_to_its_service(string text, string number)
    {
        var referral = EmergencyDetector.Detect(text);
        Assert.NotNull(referral);
        Assert.Equal(number, referral.Number);
        Assert.NotEmpty(referral.Phrases);
        Assert.All(referral.Phrases, p => Assert.Contains(p, text));
    }

    [Theory]
    [InlineData("上周着火的那栋楼的维修问题，物业一直不管")]
    [InlineData("去年家里失火了，想问一下有没有补贴政策")]
    [InlineData("楼道里堆满杂物，有火灾隐患，请消防部门检查")]
    [InlineData("这个路口经常发生车祸，建议安装红绿灯")]
    [InlineData("交通事故认定书在哪里领取")]
    [InlineData("小区电梯经常困人，要求物业维修")]
    [InlineData("工厂烟囱一直冒烟，气味很大，要求环保部门处理")]
    [InlineData("隔壁装修噪音很大，一直被困扰，晚上睡不着")]
    [InlineData("没有着火，只是烧焦的味道，已经查过了")]
    [InlineData("担心电动车在楼道充电会起火")]
    [InlineData("厨房着火已经扑灭了，现在想问保险怎么理赔")]
    [InlineData("昨天晚上在宵夜档被打了，已经报警，想咨询验伤")]
    [InlineData("如何办理社保卡？工作单位变了")]
    [InlineData("请问公积金提取需要什么材料")]
    [InlineData("")]
    public void A_mention_of_a_past_feared_or_settled_event_stays_a_12345_matter(string text)
    {
        Assert.Null(EmergencyDetector.Detect(text));
    }

    [Fact]
    public void A_crash_with_an_injured_person_goes_to_one_service_and_names_the_other()
    {
        var referral = EmergencyDetector.Detect("刚刚两辆车追尾，一个司机昏迷了，快叫救护车");
        Assert.NotNull(referral);
        Assert.Equal(EmergencyService.Ambulance, referral.Service);
        Assert.Equal(["昏迷", "救护车"], referral.Phrases);
        Assert.Equal([EmergencyService.TrafficPolice], referral.AlsoNotify);
        Assert.Equal("120 急救", referral.ServiceName);
    }

    [Fact]
    public void A_new_fire_in_a_building_that_burned_before_is_an_emergency_again()
    {
        // The past clause is ignored, the present one is not.
        var referral = EmergencyDetector.Detect("上周就反映过电线老化，现在又着火了");
        Assert.Equal("119", referral?.Number);
        Assert.Equal(["着火"], referral!.Phrases);
    }

    [Fact]
    public void Detection_of_a_long_text_looks_at_its_beginning_only()
    {
        // Speed is the benchmarks' business, not a wall-clock assertion here (it failed on a loaded machine).
        var text = "小区物业管理混乱，" + string.Concat(Enumerable.Repeat("停车收费不合理，", 2000)) + "现在着火了";
        Assert.Null(EmergencyDetector.Detect(text));
        Assert.Equal("119", EmergencyDetector.Detect("现在着火了，" + text)?.Number);
    }
}
