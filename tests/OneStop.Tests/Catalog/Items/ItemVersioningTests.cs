using OneStop.Catalog.Items;
using OneStop.Platform.Errors;

namespace OneStop.Tests.Catalog.Items;

public sealed class ItemVersioningTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly DateTime Now = new(2026, 11, 23, 1, 0, 0, DateTimeKind.Utc);

    private static ServiceItem Published()
    {
        var item = ServiceItem.Create(SampleItems.FoodBusinessLicence(), "admin");
        item.Publish(Today, Today, Now);
        return item;
    }

    [Fact]
    public void Drafting_the_next_version_keeps_the_current_one_published()
    {
        var item = Published();
        var draft = item.StartDraft();
        item.EditDraft(draft.Content with { PromisedLimitDays = 3 });
        Assert.Equal(5, item.EffectiveOn(Today)!.Content.PromisedLimitDays);
        Assert.Equal(2, draft.Number);
    }

    [Fact]
    public void Only_one_draft_at_a_time() 
    {
        var item = Published();
        item.StartDraft();
        Assert.Equal("catalog.draft-exists", Assert.Throws<BusinessRuleException>(() => item.StartDraft()).Code);
    }

    [Fact]
    public void Publishing_a_future_version_ends_the_current_one_the_day_before_without_overlap()
    {
        var item = Published();
        item.EditDraftAfterStart(c => c with { PromisedLimitDays = 3 });
        var next = item.Publish(new DateOnly(2027, 1, 1), Today, Now);
        var first = item.Versions.Single(v => v.Number == 1);
        Assert.Equal(new DateOnly(2026, 12, 31), first.ValidTo);
        Assert.Equal(5, item.EffectiveOn(new DateOnly(2026, 12, 31))!.Content.PromisedLimitDays);
        Assert.Equal(3, item.EffectiveOn(new DateOnly(2027, 1, 1))!.Content.PromisedLimitDays);
        Assert.Same(next, item.EffectiveOn(new DateOnly(2030, 1, 1)));
    }

    [Fact]
    public void Publishing_from_tomorrow_ends_the_previous_version_today_and_it_stays_readable()
    {
        var item = Published();
        item.EditDraftAfterStart(c => c with { PromisedLimitDays = 4 });
        item.Publish(Today.AddDays(1), Today, Now);
        var first = item.Versions.Single(v => v.Number == 1);
        Assert.Equal(Today, first.ValidTo);
        Assert.Same(first, item.EffectiveOn(Today));
        Assert.Equal(4, item.EffectiveOn(Today.AddDays(1))!.Content.PromisedLimitDays);
        Assert.Equal(5, first.Content.PromisedLimitDays);
    }

    [Fact]
    public void A_draft_failing_the_checks_is_not_published_and_stays_a_draft()
    {
        var item = Published();
        item.EditDraftAfterStart(c => c with { PromisedLimitDays = 99 });
        var e = Assert.Throws<PublishingRejectedException>(() => item.Publish(Today, Today, Now));
        Assert.Contains(e.Issues, i => i.Code == "catalog.promised-exceeds-statutory");
        Assert.NotNull(item.DraftVersion);
        Assert.Equal(5, item.EffectiveOn(Today)!.Content.PromisedLimitDays);
    }

    [Fact]
    public void The_code_and_region_of_an_item_never_change_between_versions()
    {
        var item = Published();
        var draft = item.StartDraft();
        Assert.Equal("catalog.identity-immutable",
            Assert.Throws<BusinessRuleException>(() => item.EditDraft(draft.Content with { RegionCode = "440104" })).Code);
    }

    [Fact]
    public void Retiring_an_item_keeps_its_versions_for_the_cases_bound_to_them()
    {
        var item = Published();
        item.Retire(Today, Today);
        Assert.Null(item.EffectiveOn(Today.AddDays(1)));
        Assert.Single(item.Versions);
    }

    [Fact]
    public void History_shows_what_changed_between_two_versions()
    {
        var before = SampleItems.FoodBusinessLicence();
        var after = before with { PromisedLimitDays = 3, HandlingLocation = "天河区政务服务中心" };
        var changes = VersionDiff.Between(before, after).Select(c => c.Field).ToList();
        Assert.Equal(["promisedLimitDays", "handlingLocation"], changes);
    }
}

internal static class ItemTestExtensions
{
    public static void EditDraftAfterStart(this ServiceItem item, Func<ItemContent, ItemContent> change)
    {
        var draft = item.StartDraft();
        item.EditDraft(change(draft.Content));
    }
}
