namespace OneStop.Platform.Security;

/// <summary>How far a role's data scope reaches (see docs/adr/0003-data-scope.md).</summary>
public enum ScopeReach
{
    /// <summary>Only the applicant's own records.</summary>
    Own,
    /// <summary>The staff member's own department.</summary>
    Department,
    /// <summary>Every department of the staff member's region, not the regions below.</summary>
    Region,
    /// <summary>The staff member's region and every region below it.</summary>
    RegionAndBelow,
}

public sealed record Role(string Name, string ChineseName, ScopeReach Reach, bool IsStaff)
{
    public const string Citizen = nameof(Citizen);
    public const string Enterprise = nameof(Enterprise);
    public const string WindowClerk = nameof(WindowClerk);
    public const string Approver = nameof(Approver);
    public const string HallManager = nameof(HallManager);
    public const string HotlineAgent = nameof(HotlineAgent);
    public const string HotlineDispatcher = nameof(HotlineDispatcher);
    public const string DepartmentHandler = nameof(DepartmentHandler);
    public const string Supervisor = nameof(Supervisor);
    public const string CatalogAdmin = nameof(CatalogAdmin);
    public const string Regulator = nameof(Regulator);
    public const string SystemAdmin = nameof(SystemAdmin);

    public static readonly IReadOnlyList<Role> All =
    [
        new(Citizen, "自然人", ScopeReach.Own, false),
        new(Enterprise, "法人", ScopeReach.Own, false),
        new(WindowClerk, "综合窗口人员", ScopeReach.Region, true),
        new(Approver, "后台审批人员", ScopeReach.Department, true),
        new(HallManager, "大厅管理员", ScopeReach.Region, true),
        new(HotlineAgent, "12345 坐席", ScopeReach.RegionAndBelow, true),
        new(HotlineDispatcher, "12345 派单员", ScopeReach.RegionAndBelow, true),
        new(DepartmentHandler, "承办单位", ScopeReach.Department, true),
        new(Supervisor, "电子监察", ScopeReach.RegionAndBelow, true),
        new(CatalogAdmin, "事项目录管理员", ScopeReach.RegionAndBelow, true),
        new(Regulator, "行业主管部门", ScopeReach.Department, true),
        new(SystemAdmin, "系统管理员", ScopeReach.RegionAndBelow, true),
    ];

    public static IReadOnlyList<Role> Staff { get; } = All.Where(r => r.IsStaff).ToList();

    public static Role? Find(string? name) => All.FirstOrDefault(r => r.Name == name);
}
