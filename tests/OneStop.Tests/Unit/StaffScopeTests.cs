using OneStop.Platform.Security;

namespace OneStop.Tests.Unit;

public sealed class StaffScopeTests
{
    [Fact]
    public void A_city_wide_role_covers_its_counties_and_towns_but_not_another_city()
    {
        var scope = new StaffScope(ScopeReach.RegionAndBelow, "440100", 1);
        Assert.True(scope.CoversRegion("440106"));
        Assert.True(scope.CoversRegion("440106006"));
        Assert.False(scope.CoversRegion("440300"));
        Assert.Equal("4401", scope.RegionPrefix);
    }

    [Fact]
    public void A_region_role_covers_its_own_region_only()
    {
        var scope = new StaffScope(ScopeReach.Region, "440106", 1);
        Assert.True(scope.Covers("440106", 99));
        Assert.False(scope.Covers("440106006", 99));
        Assert.Equal("440106", scope.RegionPrefix);
    }

    [Fact]
    public void A_department_role_covers_its_department_only()
    {
        var scope = new StaffScope(ScopeReach.Department, "440106", 7);
        Assert.True(scope.Covers("440106", 7));
        Assert.False(scope.Covers("440106", 8));
        Assert.False(scope.Covers("440106", null));
    }
}
