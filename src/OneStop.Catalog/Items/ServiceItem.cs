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

    public static ServiceItem DeriveLocal(ServiceItem general, string regionCode, string implementationCode, LocalVariation variation)
    {
        if (general.GeneralItemId is not null)
            throw new BusinessRuleException("catalog.derive-from-local", "只能从通用目录事项派生本地事项");
        if (!Platform.Regions.RegionCode.TryParse(regionCode, out var local) || !Platform.Regions.RegionCode.TryParse(general.RegionCode, out var owner)
            || !local.IsWithin(owner) || local.Equals(owner))
            throw new BusinessRuleException("catalog.not-below-general", "本地事项须属于通用目录事项所在区划的下级区划");
        return new ServiceItem
        {
            ImplementationCode = implementationCode, RegionCode = regionCode, Source = "local",
            GeneralItemId = general.Id, Variation = variation,
        };
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

    public void ChangeVariation(LocalVariation variation)
    {
        if (GeneralItemId is null) throw new BusinessRuleException("catalog.not-local", "该事项不是派生的本地事项");
        Variation = variation;
        Revision++;
    }

    public ServiceItemVersion StartDraft()
    {
        if (DraftVersion is not null) throw new BusinessRuleException("catalog.draft-exists", "该事项已有草稿版本，请先发布或修改草稿");
        var from = LatestPublished ?? throw new BusinessRuleException("catalog.no-version", "该事项没有可复制的版本");
        var draft = ServiceItemVersion.Draft(_versions.Max(v => v.Number) + 1, from.Content);
        _versions.Add(draft);
        Revision++;
        return draft;
    }

    public void EditDraft(ItemContent content)
    {
        var draft = DraftVersion ?? throw new BusinessRuleException("catalog.no-draft", "没有可编辑的草稿，请先新建草稿");
        if (content.ImplementationCode != ImplementationCode || content.RegionCode != RegionCode)
            throw new BusinessRuleException("catalog.identity-immutable", "实施编码和实施区划不能在新版本中修改");
        draft.SetContent(content);
        Revision++;
    }

    /// <summary>
    /// 发布: the draft becomes valid from <paramref name="validFrom"/>; the version in force until then ends the day
    /// before. Rejected with every publishing issue at once.
    /// </summary>
    public ServiceItemVersion Publish(DateOnly validFrom, DateOnly today, DateTime now, bool skipChecks = false)
    {
        var draft = DraftVersion ?? throw new BusinessRuleException("catalog.no-draft", "没有待发布的草稿");
        if (validFrom < today) throw new BusinessRuleException("catalog.valid-from-in-past", "生效日期不能早于今天");
        if (!skipChecks)
        {
            var issues = PublishingChecks.Run(draft.Content);
            if (issues.Count > 0) throw new PublishingRejectedException(issues);
        }
        foreach (var previous in _versions.Where(v => v.Status == VersionStatus.Published))
        {
            if (previous.ValidFrom >= validFrom)
                throw new BusinessRuleException("catalog.overlapping-validity", "生效日期须晚于当前版本的生效日期");
            previous.ValidTo = validFrom.AddDays(-1);
            if (validFrom <= today) previous.Status = VersionStatus.Retired;
        }
        draft.Status = VersionStatus.Published;
        draft.ValidFrom = validFrom;
        draft.PublishedAt = now;
        Revision++;
        return draft;
    }

    /// <summary>停止实施: the item is no longer offered after <paramref name="lastDay"/>; its versions stay readable.</summary>
    public void Retire(DateOnly lastDay, DateOnly today)
    {
        var current = EffectiveOn(today) ?? throw new BusinessRuleException("catalog.not-in-force", "该事项当前没有生效的版本");
        if (lastDay < today) throw new BusinessRuleException("catalog.retire-in-past", "停止实施日期不能早于今天");
        current.ValidTo = lastDay;
        if (lastDay == today) current.Status = VersionStatus.Retired;
        Revision++;
    }
}
