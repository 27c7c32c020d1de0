using OneStop.Catalog.Bundles;
using OneStop.Catalog.Items;
using OneStop.Catalog.Notices;
using OneStop.Tests.Catalog.Items;

namespace OneStop.Tests.Catalog.Notices;

public sealed class PrintBundleNoticeTests : IDisposable
{
    private readonly Poppler _poppler = new();

    [Fact]
    public void The_notice_of_a_bundle_lists_each_material_once_with_the_items_that_need_it_and_the_fee_total()
    {
        var food = SampleItems.FoodBusinessLicence() with { Fees = [new Fee("工本费", "10元/证", null, Amount: 10)] };
        var sign = SampleItems.FoodBusinessLicence() with
        {
            SubItemName = "户外广告设置审批", Materials = [new("营业执照复印件", Form: MaterialForm.Copy), new("广告设计效果图")],
            Fees = [new Fee("占道费", "25.5元", null, Amount: 25.5m)],
        };
        var guide = BundleGuide.Merge("开餐馆", 10, [food, sign]);

        var text = _poppler.Text(_poppler.Save(OneTimeNoticePdf.ForBundle("开餐馆", guide, new DateOnly(2026, 11, 23))));

        Assert.Contains(OneTimeNoticePdf.Title, text);
        Assert.Contains("开餐馆", text);
        Assert.All(guide.Materials, m => Assert.Contains(m.Name, text));
        Assert.Single(text.Split("营业执照复印件")[1..]);
        Assert.Contains("所需事项：食品经营许可（新办）、户外广告设置审批", text);
        Assert.Contains("固定金额收费合计：35.5 元", text);
    }

    [Fact]
    public void The_notice_of_a_bundle_tells_each_members_acceptance_conditions_and_the_halls_hours()
    {
        var food = SampleItems.FoodBusinessLicence() with { AcceptanceConditions = "具有与经营的食品品种相适应的经营场所" };
        var sign = SampleItems.FoodBusinessLicence() with { SubItemName = "户外广告设置审批", AcceptanceConditions = "设置地点符合户外广告设置规划" };
        var guide = BundleGuide.Merge("开餐馆", 10, [food, sign]);
        var hall = new NoticeHall("4401", "广州市政务服务中心", "天府路1号", "周一至周五 9:00—17:00");

        var text = _poppler.Text(_poppler.Save(OneTimeNoticePdf.ForBundle("开餐馆", guide, new DateOnly(2026, 11, 23), hall)));

        Assert.Contains("受理条件", text);
        Assert.Contains("食品经营许可（新办）：", text);
        Assert.Contains("具有与经营的食品品种相适应的经营场所", text);
        Assert.Contains("户外广告设置审批：", text);
        Assert.Contains("设置地点符合户外广告设置规划", text);
        Assert.Contains("广州市政务服务中心（天府路1号）", text);
        Assert.Contains("办公时间：周一至周五 9:00—17:00", text);
    }

    [Fact]
    public void A_bundle_notice_embeds_only_the_characters_it_prints()
    {
        var guide = BundleGuide.Merge("开餐馆", 10, [SampleItems.FoodBusinessLicence(), SampleItems.FoodBusinessLicence() with { SubItemName = "户外广告设置审批" }]);
        var bytes = OneTimeNoticePdf.ForBundle("开餐馆", guide, new DateOnly(2026, 11, 23));

        Assert.True(bytes.Length < 200 * 1024, $"the bundle notice is {bytes.Length / 1024} KB");
        Assert.Contains("开餐馆", _poppler.Text(_poppler.Save(bytes)));
    }

    public void Dispose() => _poppler.Dispose();
}
