using OneStop.Catalog.Bundles;
using OneStop.Catalog.Items;
using OneStop.Platform.Errors;
using OneStop.Tests.Catalog.Items;

namespace OneStop.Tests.Catalog.Bundles;

/// <summary>开办餐饮店 = 营业执照 + 食品经营许可: one form, one material list.</summary>
public sealed class BundleGuideTests
{
    private static ItemContent BusinessRegistration() => SampleItems.FoodBusinessLicence() with
    {
        MainItemName = "市场主体设立登记", SubItemName = null, ImplementationCode = "REG-1",
        StatutoryLimitDays = 15, PromisedLimitDays = 1,
        Materials = [new("法定代表人身份证 复印件", MaterialNecessity.Required, MaterialForm.Copy), new("公司章程")],
        FormFields = [new("applicant.name", "申请人姓名"), new("business.address", "经营场所")],
        Fees = [],
    };

    private static ItemContent Food() => SampleItems.FoodBusinessLicence() with
    {
        Materials = [new("法定代表人身份证复印件", MaterialNecessity.Deferrable, MaterialForm.Copy, 2), new("食品经营许可申请书")],
        FormFields = [new("applicant.name", "申请人姓名"), new("food.category", "经营项目")],
        Fees = [new Fee("工本费", "10元/证", "价格主管部门文件", Amount: 10m), new Fee("检测费", "按检测项目", "依据", false)],
    };

    [Fact]
    public void The_same_material_needed_by_two_items_is_asked_once_with_the_strictest_requirement()
    {
        var guide = BundleGuide.Merge("开办餐饮店", 5, [BusinessRegistration(), Food()]);
        var id = Assert.Single(guide.Materials, m => m.Name.Contains("身份证"));
        Assert.Equal(MaterialNecessity.Required, id.Necessity);
        Assert.Equal(2, id.PaperCopies);
        Assert.Equal(2, id.NeededFor.Count);
        Assert.Equal(3, guide.Materials.Count);
    }

    [Fact]
    public void Shared_form_fields_are_asked_once()
    {
        var guide = BundleGuide.Merge("开办餐饮店", 5, [BusinessRegistration(), Food()]);
        Assert.Equal(["applicant.name", "business.address", "food.category"], guide.FormFields.Select(f => f.Key).ToArray());
        Assert.Equal(2, guide.FormFields.Single(f => f.Key == "applicant.name").UsedBy.Count);
    }

    [Fact]
    public void Fees_add_up_where_they_are_fixed_sums()
    {
        var guide = BundleGuide.Merge("开办餐饮店", 5, [BusinessRegistration(), Food()]);
        Assert.Equal(10m, guide.TotalFixedFees);
        Assert.Equal(2, guide.Fees.Count);
    }

    [Fact]
    public void A_bundle_cannot_promise_longer_than_its_slowest_statutory_limit()
    {
        var bundle = new Bundle { Code = "B", Name = "开办餐饮店", RegionCode = "440106", PromisedLimitDays = 21 };
        bundle.SetItems([1, 2]);
        var e = Assert.Throws<BusinessRuleException>(() => bundle.Publish([BusinessRegistration(), Food()], DateTime.UtcNow));
        Assert.Equal("bundle.promised-exceeds-statutory", e.Code);
    }

    [Fact]
    public void A_bundle_needs_two_items_in_force()
    {
        var bundle = new Bundle { Code = "B", Name = "x", RegionCode = "440106", PromisedLimitDays = 3 };
        Assert.Equal("bundle.too-few-items", Assert.Throws<BusinessRuleException>(() => bundle.SetItems([1, 1])).Code);
        bundle.SetItems([1, 2]);
        Assert.Equal("bundle.member-not-in-force", Assert.Throws<BusinessRuleException>(() => bundle.Publish([Food(), null], DateTime.UtcNow)).Code);
    }
}
