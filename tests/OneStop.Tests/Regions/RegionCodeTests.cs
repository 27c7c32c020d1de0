using OneStop.Platform.Regions;

namespace OneStop.Tests.Regions;

/// <summary>Reading a division code's level and place in the tree from its digits alone.</summary>
public sealed class RegionCodeTests
{
    private static RegionCode Code(string digits) => RegionCode.Parse(digits);

    [Theory]
    [InlineData("440000", RegionLevel.Province)]
    [InlineData("440100", RegionLevel.City)]
    [InlineData("440106", RegionLevel.County)]
    [InlineData("440106001", RegionLevel.Town)]
    [InlineData("440106001001", RegionLevel.Village)]
    public void The_level_follows_from_length_and_trailing_zeros(string digits, RegionLevel level)
    {
        Assert.True(RegionCode.TryParse(digits, out var code));
        Assert.Equal(level, code.Level);
        Assert.Equal(digits, code.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("44010")]
    [InlineData("4401060")]
    [InlineData("4401060011")]
    [InlineData("44010A")]
    [InlineData(" 440106")]
    [InlineData("000000")]
    public void Anything_but_6_9_or_12_digits_is_not_a_code(string? text)
    {
        Assert.False(RegionCode.TryParse(text, out _));
    }

    [Theory]
    [InlineData("440106001")]
    [InlineData("440106")]
    [InlineData("440100")]
    [InlineData("440000")]
    public void A_street_lies_within_its_district_city_and_province(string ancestor)
    {
        Assert.True(Code("440106001").IsWithin(Code(ancestor)));
    }

    [Theory]
    [InlineData("440106001", "440104")]
    [InlineData("440106001", "440200")]
    [InlineData("440106001", "450000")]
    [InlineData("440106001", "440106002")]
    [InlineData("440100", "440106")]
    [InlineData("440000", "440100")]
    [InlineData("440106", "440106001")]
    public void A_code_is_not_within_a_sibling_or_a_descendant(string code, string other)
    {
        Assert.False(Code(code).IsWithin(Code(other)));
    }

    [Fact]
    public void Divisions_without_a_prefix_parent_are_still_within_their_province()
    {
        Assert.True(Code("429004").IsWithin(Code("420000"))); // 仙桃市, administered by the province
        Assert.True(Code("110101").IsWithin(Code("110000"))); // 东城区 of a municipality
        Assert.True(Code("440106001001").IsWithin(Code("440106001")));
    }

    [Fact]
    public void The_parent_by_code_walks_up_one_level_at_a_time()
    {
        var chain = new List<string>();
        for (RegionCode? code = Code("440106001001"); code is { } c; code = c.ParentByCode)
        {
            chain.Add(c.ToString());
        }

        Assert.Equal(["440106001001", "440106001", "440106", "440100", "440000"], chain);
    }

    [Fact]
    public void The_parent_by_code_need_not_be_a_real_division()
    {
        Assert.Equal(Code("429000"), Code("429004").ParentByCode);
        Assert.Equal(Code("110100"), Code("110101").ParentByCode);
        // Hainan's county-level cities of 1988–2001 had no prefecture digits at all.
        Assert.Equal(Code("460000"), Code("460001").ParentByCode);
    }

    [Fact]
    public void Codes_with_the_same_digits_are_equal()
    {
        Assert.Equal(Code("440106"), Code("440106"));
        Assert.NotEqual(Code("440106"), Code("440104"));
    }
}
