using OneStop.Platform.Identity;

namespace OneStop.Tests.Identity;

/// <summary>Checking unified social credit codes of applicants; needs no shared data.</summary>
public sealed class CreditCodeCheckTests
{
    /// <summary>A code for the given first 17 characters, with its check character computed.</summary>
    private static string Code(string first17) => first17 + CreditCode.ComputeCheckChar(first17);

    [Fact]
    public void A_code_with_a_computed_check_character_is_accepted()
    {
        var code = Code("91440106MA59ABC0D");

        var result = CreditCode.Check(code);

        Assert.True(result.IsValid, result.ErrorMessage);
        Assert.Equal(code, result.Normalized);
    }

    [Fact]
    public void Spaces_and_lowercase_are_normalized()
    {
        var code = Code("91440106MA59ABC0D");

        var result = CreditCode.Check($" {code[..2]} {code[2..8]} {code[8..].ToLowerInvariant()}");

        Assert.Equal(code, result.Normalized);
    }

    [Fact]
    public void Full_width_characters_from_a_chinese_input_method_are_accepted()
    {
        var code = Code("91440106MA59ABC0D");
        var fullWidth = string.Concat(code.Select(c => (char)(c + 0xFEE0)));

        Assert.Equal(code, CreditCode.Check(fullWidth).Normalized);
    }

    [Fact]
    public void A_mistyped_character_is_caught_by_the_check_character()
    {
        var code = Code("91440106MA59ABC0D");
        var mistyped = code[..10] + (code[10] == '6' ? '8' : '6') + code[11..];

        var result = CreditCode.Check(mistyped);

        Assert.Equal(CreditCode.ChecksumError, result.ErrorCode);
        Assert.Equal("校验码错误，请核对代码", result.ErrorMessage);
    }

    [Theory]
    [InlineData("11")]
    [InlineData("12")]
    [InlineData("13")]
    [InlineData("19")]
    [InlineData("21")]
    [InlineData("29")]
    [InlineData("31")]
    [InlineData("35")]
    [InlineData("39")]
    [InlineData("41")]
    [InlineData("49")]
    [InlineData("51")]
    [InlineData("52")]
    [InlineData("53")]
    [InlineData("59")]
    [InlineData("61")]
    [InlineData("62")]
    [InlineData("69")]
    [InlineData("71")]
    [InlineData("72")]
    [InlineData("79")]
    [InlineData("81")]
    [InlineData("89")]
    [InlineData("91")]
    [InlineData("92")]
    [InlineData("93")]
    [InlineData("A1")]
    [InlineData("A9")]
    [InlineData("N1")]
    [InlineData("N2")]
    [InlineData("N3")]
    [InlineData("N9")]
    [InlineData("Y1")]
    public void Every_authority_and_category_of_the_standard_is_accepted(string prefix)
    {
        Assert.True(CreditCode.Check(Code(prefix + "440106MA59ABC0D")).IsValid);
    }

    [Theory]
    [InlineData("14")] // 机构编制 has no category 4
    [InlineData("94")] // 工商 has only 1–3
    [InlineData("99")]
    [InlineData("Y9")] // 其他 uses 1 only
    [InlineData("B1")] // no authority B
    [InlineData("01")]
    public void An_authority_or_category_outside_the_standard_is_a_format_error(string prefix)
    {
        var result = CreditCode.Check(Code(prefix + "440106MA59ABC0D"));

        Assert.Equal(CreditCode.FormatError, result.ErrorCode);
        Assert.Equal("登记管理部门代码或机构类别代码无效", result.ErrorMessage);
    }

    [Fact]
    public void The_registering_offices_area_code_must_be_digits()
    {
        Assert.Equal(CreditCode.FormatError, CreditCode.Check(Code("9144A106MA59ABC0D")).ErrorCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("91440106MA59ABC0D")]
    [InlineData("91440106MA59ABC0DXX")]
    [InlineData("91440106MA59ABCOD1")] // O is not in the charset
    [InlineData("91440106MA59ABC-D1")]
    public void Malformed_input_is_a_format_error(string? input)
    {
        Assert.Equal(CreditCode.FormatError, CreditCode.Check(input).ErrorCode);
    }

    [Theory]
    [InlineData("91440106MA59ABC0")]
    [InlineData("91440106MA59ABC0I")]
    public void Computing_a_check_character_needs_17_characters_of_the_charset(string first17)
    {
        Assert.Throws<ArgumentException>(() => CreditCode.ComputeCheckChar(first17));
    }
}
