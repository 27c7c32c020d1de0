using OneStop.Platform.Identity;

namespace OneStop.Tests.Identity;

/// <summary>Other projects' GB 32100 test vectors (shared data): 387 real codes accepted, the broken ones rejected.</summary>
public sealed class CreditCodeVectorTests
{
    private static readonly VectorFile Examples = new("validation-examples/uscc_gb32100_examples.csv");

    // Why each invalid vector fails, in our terms. A1… has a valid authority/category pair (A = 中央军委改革和编制办公室,
    // 1 = 军队事业单位) and digits in 3–8, so unlike python-stdnum we reject it for its check character.
    private static readonly Dictionary<string, string> ExpectedRejections = new()
    {
        ["12345"] = CreditCode.FormatError,
        ["A1110000600037341L"] = CreditCode.ChecksumError,
        ["9111000060003IOZSV"] = CreditCode.FormatError,
        ["91110000600037341N"] = CreditCode.ChecksumError,
    };

    public static TheoryData<int, string> ExampleLines => Examples.Lines("value");

    [Theory]
    [MemberData(nameof(ExampleLines))]
    public void Each_example_code_gets_the_expected_verdict(int line, string value)
    {
        var row = Examples.Row(line);

        var result = CreditCode.Check(value);

        Assert.Equal(row["expected_valid"] == "true", result.IsValid);
        if (result.IsValid)
        {
            Assert.Equal(value.Replace(" ", ""), result.Normalized);
        }
        else
        {
            Assert.Equal(ExpectedRejections[value], result.ErrorCode);
        }
    }
}
