using OneStop.Catalog.Items;

namespace OneStop.Tests.Catalog.Items;

/// <summary>通用目录 N ± 本地差异 X.</summary>
public sealed class LocalVariationTests
{
    [Fact]
    public void A_county_shortens_the_promised_limit_and_adds_a_window_everything_else_comes_from_the_general_item()
    {
        var general = SampleItems.FoodBusinessLicence() with { RegionCode = "440100", ImplementationCode = "GZ-001", Channels = [HandlingChannel.Window, HandlingChannel.Online] };
        var variation = new LocalVariation { PromisedLimitDays = 3, ExtraChannels = [HandlingChannel.SelfServiceKiosk], HandlingLocation = "天河区政务服务中心 B 区" };
        var effective = variation.ApplyTo(general, "440106", "TH-001");

        Assert.Equal(3, effective.PromisedLimitDays);
        Assert.Equal(20, effective.StatutoryLimitDays);
        Assert.Equal("440106", effective.RegionCode);
        Assert.Equal("TH-001", effective.ImplementationCode);
        Assert.Contains(HandlingChannel.SelfServiceKiosk, effective.Channels);
        Assert.Contains(HandlingChannel.Online, effective.Channels);
        Assert.Equal(general.Materials, effective.Materials);
        Assert.Empty(PublishingChecks.Run(effective));
    }

    [Fact]
    public void A_local_promise_longer_than_the_statutory_limit_fails_the_same_checks()
    {
        var effective = new LocalVariation { PromisedLimitDays = 30 }.ApplyTo(SampleItems.FoodBusinessLicence(), "440106", "TH-002");
        Assert.Contains(PublishingChecks.Run(effective), i => i.Code == "catalog.promised-exceeds-statutory");
    }

    [Fact]
    public void A_county_may_waive_a_material_the_general_item_asks_for()
    {
        var effective = new LocalVariation { WaivedMaterials = ["营业执照复印件"] }.ApplyTo(SampleItems.FoodBusinessLicence(), "440106", "TH-003");
        Assert.DoesNotContain(effective.Materials, m => m.Name == "营业执照复印件");
    }

    [Fact]
    public void An_item_can_only_derive_from_a_general_item()
    {
        var general = ServiceItem.Create(SampleItems.FoodBusinessLicence() with { RegionCode = "440100" }, "admin");
        var local = ServiceItem.DeriveLocal(general, general.Versions[0].Content, "440106", "TH-004", new LocalVariation());
        Assert.Throws<OneStop.Platform.Errors.BusinessRuleException>(() => ServiceItem.DeriveLocal(local, general.Versions[0].Content, "440106006", "X", new LocalVariation()));
    }

    [Theory]
    [InlineData("440100")]
    [InlineData("440300")]
    public void A_local_item_must_be_in_a_region_below_the_general_item(string region)
    {
        var general = ServiceItem.Create(SampleItems.FoodBusinessLicence() with { RegionCode = "440100" }, "admin");
        var e = Assert.Throws<OneStop.Platform.Errors.BusinessRuleException>(() => ServiceItem.DeriveLocal(general, general.Versions[0].Content, region, "X", new LocalVariation()));
        Assert.Equal("catalog.not-below-general", e.Code);
    }
}
