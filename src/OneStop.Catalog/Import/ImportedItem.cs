namespace OneStop.Catalog.Import;

/// <summary>
/// A service item as a source catalog describes it, before it becomes a <c>ServiceItem</c>. Fields a source does not
/// carry are null (or empty lists); the portals' placeholder "无" is already turned into null.
/// </summary>
public sealed record ImportedItem
{
    /// <summary>One of <see cref="ImportSources"/>.</summary>
    public required string Source { get; init; }

    /// <summary>1-based line of the file where the item starts (the CSV header is line 1).</summary>
    public required int RowNumber { get; init; }

    /// <summary>实施编码.</summary>
    public required string ImplementationCode { get; init; }

    /// <summary>基本编码 (with the sub-item digits) when the source gives or embeds it.</summary>
    public string? BasicCode { get; init; }

    public required string MainItemName { get; init; }

    /// <summary>子项名称 when the item is a sub-item of <see cref="MainItemName"/>.</summary>
    public string? SubItemName { get; init; }

    /// <summary>业务办理项 (Guangdong subTaskName), the third level under the sub-item.</summary>
    public string? HandlingItemName { get; init; }

    public required string Name { get; init; }

    /// <summary>事项类型 in Chinese, e.g. 行政许可, 公共服务.</summary>
    public required string KindText { get; init; }

    /// <summary>实施主体.</summary>
    public required string DepartmentName { get; init; }

    /// <summary>The department's organisation or credit code as the source writes it.</summary>
    public string? DepartmentCode { get; init; }

    /// <summary>GB/T 2260 code (6 digits), or the 9/12-digit statistical code below county level.</summary>
    public string? RegionCode { get; init; }

    public TimeLimit? StatutoryLimit { get; init; }

    /// <summary>The source's 法定时限 text when it is present but not a limit we can read.</summary>
    public string? UnparsedStatutoryLimit { get; init; }

    public TimeLimit? PromisedLimit { get; init; }

    /// <summary>The source's 承诺时限 text when it is present but not a limit we can read.</summary>
    public string? UnparsedPromisedLimit { get; init; }

    /// <summary>受理条件.</summary>
    public string? AcceptanceConditions { get; init; }

    /// <summary>申请材料 names in the source's order.</summary>
    public IReadOnlyList<string> Materials { get; init; } = [];

    /// <summary>到现场次数.</summary>
    public int? RequiredVisits { get; init; }

    public bool? OnlineCapable { get; init; }

    /// <summary>支持物流快递 (results or materials by post).</summary>
    public bool? SupportsPost { get; init; }

    public bool? OnlineBooking { get; init; }

    public string? HandlingLocation { get; init; }

    public string? ConsultPhone { get; init; }

    public string? ComplaintPhone { get; init; }

    /// <summary>服务对象, e.g. 自然人, 企业法人.</summary>
    public IReadOnlyList<string> ServiceObjects { get; init; } = [];

    /// <summary>主题分类.</summary>
    public IReadOnlyList<string> Themes { get; init; } = [];

    /// <summary>The item's page on its portal.</summary>
    public string? Link { get; init; }
}
