using OneStop.Catalog.Items;
using OneStop.Platform.Errors;

namespace OneStop.Tests.Catalog.Items;

/// <summary>停止实施, scheduling and publishing never let two versions of one item be in force on the same day (ADR 0013).</summary>
public sealed class ItemLifecycleTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly DateTime Now = new(2026, 11, 23, 1, 0, 0, DateTimeKind.Utc);

    private static ServiceItem PublishedToday()
    {
        var item = ServiceItem.Create(SampleItems.FoodBusinessLicence(), "admin");
        item.Publish(Today, Today, Now);
        return item;
    }

    private static void Schedule(ServiceItem item, int days, int promised)
    {
        item.EditDraftAfterStart(c => c with { PromisedLimitDays = promised });
        item.Publish(Today.AddDays(days), Today, Now);
    }

    /// <summary>Every day from today on for two years is covered by at most one version.</summary>
    private static void AssertNoOverlap(ServiceItem item)
    {
        for (var d = Today; d < Today.AddYears(2); d = d.AddDays(1))
        {
            var day = d;
            var inForce = item.Versions.Count(v => v.IsEffectiveOn(day));
            Assert.True(inForce <= 1, $"{day:yyyy-MM-dd}: {inForce} versions in force");
        }
    }

    [Fact]
    public void Retiring_today_withdraws_the_version_scheduled_for_next_week()
    {
        var item = PublishedToday();
        Schedule(item, 7, 3);

        var outcome = item.Retire(Today, Today);

        Assert.Equal(1, outcome.EndedVersion);
        Assert.Equal([2], outcome.WithdrawnVersions);
        Assert.Equal(VersionStatus.Withdrawn, item.Versions.Single(v => v.Number == 2).Status);
        Assert.Null(item.EffectiveOn(Today.AddDays(7)));
        Assert.Null(item.EffectiveOn(Today.AddDays(1)));
        Assert.Contains("撤回", outcome.Summary);
    }

    [Fact]
    public void Retiring_after_a_scheduled_version_started_ends_that_version_on_the_last_day()
    {
        var item = PublishedToday();
        Schedule(item, 7, 3);

        var outcome = item.Retire(Today.AddDays(10), Today);

        Assert.Equal(2, outcome.EndedVersion);
        Assert.Empty(outcome.WithdrawnVersions);
        Assert.Equal(3, item.EffectiveOn(Today.AddDays(10))!.Content.PromisedLimitDays);
        Assert.Null(item.EffectiveOn(Today.AddDays(11)));
        AssertNoOverlap(item);
    }

    [Fact]
    public void Scheduling_a_third_version_does_not_stretch_the_current_one_over_the_second()
    {
        var item = PublishedToday();
        Schedule(item, 10, 4);
        Schedule(item, 20, 3);

        Assert.Equal(Today.AddDays(9), item.Versions.Single(v => v.Number == 1).ValidTo);
        Assert.Equal(4, item.EffectiveOn(Today.AddDays(15))!.Content.PromisedLimitDays);
        AssertNoOverlap(item);
    }

    [Fact]
    public void A_version_published_before_a_planned_last_day_keeps_that_last_day()
    {
        var item = PublishedToday();
        item.Retire(Today.AddDays(10), Today);
        Schedule(item, 5, 3);

        Assert.Equal(Today.AddDays(10), item.Versions.Single(v => v.Number == 2).ValidTo);
        Assert.Null(item.EffectiveOn(Today.AddDays(11)));
        AssertNoOverlap(item);
    }

    [Fact]
    public void Retiring_again_with_a_later_day_does_not_prolong_the_item()
    {
        var item = PublishedToday();
        item.Retire(Today.AddDays(5), Today);
        var e = Assert.Throws<BusinessRuleException>(() => item.Retire(Today.AddDays(10), Today));
        Assert.Equal("catalog.already-retired", e.Code);
        Assert.Null(item.EffectiveOn(Today.AddDays(6)));
    }

    [Fact]
    public void Retiring_earlier_than_planned_moves_the_last_day_forward()
    {
        var item = PublishedToday();
        item.Retire(Today.AddDays(10), Today);
        item.Retire(Today.AddDays(3), Today);
        Assert.Null(item.EffectiveOn(Today.AddDays(4)));
    }

    [Fact]
    public void Publishing_on_the_day_the_current_version_started_proposes_tomorrow()
    {
        var item = PublishedToday();
        item.EditDraftAfterStart(c => c with { PromisedLimitDays = 3 });
        var e = Assert.Throws<ValidFromTooEarlyException>(() => item.Publish(Today, Today, Now));
        Assert.Equal("catalog.overlapping-validity", e.Code);
        Assert.Equal(Today.AddDays(1), e.ProposedValidFrom);
        Assert.Equal("2026-11-24", e.Extensions["proposedValidFrom"]);
        item.Publish(e.ProposedValidFrom, Today, Now);
        AssertNoOverlap(item);
    }

    [Fact]
    public void Publishing_before_a_scheduled_version_proposes_the_day_after_it_starts()
    {
        var item = PublishedToday();
        Schedule(item, 10, 4);
        item.EditDraftAfterStart(c => c with { PromisedLimitDays = 3 });
        var e = Assert.Throws<ValidFromTooEarlyException>(() => item.Publish(Today.AddDays(5), Today, Now));
        Assert.Equal(Today.AddDays(11), e.ProposedValidFrom);
    }

    [Fact]
    public void A_withdrawn_version_does_not_block_the_next_publication()
    {
        var item = PublishedToday();
        Schedule(item, 10, 4);
        item.Retire(Today.AddDays(3), Today);
        item.EditDraftAfterStart(c => c with { PromisedLimitDays = 3 });
        item.Publish(Today.AddDays(5), Today, Now);
        Assert.Equal(3, item.EffectiveOn(Today.AddDays(12))!.Content.PromisedLimitDays);
        AssertNoOverlap(item);
    }

    [Fact]
    public void A_derived_item_is_a_draft_until_published_and_a_new_variation_is_a_new_draft()
    {
        var generalContent = SampleItems.FoodBusinessLicence() with { RegionCode = "440100" };
        var general = ServiceItem.Create(generalContent, "admin");
        general.Publish(Today, Today, Now);
        var local = ServiceItem.DeriveLocal(general, generalContent, "440106", "TH-1", new LocalVariation { PromisedLimitDays = 3 });

        Assert.Null(local.EffectiveOn(Today));
        Assert.Equal(generalContent.DisplayName, local.DraftVersion!.Name);
        local.Publish(Today, Today, Now, generalContent: generalContent);
        Assert.Equal(3, local.EffectiveOn(Today)!.Content.PromisedLimitDays);

        var draft = local.ChangeVariation(new LocalVariation { PromisedLimitDays = 2 }, generalContent);
        Assert.Equal(2, draft.Number);
        Assert.Equal(3, local.EffectiveOn(Today)!.Variation!.PromisedLimitDays);
        Assert.Equal("catalog.local-edits-variation",
            Assert.Throws<BusinessRuleException>(() => local.EditDraft(draft.Content)).Code);

        local.Retire(Today, Today);
        Assert.Null(local.EffectiveOn(Today.AddDays(1)));
    }
}
