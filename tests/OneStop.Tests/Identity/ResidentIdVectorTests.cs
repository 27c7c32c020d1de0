using OneStop.Platform.Identity;
using OneStop.Platform.Regions;

namespace OneStop.Tests.Identity;

/// <summary>Other projects' GB 11643 test vectors (shared data): our verdict and the facts we read from each number.</summary>
public sealed class ResidentIdVectorTests
{
    private static readonly VectorFile Examples = new("validation-examples/id_card_gb11643_examples.csv");
    private static readonly VectorFile Upgrades = new("validation-examples/id_card_15_to_18_examples.csv");
    private static readonly DateOnly Today = new(2025, 6, 30);

    // hutool accepts 111111111111111 (its issue I88YKM) because it only checks that the 15 digits are a date-bearing
    // number. We are strict: 111111 has never been a GB/T 2260 code, so no real person can hold this number.
    private const string HutoolLenientValue = "111111111111111";

    // python-stdnum rejects this because 110111 房山区 was created in 1986, after the 1980 birth. We accept it: numbers
    // were first assigned from 1984 on, with the code in force at assignment, so a 房山 native born in 1980 holds
    // 110111. Judging by the birth year would also reject hutool's 1978 兴化 (321083, from 1990) and 1920 上城区
    // (330102, from 1983) vectors, and everyone born before 1983 in most of today's districts.
    private const string StdnumBirthYearValue = "110111198012010078";

    // Why each invalid vector fails, in our terms; the vectors only say "invalid".
    private static readonly Dictionary<string, string> ExpectedRejections = new()
    {
        ["990426199112010074"] = ResidentId.AreaError,
        ["110201199312010077"] = ResidentId.AreaError,
        ["T60426199101010078"] = ResidentId.FormatError,
        ["360426199113010079"] = ResidentId.BirthDateError,
        ["36042619910102009X"] = ResidentId.ChecksumError,
        ["3301022011022000D6"] = ResidentId.FormatError,
        ["360198910283844"] = ResidentId.BirthDateError,
        ["201511221897205960"] = ResidentId.BirthDateError,
        ["815727834224151"] = ResidentId.BirthDateError,
        [HutoolLenientValue] = ResidentId.AreaError,
    };

    public static TheoryData<int, string> ExampleLines => Examples.Lines("value");

    public static TheoryData<int, string> UpgradeLines => Upgrades.Lines("id15");

    [Theory]
    [MemberData(nameof(ExampleLines))]
    public void Each_example_number_gets_the_expected_verdict(int line, string value)
    {
        var row = Examples.Row(line);
        var result = ResidentId.Check(value, Today);

        if (value == HutoolLenientValue)
        {
            Assert.Equal("true", row["expected_valid"]);
            Assert.False(result.IsValid, "strict: 111111 is not an address code, whatever hutool accepts");
            Assert.Equal(ResidentId.AreaError, result.ErrorCode);
            return;
        }
        if (value == StdnumBirthYearValue)
        {
            Assert.Equal("false", row["expected_valid"]);
            Assert.True(result.IsValid, "a code created after the birth year is what people born before 1984 carry");
            Assert.Equal("房山区", result.AreaName);
            return;
        }
        Assert.Equal(row["expected_valid"] == "true", result.IsValid);
        if (!result.IsValid)
        {
            Assert.Equal(ExpectedRejections[value], result.ErrorCode);
            Assert.False(string.IsNullOrWhiteSpace(result.ErrorMessage));
            return;
        }
        Assert.Equal(DateOnly.Parse(row["birth_date"]), result.BirthDate);
        Assert.Equal(row["gender_from_sequence"] == "male" ? "男" : "女", result.Gender);
        // A 15-digit number gains the century 19 and a check character.
        Assert.StartsWith(value.Length == 18 ? value.ToUpperInvariant() : value[..6] + "19" + value[6..], result.Normalized);
        Assert.Equal(18, result.Normalized.Length);
        AssertBirthPlace(row["birth_place"], result);
    }

    [Theory]
    [MemberData(nameof(UpgradeLines))]
    public void First_generation_numbers_come_back_in_their_18_digit_form(int line, string id15)
    {
        var row = Upgrades.Row(line);

        var result = ResidentId.Check(id15, Today);

        Assert.True(result.IsValid, result.ErrorMessage);
        Assert.Equal(row["id18"], result.Normalized);
        Assert.True(ResidentId.Check(row["id18"], Today).IsValid);
    }

    /// <summary>Birth places are written "省/县" with the names of the birth year, or a bare province, or "省/code".</summary>
    private static void AssertBirthPlace(string birthPlace, ResidentIdCheck result)
    {
        if (birthPlace.Length == 0)
        {
            return;
        }
        var parts = birthPlace.Split('/');
        var year = Math.Max(result.BirthDate!.Value.Year, AdministrativeDivisions.FirstYear);
        var province = AdministrativeDivisions.NameAt(result.AreaCode![..2] + "0000", year);
        Assert.StartsWith(parts[0], province);
        if (parts.Length == 2 && parts[1].All(char.IsAsciiDigit))
        {
            Assert.Equal(parts[1], result.AreaCode);
        }
        else if (parts.Length == 2)
        {
            Assert.Equal(parts[1], result.AreaName);
        }
    }
}
