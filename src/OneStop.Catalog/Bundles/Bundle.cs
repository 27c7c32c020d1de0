using OneStop.Catalog.Items;
using OneStop.Platform.Errors;

namespace OneStop.Catalog.Bundles;

/// <summary>
/// 一件事: several items applied for together — one form, one material list, one application. The bundle keeps the
/// items' identities; what the applicant sees is merged from the items' versions in force (see <see cref="BundleGuide"/>).
/// </summary>
public sealed class Bundle
{
    public long Id { get; private set; }
    public required string Code { get; init; }
    public required string Name { get; set; }
    public required string RegionCode { get; init; }
    public string? Description { get; set; }
    public List<long> ItemIds { get; private set; } = [];
    public int PromisedLimitDays { get; set; }
    public VersionStatus Status { get; private set; } = VersionStatus.Draft;
    public DateTime? PublishedAt { get; private set; }

    /// <summary>Optimistic concurrency token, bumped by every change: of two simultaneous publishes or edits one wins.</summary>
    public int Revision { get; private set; }

    public void SetItems(IReadOnlyList<long> itemIds)
    {
        var distinct = itemIds.Distinct().ToList();
        if (distinct.Count < 2) throw new BusinessRuleException("bundle.too-few-items", "一件事至少包含两个事项");
        ItemIds = distinct;
    }

    /// <summary>修改: a published bundle goes back to draft, so a change is always re-checked before people see it.</summary>
    public void Edit(string name, string? description, IReadOnlyList<long> itemIds, int promisedLimitDays)
    {
        SetItems(itemIds);
        (Name, Description, PromisedLimitDays) = (name, description, promisedLimitDays);
        Status = VersionStatus.Draft;
        Revision++;
    }

    /// <summary>停止实施: no longer offered; kept for the applications made under it.</summary>
    public void Retire()
    {
        if (Status != VersionStatus.Published) throw new BusinessRuleException("bundle.not-published", "只能停止已发布的一件事");
        Status = VersionStatus.Retired;
        Revision++;
    }

    /// <summary>
    /// 发布: every member must be in force, and the bundle may not promise more than the slowest member's statutory
    /// limit allows (parallel approval cannot be slower than the law).
    /// </summary>
    public void Publish(IReadOnlyList<ItemContent?> members, DateTime now)
    {
        if (members.Any(m => m is null)) throw new BusinessRuleException("bundle.member-not-in-force", "一件事包含未实施的事项");
        var statutory = members.Select(m => m!.StatutoryLimitDays).Where(d => d is not null).Select(d => d!.Value).DefaultIfEmpty().Max();
        if (statutory > 0 && PromisedLimitDays > statutory)
            throw new BusinessRuleException("bundle.promised-exceeds-statutory", $"一件事承诺时限 {PromisedLimitDays} 个工作日超过各事项法定时限的最大值 {statutory}");
        if (PromisedLimitDays < 0) throw new BusinessRuleException("bundle.negative-limit", "承诺时限不能为负数");
        if (Status == VersionStatus.Published) throw new BusinessRuleException("bundle.already-published", "该一件事已发布");
        EnsureSharedFieldsAgree(members!);
        Status = VersionStatus.Published;
        PublishedAt = now;
        Revision++;
    }

    /// <summary>
    /// The bundle's form asks a key shared by several members once (ADR 0024): the members must agree on what it takes,
    /// or one department would receive "首次申领" where its item asked for a number.
    /// </summary>
    private static void EnsureSharedFieldsAgree(IReadOnlyList<ItemContent?> members)
    {
        var uses = members.SelectMany(m => (m!.FormFields ?? []).Where(f => f is not null).Select(f => (Item: m.MainItemName, Field: f)));
        foreach (var key in uses.GroupBy(u => u.Field.Key.Trim(), StringComparer.Ordinal))
        {
            var first = key.First();
            var other = key.FirstOrDefault(u => u.Field.Kind != first.Field.Kind
                || !(u.Field.Options ?? []).SequenceEqual(first.Field.Options ?? []));
            if (other.Field is null) continue;
            throw new BusinessRuleException("bundle.form-field-conflict",
                $"申请表字段“{first.Field.Label}”（{key.Key}）在{first.Item}中是{Describe(first.Field)}，在{other.Item}中是{Describe(other.Field)}",
                "一件事只问一次相同代码的字段，各事项中该字段的类型和可选项须一致；请先修改事项的申请表字段。");
        }
    }

    private static string Describe(FormField f) =>
        f.Kind.Chinese() + (f.Options is { Count: > 0 } o ? $"（{string.Join("、", o)}）" : "");
}
