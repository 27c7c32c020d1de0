using OneStop.Platform.Identity;

namespace OneStop.Tests.Identity;

/// <summary>Checking ID numbers typed at a window or on a form; needs only the product's own data.</summary>
public sealed class ResidentIdCheckTests
{
    private static readonly DateOnly Today = new(2025, 6, 30);

    /// <summary>A well-formed 18-digit number for the given parts, with its check character computed.</summary>
    private static string Id(string area, string birth, string sequence = "123")
    {
        var first17 = area + birth + sequence;
        return first17 + ResidentId.ComputeCheckChar(first17);
    }

    [Fact]
    public void A_well_formed_number_yields_birth_date_gender_and_birthplace()
    {
        var result = ResidentId.Check(Id("440106", "19900307", "123"), Today);

        Assert.True(result.IsValid, result.ErrorMessage);
        Assert.Equal(new DateOnly(1990, 3, 7), result.BirthDate);
        Assert.Equal("男", result.Gender);
        Assert.Equal("440106", result.AreaCode);
        Assert.Equal("天河区", result.AreaName);
    }

    [Fact]
    public void An_even_sequence_number_means_female()
    {
        Assert.Equal("女", ResidentId.Check(Id("440106", "19900307", "124"), Today).Gender);
    }

    [Fact]
    public void A_mistyped_digit_is_caught_by_the_check_character()
    {
        var id = Id("440106", "19900307");
        var mistyped = id[..10] + (id[10] == '0' ? '1' : '0') + id[11..];

        var result = ResidentId.Check(mistyped, Today);

        Assert.Equal(ResidentId.ChecksumError, result.ErrorCode);
        Assert.Equal("校验码错误，请核对号码", result.ErrorMessage);
    }

    [Fact]
    public void Spaces_and_a_lowercase_x_are_accepted_and_normalized()
    {
        var id = Enumerable.Range(0, 1000).Select(n => Id("440106", "19900307", n.ToString("D3"))).First(i => i[^1] == 'X');
        var typed = $" {id[..6]} {id[6..14]} {id[14..].ToLowerInvariant()} ";

        var result = ResidentId.Check(typed, Today);

        Assert.True(result.IsValid, result.ErrorMessage);
        Assert.Equal(id, result.Normalized);
    }

    [Fact]
    public void Full_width_digits_from_a_chinese_input_method_are_accepted()
    {
        var id = Id("440106", "19900307");
        var fullWidth = string.Concat(id.Select(c => (char)(c + 0xFEE0)));

        Assert.Equal(id, ResidentId.Check(fullWidth, Today).Normalized);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("4401061990030712")]
    [InlineData("44010619900307123X5")]
    [InlineData("44010619900307A23X")]
    [InlineData("4401069003071X3")]
    public void Malformed_input_is_a_format_error(string? input)
    {
        Assert.Equal(ResidentId.FormatError, ResidentId.Check(input, Today).ErrorCode);
    }

    [Theory]
    [InlineData("19900230")] // no 30 February
    [InlineData("19890229")] // 1989 is not a leap year
    [InlineData("19901301")]
    [InlineData("18991231")] // before 1900
    [InlineData("20250701")] // after today
    public void An_impossible_birth_date_is_rejected(string birth)
    {
        Assert.Equal(ResidentId.BirthDateError, ResidentId.Check(Id("440106", birth), Today).ErrorCode);
    }

    [Fact]
    public void A_baby_born_today_can_be_registered()
    {
        Assert.True(ResidentId.Check(Id("440106", "20250630"), Today).IsValid);
    }

    [Fact]
    public void Someone_born_before_their_district_was_created_carries_its_later_code()
    {
        // 天河区 (440106) was created in 1985; people born there earlier got their numbers after that.
        var result = ResidentId.Check(Id("440106", "19750101"), Today);

        Assert.True(result.IsValid, result.ErrorMessage);
        Assert.Equal("天河区", result.AreaName);
    }

    [Fact]
    public void A_district_abolished_before_birth_is_rejected_but_stays_valid_for_people_born_earlier()
    {
        // 崇文区 (110103) merged into 东城区 in 2010.
        Assert.Equal("崇文区", ResidentId.Check(Id("110103", "20000101"), Today).AreaName);
        Assert.Equal(ResidentId.AreaError, ResidentId.Check(Id("110103", "20110101"), Today).ErrorCode);
    }

    [Theory]
    [InlineData("19750101", "东郊区")] // before the history starts: judged by 1981
    [InlineData("19910101", "东郊区")]
    [InlineData("19920601", "东丽区")] // renamed in 1992: the new name wins that year
    [InlineData("20000101", "东丽区")]
    public void The_birthplace_is_named_as_it_was_in_the_birth_year(string birth, string name)
    {
        Assert.Equal(name, ResidentId.Check(Id("120110", birth), Today).AreaName);
    }

    [Fact]
    public void A_first_generation_number_is_upgraded_to_18_digits_in_the_1900s()
    {
        var result = ResidentId.Check("440106900307123", Today);

        Assert.True(result.IsValid, result.ErrorMessage);
        Assert.Equal(Id("440106", "19900307", "123"), result.Normalized);
        Assert.Equal(new DateOnly(1990, 3, 7), result.BirthDate);
        Assert.Equal("男", result.Gender);
    }

    [Fact]
    public void All_ones_is_rejected_although_lenient_validators_accept_it()
    {
        // hutool accepts 111111111111111 (15 digits, and 1911-11-11 is a date). We are strict: 111111 has never
        // been a GB/T 2260 code, so no one can have been issued this number.
        var result = ResidentId.Check("111111111111111", Today);

        Assert.False(result.IsValid);
        Assert.Equal(ResidentId.AreaError, result.ErrorCode);
    }

    [Theory]
    [InlineData("810000", "香港特别行政区")]
    [InlineData("820000", "澳门特别行政区")]
    [InlineData("830000", "台湾地区")]
    public void Residence_permits_for_hong_kong_macao_and_taiwan_residents_are_accepted(string prefix, string name)
    {
        var result = ResidentId.Check(Id(prefix, "19800101"), Today);

        Assert.True(result.IsValid, result.ErrorMessage);
        Assert.Equal(prefix, result.AreaCode);
        Assert.Equal(name, result.AreaName);
    }

    [Fact]
    public void A_foreigners_permanent_residence_id_names_its_issuing_province()
    {
        var result = ResidentId.Check(Id("932682", "19850101", "001"), Today);

        Assert.True(result.IsValid, result.ErrorMessage);
        Assert.Equal("320000", result.AreaCode);
        Assert.Equal("江苏省", result.AreaName);
    }

    [Fact]
    public void A_foreigners_id_from_no_province_is_rejected()
    {
        Assert.Equal(ResidentId.AreaError, ResidentId.Check(Id("999682", "19850101"), Today).ErrorCode);
    }

    [Theory]
    [InlineData("4401061990030712")]
    [InlineData("44010619900307123X")]
    [InlineData("4401061990030712X")]
    public void Computing_a_check_character_needs_exactly_17_digits(string first17)
    {
        Assert.Throws<ArgumentException>(() => ResidentId.ComputeCheckChar(first17));
    }
}
