using OneStop.Platform.Errors;
using OneStop.Platform.Regions;

namespace OneStop.Platform.Security;

/// <summary>
/// The part of the data a user may act on for a given task. Every endpoint asks for one with the roles the task
/// allows; the answer both guards single records (<see cref="Covers"/>) and filters queries
/// (<see cref="RegionPrefix"/>, <see cref="DepartmentId"/>).
/// </summary>
public sealed record StaffScope(ScopeReach Reach, string Region, long? DepartmentId)
{
    /// <summary>Codes of the regions in reach start with this (the user's region and, where allowed, below).</summary>
    public string RegionPrefix => Reach == ScopeReach.RegionAndBelow ? Security.RegionPrefix.Of(Region) : Region;

    /// <summary>Whether the region is in reach; an empty or unknown region never is.</summary>
    public bool CoversRegion(string? regionCode) => !string.IsNullOrEmpty(regionCode) && Reach switch
    {
        ScopeReach.RegionAndBelow => RegionCode.TryParse(regionCode, out var c)
            && RegionCode.TryParse(Region, out var own) && c.IsWithin(own),
        _ => regionCode == Region,
    };

    public bool Covers(string? regionCode, long? departmentId) => Reach switch
    {
        ScopeReach.Department => departmentId is not null && departmentId == DepartmentId,
        _ => CoversRegion(regionCode),
    };
}

public sealed class DataScope(ICurrentUser user)
{
    public ICurrentUser User => user;

    public void RequireSignedIn()
    {
        if (!user.IsAuthenticated) throw new DomainException(401, "auth.required", "请先登录");
    }

    /// <summary>The widest scope the user holds among <paramref name="roles"/>; 403 when they hold none.</summary>
    public StaffScope Staff(params string[] roles)
    {
        RequireSignedIn();
        var held = Role.Staff.Where(r => roles.Contains(r.Name) && user.Roles.Contains(r.Name)).ToList();
        if (held.Count == 0 || user.RegionCode is null)
            throw new ForbiddenException("auth.role-required", "当前账号的角色无权执行此操作");
        return new StaffScope(held.Max(r => r.Reach), user.RegionCode, user.DepartmentId);
    }

    /// <summary>Like <see cref="Staff"/> and also checks one record's region and department.</summary>
    public StaffScope StaffFor(string regionCode, long? departmentId, params string[] roles)
    {
        var scope = Staff(roles);
        if (!scope.Covers(regionCode, departmentId))
            throw new ForbiddenException("auth.out-of-scope", "该数据不在您的区划或部门范围内");
        return scope;
    }

    public bool Holds(string role) => user.Roles.Contains(role);

    /// <summary>
    /// An applicant acts on their own records only; staff need one of <paramref name="staffRoles"/> in scope. A record
    /// without a region is in nobody's scope: refused, never allowed (only its owner reaches it).
    /// </summary>
    public void RequireOwnerOrStaff(long ownerAccountId, string? ownerRegion, params string[] staffRoles)
    {
        RequireSignedIn();
        if (user.AccountId == ownerAccountId) return;
        if (user.Roles.Any(r => Role.Find(r)?.IsStaff == true) && staffRoles.Length > 0)
        {
            var scope = Staff(staffRoles);
            if (!string.IsNullOrEmpty(ownerRegion) && scope.CoversRegion(ownerRegion)) return;
        }
        throw new ForbiddenException("auth.not-owner", "只能查看本人的数据");
    }
}
