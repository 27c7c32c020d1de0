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

    public void Dispose() => _poppler.Dispose();
}
