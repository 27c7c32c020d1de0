namespace OneStop.Hotline.Dispatch;

/// <summary>
/// One line of the 派单目录: requests of this category (a 一级, 二级 or 三级 code, and everything below it) in this
/// region (and the regions below it) go to the main department (主办), with the co-handlers (协办) named beside it.
/// One rule per (category, region); <see cref="DispatchCatalogue"/> picks the most specific one.
/// </summary>
public sealed class DispatchRule
{
    private DispatchRule() { }

    public DispatchRule(string categoryCode, string regionCode, long mainDepartmentId, IEnumerable<long> coHandlerIds, string? note,
        string by, DateTime now)
    {
        CategoryCode = categoryCode;
        RegionCode = regionCode;
        Change(mainDepartmentId, coHandlerIds, note, by, now);
        Revision = 1;
    }

    public long Id { get; private set; }
    public string CategoryCode { get; private set; } = "";
    public string RegionCode { get; private set; } = "";
    public long MainDepartmentId { get; private set; }
    public List<long> CoHandlerIds { get; private set; } = [];
    public string? Note { get; private set; }
    public string UpdatedBy { get; private set; } = "";
    public DateTime UpdatedAt { get; private set; }

    /// <summary>Bumped by every change; a concurrency token, and what an edit form sends back (two editors: one wins).</summary>
    public int Revision { get; private set; }

    /// <summary>The category and the region are the rule's identity: changing them is a new rule, not an edit.</summary>
    public void Change(long mainDepartmentId, IEnumerable<long> coHandlerIds, string? note, string by, DateTime now)
    {
        MainDepartmentId = mainDepartmentId;
        CoHandlerIds = coHandlerIds.ToList();
        Note = note;
        UpdatedBy = by;
        UpdatedAt = now;
        Revision++;
    }

    /// <summary>How specific the rule is for a request: the longer category code first, then the nearer region.</summary>
    internal int CategoryDepth => CategoryCode.Length;
}
