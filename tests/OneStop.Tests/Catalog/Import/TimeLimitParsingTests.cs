using OneStop.Catalog.Import;

namespace OneStop.Tests.Catalog.Import;

public sealed class TimeLimitParsingTests
{
    [Theory]
    [InlineData("20(工作日)", 20, true)]
    [InlineData("5(工作日)", 5, true)]
    [InlineData("30(自然日)", 30, false)]
    [InlineData("1 (工作日)", 1, true)]
    [InlineData("15（工作日）", 15, true)]
    [InlineData("10个工作日", 10, true)]
    [InlineData(" 365(工作日) ", 365, true)]
    [InlineData("0(工作日)", 0, true)]
    [InlineData("即办", 0, true)]
    public void Portal_limits_are_read_as_days_and_unit(string text, int days, bool workingDays)
    {
        var limit = TimeLimit.Parse(text);

        Assert.Equal(new TimeLimit(days, workingDays, text.Trim()), limit);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("无")]
    [InlineData("办公时间：周一至周五：上午9：00至12：00")]
    [InlineData("20")]
    [InlineData("二十个工作日")]
    [InlineData("20(小时)")]
    public void Text_that_is_not_a_limit_gives_none(string? text)
    {
        Assert.False(TimeLimit.TryParse(text, out var limit));
        Assert.Null(limit);
    }
}
