using OneStop.Catalog.Import;

namespace OneStop.Tests.Catalog.Import;

public sealed class CsvSplitterTests
{
    private static List<CsvRecord> Split(string text) => CsvSplitter.Read(new StringReader(text)).ToList();

    [Fact]
    public void Quoted_fields_keep_commas_quotes_and_line_breaks()
    {
        var records = Split("a,b,c\r\n1,\"x, y\",\"say \"\"hi\"\"\"\n2,\"two\nlines\",z\n");

        Assert.Equal(["1", "x, y", "say \"hi\""], records[1].Fields);
        Assert.Equal(["2", "two\nlines", "z"], records[2].Fields);
        Assert.All(records, r => Assert.Null(r.Error));
    }

    [Fact]
    public void Records_carry_the_line_they_start_on()
    {
        var records = Split("h1,h2\n\"a\r\nb\",c\r\n\r\nd,e");

        Assert.Equal([1, 2, 5], records.Select(r => r.LineNumber));
        Assert.Equal(["d", "e"], records[2].Fields);
    }

    [Fact]
    public void Empty_fields_and_a_trailing_empty_field_are_kept()
    {
        var record = Assert.Single(Split("a,,\"\",\n"));

        Assert.Equal(["a", "", "", ""], record.Fields);
    }

    [Theory]
    [InlineData("a,\"open\n", "引号未闭合")]
    [InlineData("a,\"closed\"x\n", "引号闭合后还有多余字符")]
    [InlineData("a,b\"c\n", "未加引号的字段中出现引号")]
    public void Malformed_quoting_is_reported_not_thrown(string text, string error)
    {
        var record = Assert.Single(Split(text));

        Assert.Equal(error, record.Error);
        Assert.Equal(1, record.LineNumber);
    }
}
