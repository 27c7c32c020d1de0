using OneStop.Platform.Regions;

namespace OneStop.Tests.Regions;

/// <summary>The division tree and code history the product carries; needs no shared data.</summary>
public sealed class AdministrativeDivisionsTests
{
    [Theory]
    [InlineData("440106", "天河区", RegionLevel.County, "440100")]
    [InlineData("440100", "广州市", RegionLevel.City, "440000")]
    [InlineData("440000", "广东省", RegionLevel.Province, null)]
    [InlineData("441900", "东莞市", RegionLevel.City, "440000")]
    [InlineData("429004", "仙桃市", RegionLevel.County, "420000")]
    [InlineData("110101", "东城区", RegionLevel.County, "110000")]
    [InlineData("500101", "万州区", RegionLevel.County, "500000")]
    public void Divisions_in_force_hang_under_a_real_parent(string code, string name, RegionLevel level, string? parent)
    {
        Assert.True(AdministrativeDivisions.TryGetInForce(code, out var entry));
        Assert.Equal(new DivisionEntry(code, name, level, parent), entry);
    }

    [Fact]
    public void The_tree_of_divisions_in_force_is_closed()
    {
        var codes = AdministrativeDivisions.InForce.Select(e => e.Code).ToHashSet();

        Assert.All(AdministrativeDivisions.InForce, e =>
        {
            Assert.Equal(RegionCode.Parse(e.Code).Level, e.Level);
            Assert.Equal(e.Level == RegionLevel.Province, e.ParentCode is null);
            Assert.True(e.ParentCode is null || codes.Contains(e.ParentCode), $"{e.Code} → {e.ParentCode}");
            Assert.True(e.ParentCode is null || RegionCode.Parse(e.Code).IsWithin(RegionCode.Parse(e.ParentCode)));
        });
        Assert.Equal(34, AdministrativeDivisions.InForce.Count(e => e.Level == RegionLevel.Province));
    }

    [Fact]
    public void A_merged_district_is_no_longer_in_force_but_its_history_remains()
    {
        // 崇文区 merged into 东城区 in 2010; the year of change counts for both.
        Assert.False(AdministrativeDivisions.TryGetInForce("110103", out _));
        Assert.True(AdministrativeDivisions.WasInForce("110103", 1981));
        Assert.True(AdministrativeDivisions.WasInForce("110103", 2010));
        Assert.False(AdministrativeDivisions.WasInForce("110103", 2011));
        Assert.Equal("崇文区", AdministrativeDivisions.NameAt("110103", 2009));
        Assert.Null(AdministrativeDivisions.NameAt("110103", 2011));
    }

    [Theory]
    [InlineData(1980, null)] // the history starts in 1981
    [InlineData(1981, "东郊区")]
    [InlineData(1991, "东郊区")]
    [InlineData(1992, "东丽区")]
    [InlineData(2024, "东丽区")]
    public void A_renamed_district_has_the_name_of_the_year(int year, string? name)
    {
        Assert.Equal(name, AdministrativeDivisions.NameAt("120110", year));
    }

    [Theory]
    [InlineData("440106", 1975, "天河区")] // created in 1985: its first name
    [InlineData("120110", 1975, "东郊区")]
    [InlineData("120110", 1992, "东丽区")]
    [InlineData("110103", 2011, null)] // retired in 2010
    [InlineData("999999", 2000, null)]
    public void Name_on_or_after_a_year_looks_forward_to_the_first_name(string code, int year, string? name)
    {
        Assert.Equal(name, AdministrativeDivisions.NameOnOrAfter(code, year));
    }

    [Theory]
    [InlineData("11", true)]
    [InlineData("44", true)]
    [InlineData("71", true)]
    [InlineData("82", true)]
    [InlineData("83", false)] // the Taiwan residence-permit prefix is not a division
    [InlineData("99", false)]
    [InlineData("4", false)]
    [InlineData("4a", false)]
    public void Province_prefixes_are_those_of_provinces_in_force(string digits, bool isProvince)
    {
        Assert.Equal(isProvince, AdministrativeDivisions.IsProvinceCode(digits));
    }
}
