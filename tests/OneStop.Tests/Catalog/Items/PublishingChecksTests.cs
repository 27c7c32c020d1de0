using OneStop.Catalog.Items;

namespace OneStop.Tests.Catalog.Items;

public sealed class PublishingChecksTests
{
    private static IReadOnlyList<string> Codes(ItemContent c) => PublishingChecks.Run(c).Select(i => i.Code).ToList();

    [Fact]
    public void A_complete_item_passes() => Assert.Empty(Codes(SampleItems.FoodBusinessLicence()));

    [Fact]
    public void A_promised_limit_longer_than_the_statutory_one_is_refused() =>
        Assert.Contains("catalog.promised-exceeds-statutory", Codes(SampleItems.FoodBusinessLicence() with { PromisedLimitDays = 25 }));

    [Fact]
    public void An_immediate_item_must_be_decided_on_the_spot() =>
        Assert.Contains("catalog.immediate-needs-zero-limit", Codes(SampleItems.FoodBusinessLicence() with { CaseType = CaseType.Immediate }));

    [Fact]
    public void A_zero_day_promise_must_be_an_immediate_item() =>
        Assert.Contains("catalog.zero-limit-is-immediate", Codes(SampleItems.FoodBusinessLicence() with { PromisedLimitDays = 0 }));

    [Fact]
    public void Visits_to_the_hall_need_a_reason()
    {
        Assert.Contains("catalog.visits-need-reason", Codes(SampleItems.FoodBusinessLicence() with { RequiredVisits = 1 }));
        Assert.Empty(Codes(SampleItems.FoodBusinessLicence() with { RequiredVisits = 1, VisitsReason = "现场核验原件" }));
    }

    [Fact]
    public void A_zero_visit_item_that_is_not_online_must_support_post() =>
        Assert.Contains("catalog.zero-visit-needs-post",
            Codes(SampleItems.FoodBusinessLicence() with { Channels = [HandlingChannel.Window] }));

    [Fact]
    public void A_fee_needs_its_standard_and_basis() =>
        Assert.Contains("catalog.fee-needs-basis",
            Codes(SampleItems.FoodBusinessLicence() with { Fees = [new Fee("工本费", "10元/本", null)] }));

    [Fact]
    public void An_administrative_licence_needs_the_five_steps()
    {
        var issues = PublishingChecks.Run(SampleItems.FoodBusinessLicence() with { Steps = [new("受理"), new("审批")] });
        var issue = Assert.Single(issues, i => i.Code == "catalog.licence-steps-missing");
        Assert.Contains("审核", issue.Message);
        Assert.Contains("送达", issue.Message);
    }

    [Theory]
    [InlineData("其他材料")]
    [InlineData("有关材料")]
    [InlineData("申请人认为需要提交的其他材料")]
    public void Catch_all_material_names_are_refused(string name) =>
        Assert.Contains("catalog.vague-material",
            Codes(SampleItems.FoodBusinessLicence() with { Materials = [new("食品经营许可申请书"), new(name)] }));

    [Fact]
    public void All_issues_are_reported_at_once()
    {
        var broken = SampleItems.FoodBusinessLicence() with
        {
            PromisedLimitDays = 30, RequiredVisits = 2, Fees = [new Fee("费", null, null)], Materials = [new("其他材料")],
        };
        Assert.True(PublishingChecks.Run(broken).Count >= 4);
    }
}
