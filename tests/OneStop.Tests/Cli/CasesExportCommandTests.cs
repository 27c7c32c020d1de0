using Microsoft.Extensions.Configuration;
using OneStop.Cli;
using OneStop.Tests.Cases;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Cli;

/// <summary>
/// onestop cases export on the data directory of a running installation (SQLite): cases created over the API come out
/// in the file with the national case-upload columns, read back with a CSV parser and the Open XML SDK.
/// </summary>
public sealed class CasesExportCommandTests(SqliteFactory factory) : IClassFixture<SqliteFactory>, IDisposable
{
    private readonly string _out = Path.Combine(Path.GetTempPath(), "onestop-cli-export", Guid.NewGuid().ToString("N"));
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ONESTOP_DATA_DIR"] = factory.DataDirectory, ["ONESTOP_POSTGRES"] = "",
        }).Build();
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await CliApp.RunAsync(args, stdout, stderr, config);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private async Task<string> SubmittedCaseAsync()
    {
        var s = new CaseScenario(factory);
        var submitted = await s.SubmittedAsync(await s.PublishItemAsync());
        return submitted.GetProperty("number").GetString()!;
    }

    [Fact]
    public async Task The_operator_exports_a_month_of_cases_to_csv_and_xlsx()
    {
        var number = await SubmittedCaseAsync();
        Directory.CreateDirectory(_out);
        var csv = Path.Combine(_out, "办件.csv");
        var (exit, output, error) = await RunAsync("cases", "export", "--from", "2026-11-01", "--to", "2026-11-30", csv);
        Assert.True(exit == 0, error);
        Assert.Contains("已导出", output);
        var csvRows = CaseExportFiles.ReadCsv(await File.ReadAllBytesAsync(csv, Ct));
        Assert.Equal(CaseExportFiles.Header, csvRows[0]);
        var row = CaseExportFiles.RowOf(csvRows, number);
        Assert.Equal("440106********1231", row["证件号码"]);
        Assert.Equal("待预审", row["状态"]);
        Assert.Equal("办理中", row["办理结果"]);
        Assert.Equal("", row["受理日期"]);

        var xlsx = Path.Combine(_out, "办件.xlsx");
        Assert.Equal(0, (await RunAsync("cases", "export", "--from", "2026-11-23", "--to", "2026-11-23", xlsx)).Exit);
        var xlsxRows = CaseExportFiles.ReadXlsx(await File.ReadAllBytesAsync(xlsx, Ct));
        Assert.Equal(CaseExportFiles.Header, xlsxRows[0]);
        Assert.Equal("440106********1231", CaseExportFiles.RowOf(xlsxRows, number)["证件号码"]);
        Assert.DoesNotContain(xlsxRows.SelectMany(r => r), c => c.Contains(CaseScenario.Citizen));
        // Only the day asked for: the demo's older cases are not in the one-day export.
        Assert.All(xlsxRows.Skip(1), r => Assert.StartsWith("2026-11-23T", r[13], StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_range_before_any_case_gives_only_the_header()
    {
        Directory.CreateDirectory(_out);
        var csv = Path.Combine(_out, "empty.csv");
        Assert.Equal(0, (await RunAsync("cases", "export", "--from", "2020-01-01", "--to", "2020-01-31", csv)).Exit);
        Assert.Equal([CaseExportFiles.Header.ToList()], CaseExportFiles.ReadCsv(await File.ReadAllBytesAsync(csv, Ct)));
    }

    [Theory]
    [InlineData("cases", "export", "--from", "2026-11-01", "--to", "2026-11-30")]
    [InlineData("cases", "export", "--from", "2026-11-01", "--to", "2026-11-30", "out.pdf")]
    [InlineData("cases", "export", "--from", "2026-13-01", "--to", "2026-11-30", "out.csv")]
    [InlineData("cases", "export", "--to", "2026-11-30", "out.csv")]
    [InlineData("cases", "export", "--from", "2026-11-30", "--to", "2026-11-01", "out.csv")]
    [InlineData("cases", "export", "--since", "2026-11-01", "out.csv")]
    [InlineData("cases", "export", "--from", "0001-01-01", "--to", "0001-01-02", "out.csv")]
    [InlineData("cases", "export", "--from", "9999-12-30", "--to", "9999-12-31", "out.csv")]
    [InlineData("cases", "export", "--from", "2026-11-01", "--to", "2026-11-30", "no-such-folder/out.csv")]
    public async Task Bad_arguments_exit_2_with_a_chinese_message(params string[] args)
    {
        var (exit, output, error) = await RunAsync(args);
        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("用法: onestop cases export", error);
        Assert.Contains(error, c => c is >= '\u4e00' and <= '\u9fff');
        Assert.False(File.Exists("out.csv"));
    }

    public void Dispose()
    {
        try { Directory.Delete(_out, recursive: true); } catch (IOException) { }
    }
}
