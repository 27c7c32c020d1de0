using OneStop.Hotline.Duplicates;

namespace OneStop.Tests.Hotline.Duplicates;

/// <summary>
/// The same-matter rule on examples of the tune half of matters.tsv (odd scenes) only: the report half stays unseen
/// by the tests too, so its figures (LabelledPairsQualityTests) keep meaning something.
/// </summary>
public sealed class SameMatterRuleTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 2, 9, 0, 0, TimeSpan.FromHours(8));

    private static MatterRecord Request(string text, string region = "440106", string? category = null, string? address = null,
        double days = 0, double? lat = null, double? lon = null) =>
        new(Guid.NewGuid(), "T", text, category, region, address, lat, lon, Monday.AddDays(days));

    [Fact]
    public void Two_reports_of_one_burst_main_in_different_words_are_the_same_matter()
    {
        // Scene 31: a passer-by sees the water, a resident notices the outage. Few characters in common.
        var passerBy = Request("东圃大马路东圃二马路交界处地下水管爆了，马路中间鼓起来一直往外喷水。", category: "010216");
        var resident = Request("东圃这边停水了，楼下说是二马路的大水管爆管，维修要多久？", address: "东圃二马路", category: "010216");
        Assert.True(TextBigrams.Cosine(TextBigrams.Of(passerBy.Text), TextBigrams.Of(resident.Text)) < 0.3, "the texts share few character pairs");

        var verdict = SameMatterRule.Compare(passerBy, resident);

        Assert.True(verdict.Same, $"score {verdict.Score}: {string.Join("；", verdict.Reasons)}");
        Assert.Contains(verdict.Reasons, r => r.StartsWith("文本含义相近", StringComparison.Ordinal));
        Assert.Contains(verdict.Reasons, r => r.StartsWith("同一", StringComparison.Ordinal) && r.Contains("东圃二马路"));
    }

    [Fact]
    public void Two_complaints_about_one_market_that_differ_are_not()
    {
        // Scene 37: one market, many shared words; one complaint is about prices, the other about rubbish.
        var prices = Request("棠东综合市场的海鲜档标价每斤38元，称完按每斤58元收钱，明显是价格欺诈。", category: "110408");
        var rubbish = Request("棠东综合市场后面的垃圾堆了一个星期没人清运，臭味很大，老鼠到处跑。", category: "010214", days: 1);

        var verdict = SameMatterRule.Compare(prices, rubbish);

        Assert.False(verdict.Same, $"score {verdict.Score}: {string.Join("；", verdict.Reasons)}");
        Assert.Contains(verdict.Reasons, r => r.StartsWith("同一地点", StringComparison.Ordinal));
        Assert.Contains(verdict.Reasons, r => r.StartsWith("诉求内容不同", StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_complaint_about_another_site_of_the_district_is_another_matter()
    {
        var here = Request("汇景新城旁边的工地每天早上六点就开始施工，电钻声音吵得人睡不着。");
        var there = Request("骏景花园旁边的工地每天早上六点就开始施工，电钻声音吵得人睡不着。");

        var verdict = SameMatterRule.Compare(here, there);

        Assert.False(verdict.Same, $"score {verdict.Score}");
        Assert.Contains(verdict.Reasons, r => r.StartsWith("地点不同", StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_text_in_another_district_is_another_matter()
    {
        const string text = "龙口西路龙苑大厦整栋楼停电三个小时了，电梯也停了。";
        var verdict = SameMatterRule.Compare(Request(text, "440106"), Request(text, "440105"));
        Assert.False(verdict.Same);
        Assert.Contains("不同区县", verdict.Reasons);
    }

    [Fact]
    public void A_report_older_than_the_window_is_a_past_occurrence_not_the_same_matter()
    {
        const string text = "体育西路地铁站C出口的扶梯停运一个星期了，老人和带小孩的很不方便。";
        Assert.True(SameMatterRule.Compare(Request(text), Request(text, days: 3)).Same);
        var verdict = SameMatterRule.Compare(Request(text), Request(text, days: 45));
        Assert.False(verdict.Same);
        Assert.Contains(verdict.Reasons, r => r.StartsWith("时间相隔过久", StringComparison.Ordinal));
    }

    [Fact]
    public void Coordinates_far_apart_outweigh_the_same_words()
    {
        const string text = "路灯全部不亮，已经一个多星期了，晚上走路很危险。";
        var near = SameMatterRule.Compare(Request(text, lat: 23.1200, lon: 113.3300), Request(text, lat: 23.1205, lon: 113.3302));
        var far = SameMatterRule.Compare(Request(text, lat: 23.1200, lon: 113.3300), Request(text, lat: 23.1800, lon: 113.4000));
        Assert.True(near.Same);
        Assert.Contains(near.Reasons, r => r.StartsWith("同一地点（相距约", StringComparison.Ordinal));
        Assert.False(far.Same);
    }

    [Fact]
    public void Without_region_and_category_the_texts_alone_decide_and_the_category_hook_is_asked()
    {
        var asked = new List<string>();
        var same = SameMatterRule.CompareTexts("华景新城东门到华景路这一段的路灯全部不亮，已经一个多星期了。", "华景新城门口那排街灯晚上都不亮，请安排维修照明。",
            text => { asked.Add(text); return "010204"; });
        Assert.True(same.Same, $"score {same.Score}");
        Assert.Equal(2, asked.Count);
        Assert.Contains(same.Reasons, r => r.StartsWith("同一分类", StringComparison.Ordinal));
    }

    [Fact]
    public void Places_are_read_from_the_text_without_reaching_into_the_previous_place()
    {
        var places = PlaceExtraction.Extract("我家在华景路华景新城东门，旁边是龙洞小学").Select(p => p.Text).ToList();
        Assert.Equal(["华景路", "华景新城", "龙洞小学"], places);
        Assert.Empty(PlaceExtraction.Extract("晚上走夜路不安全，路边很黑"));
    }
}
