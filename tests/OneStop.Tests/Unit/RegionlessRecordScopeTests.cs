using OneStop.Platform.Errors;
using OneStop.Platform.Security;

namespace OneStop.Tests.Unit;

/// <summary>A record without a region is in nobody's scope: staff are refused, never allowed.</summary>
public sealed class RegionlessRecordScopeTests
{
    private sealed class Staff(string role, string region) : ICurrentUser
    {
        public bool IsAuthenticated => true;
        public long? AccountId => 1;
        public string Name => "测试";
        public IReadOnlyList<string> Roles { get; } = [role];
        public long? DepartmentId => 10;
        public string? RegionCode => region;
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void An_approver_of_another_county_cannot_read_an_applicant_without_a_region(string? ownerRegion)
    {
        var scope = new DataScope(new Staff(Role.Approver, "440104"));
        Assert.Throws<ForbiddenException>(() => scope.RequireOwnerOrStaff(99, ownerRegion, Role.Approver));
    }

    [Fact]
    public void A_province_administrator_cannot_read_an_applicant_without_a_region_either()
    {
        var scope = new DataScope(new Staff(Role.SystemAdmin, "440000"));
        Assert.Throws<ForbiddenException>(() => scope.RequireOwnerOrStaff(99, null, Role.SystemAdmin));
        Assert.False(new StaffScope(ScopeReach.RegionAndBelow, "440000", 1).CoversRegion(""));
    }

    [Fact]
    public void An_administrator_of_the_applicants_county_reads_them()
    {
        var scope = new DataScope(new Staff(Role.SystemAdmin, "440106"));
        scope.RequireOwnerOrStaff(99, "440106", Role.SystemAdmin);
        Assert.Throws<ForbiddenException>(() => scope.RequireOwnerOrStaff(99, "440104", Role.SystemAdmin));
    }
}
