using OneStop.Platform.Errors;

namespace OneStop.Catalog.Items;

/// <summary>
/// 审批服务事项: a stable identity with dated versions. Guards the versioning rules: at most one draft, published
/// versions are immutable, publishing retires the previous version without overlap, retired versions stay readable.
/// </summary>
public sealed class ServiceItem
{
    private readonly List<ServiceItemVersion> _versions = [];

    public long Id { get; private set; }
    public required string ImplementationCode { get; init; }
    public required string RegionCode { get; init; }
    /// <summary>
    /// 实施主体 as a Platform department (cases are routed by it), resolved from the content's department name;
    /// null until resolved or mapped by an administrator.
    /// </summary>
    public long? DepartmentId { get; private set; }
    public required string Source { get; init; }

    /// <summary>N ± X: the general (province/city) item this local item derives from; null for general or own items.</summary>
    public long? GeneralItemId { get; init; }
    public LocalVariation? Variation { get; private set; }

    /// <summary>
    /// Optimistic concurrency token: every change of the aggregate (a version added, edited, published, retired)
    /// bumps it, so of two administrators who loaded the same state only the first one's save succeeds.
    /// </summary>
    public int Revision { get; private set; }

    public IReadOnlyList<ServiceItemVersion> Versions => _versions;

    public ServiceItemVersion? DraftVersion => _versions.FirstOrDefault(v => v.Status == VersionStatus.Draft);

    public ServiceItemVersion? EffectiveOn(DateOnly date) =>
        _versions.Where(v => v.IsEffectiveOn(date)).MaxBy(v => v.Number);

    /// <summary>The newest non-draft version: what a new draft starts from.</summary>
    public ServiceItemVersion? LatestPublished => _versions.Where(v => v.Status != VersionStatus.Draft).MaxBy(v => v.Number);

    public static ServiceItem Create(ItemContent content, string source, long? departmentId = null)
    {
        var item = new ServiceItem
        {
            ImplementationCode = content.ImplementationCode, RegionCode = content.RegionCode, Source = source,
            DepartmentId = departmentId,
        };
        item._versions.Add(ServiceItemVersion.Draft(1, content));
        return item;
    }

    /// <summary>
    /// N ± X: a local item with its variation as draft version 1 (content = the merge with the general item in force),
    /// so it is not public until its administrator publishes it, and it has a version history of its own.
    /// </summary>
    public static ServiceItem DeriveLocal(ServiceItem general, ItemContent generalContent, string regionCode, string implementationCode,
        LocalVariation variation)
    {
        if (general.GeneralItemId is not null)
            throw new BusinessRuleException("catalog.derive-from-local", "只能从通用目录事项派生本地事项");
        if (!Platform.Regions.RegionCode.TryParse(regionCode, out var local) || !Platform.Regions.RegionCode.TryParse(general.RegionCode, out var owner)
            || !local.IsWithin(owner) || local.Equals(owner))
            throw new BusinessRuleException("catalog.not-below-general", "本地事项须属于通用目录事项所在区划的下级区划");
        var item = new ServiceItem
        {
            ImplementationCode = implementationCode, RegionCode = regionCode, Source = "local",
            GeneralItemId = general.Id, Variation = variation,
        };
        item._versions.Add(ServiceItemVersion.Draft(1, variation.ApplyTo(generalContent, regionCode, implementationCode), variation));
        return item;
    }

    public void AssignDepartment(long? departmentId)
    {
        if (DepartmentId == departmentId) return;
        DepartmentId = departmentId;
        Revision++;
    }

    /// <summary>The department name the item is implemented by now: its newest version's (drafts included), or the local variation's.</summary>
    public string? CurrentDepartmentName(ServiceItem? general = null) =>
        Variation?.DepartmentName ?? _versions.MaxBy(v => v.Number)?.DepartmentName
        ?? general?._versions.Where(v => v.Status != VersionStatus.Draft).MaxBy(v => v.Number)?.DepartmentName;

    /// <summary>
    /// A new local variation goes into the draft (started from the latest published version when there is none), never
    /// into a published version: the county's change is public only when it is published.
    /// </summary>
    public ServiceItemVersion ChangeVariation(LocalVariation variation, ItemContent generalContent)
    {
        if (GeneralItemId is null) throw new BusinessRuleException("catalog.not-local", "该事项不是派生的本地事项");
        var draft = DraftVersion;
        if (draft is null)
        {
            // A local item derived before variations were versioned has no version yet: its first draft is version 1.
            draft = ServiceItemVersion.Draft(_versions.Count == 0 ? 1 : _versions.Max(v => v.Number) + 1, generalContent, variation);
            _versions.Add(draft);
        }
        draft.Variation = variation;
        draft.SetContent(variation.ApplyTo(generalContent, RegionCode, ImplementationCode));
        Variation = variation;
        Revision++;
        return draft;
    }

    public ServiceItemVersion StartDraft()
    {
        if (DraftVersion is not null) throw new BusinessRuleException("catalog.draft-exists", "该事项已有草稿版本，请先发布或修改草稿");
        var from = LatestPublished ?? throw new BusinessRuleException("catalog.no-version", "该事项没有可复制的版本");
        var draft = ServiceItemVersion.Draft(_versions.Max(v => v.Number) + 1, from.Content, from.Variation);
        _versions.Add(draft);
        Revision++;
        return draft;
    }

    public void EditDraft(ItemContent content)
    {
        if (GeneralItemId is not null)
            throw new BusinessRuleException("catalog.local-edits-variation", "本地实施事项的内容来自通用目录事项，请修改本地差异");
        var draft = DraftVersion ?? throw new BusinessRuleException("catalog.no-draft", "没有可编辑的草稿，请先新建草稿");
        if (content.ImplementationCode != ImplementationCode || content.RegionCode != RegionCode)
            throw new BusinessRuleException("catalog.identity-immutable", "实施编码和实施区划不能在新版本中修改");
        draft.SetContent(content);
        Revision++;
    }

    /// <summary>The earliest day a new version may start: after every version that was published, and not in the past.</summary>
    public DateOnly EarliestValidFrom(DateOnly today)
    {
        var latestStart = _versions.Where(v => v.WasPublished).Max(v => v.ValidFrom);
        return latestStart is { } d && d >= today ? d.AddDays(1) : today;
    }

    /// <summary>
    /// 发布: the draft becomes valid from <paramref name="validFrom"/>; the version in force on that day ends the day
    /// before and hands on its own last day (a planned 停止实施 stays planned). A date on or before the start of an
    /// earlier version is refused with the earliest possible date. Rejected with every publishing issue at once.
    /// For a local item, <paramref name="generalContent"/> (the general item in force) is merged with the draft's variation first.
    /// </summary>
    public ServiceItemVersion Publish(DateOnly validFrom, DateOnly today, DateTime now, bool skipChecks = false, ItemContent? generalContent = null)
    {
        var draft = DraftVersion ?? throw new BusinessRuleException("catalog.no-draft", "没有待发布的草稿");
        var earliest = EarliestValidFrom(today);
        if (validFrom < today) throw new ValidFromTooEarlyException("catalog.valid-from-in-past", "生效日期不能早于今天", earliest);
        if (GeneralItemId is not null)
        {
            var variation = draft.Variation ?? Variation ?? new LocalVariation();
            if (generalContent is null) throw new BusinessRuleException("catalog.not-in-force", "通用目录事项当前未实施");
            draft.Variation = variation;
            draft.SetContent(variation.ApplyTo(generalContent, RegionCode, ImplementationCode));
            Variation = variation;
        }
        if (!skipChecks && draft.Variation is not { NotOffered: true })
        {
            var issues = PublishingChecks.Run(draft.Content);
            if (issues.Count > 0) throw new PublishingRejectedException(issues);
        }
        if (validFrom < earliest)
            throw new ValidFromTooEarlyException("catalog.overlapping-validity", "生效日期须晚于当前版本的生效日期", earliest);
        // Earlier versions never overlap each other, so at most one covers validFrom.
        var prior = _versions.FirstOrDefault(v => v.WasPublished && v.ValidFrom < validFrom && (v.ValidTo is null || v.ValidTo >= validFrom));
        draft.ValidTo = prior?.ValidTo;
        if (prior is not null)
        {
            prior.ValidTo = validFrom.AddDays(-1);
            if (validFrom <= today) prior.Status = VersionStatus.Retired;
        }
        draft.Status = VersionStatus.Published;
        draft.ValidFrom = validFrom;
        draft.PublishedAt = now;
        Revision++;
        return draft;
    }

    /// <summary>
    /// 停止实施: the item is no longer offered after <paramref name="lastDay"/>. The version in force then ends on that
    /// day; a version scheduled to start after it is withdrawn (it would otherwise bring the item back the next day).
    /// Versions stay readable for the cases bound to them; a draft stays a draft.
    /// </summary>
    public RetirementOutcome Retire(DateOnly lastDay, DateOnly today)
    {
        if (lastDay < today) throw new BusinessRuleException("catalog.retire-in-past", "停止实施日期不能早于今天");
        var live = _versions.Where(v => v.WasPublished && (v.ValidTo is null || v.ValidTo >= today)).OrderBy(v => v.Number).ToList();
        if (live.Count == 0) throw new BusinessRuleException("catalog.not-in-force", "该事项当前及今后都没有生效的版本");
        int? ended = null;
        var withdrawn = new List<int>();
        foreach (var version in live)
        {
            if (version.ValidFrom > lastDay)
            {
                version.Status = VersionStatus.Withdrawn;
                withdrawn.Add(version.Number);
            }
            else if (version.ValidTo is null || version.ValidTo > lastDay)
            {
                version.ValidTo = lastDay;
                if (lastDay == today) version.Status = VersionStatus.Retired;
                ended = version.Number;
            }
        }
        if (ended is null && withdrawn.Count == 0)
            throw new BusinessRuleException("catalog.already-retired", $"该事项已定于 {live.Max(v => v.ValidTo):yyyy-MM-dd} 后停止实施");
        Revision++;
        return new RetirementOutcome(lastDay, ended, withdrawn);
    }
}
