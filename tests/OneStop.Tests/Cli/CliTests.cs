using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using OneStop.Cli;

namespace OneStop.Tests.Cli;

/// <summary>The onestop command line against its own SQLite data directory, as an operator would run it.</summary>
public sealed class CliTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "onestop-cli-tests", Guid.NewGuid().ToString("N"));

    private Task<(int Exit, string Out, string Err)> RunAsync(params string[] args) => RunInAsync(_dir, args);

    private static async Task<(int Exit, string Out, string Err)> RunInAsync(string dir, params string[] args)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ONESTOP_DATA_DIR"] = dir, ["ONESTOP_POSTGRES"] = "",
        }).Build();
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await CliApp.RunAsync(args, stdout, stderr, config);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Add_workdays_prints_just_the_date()
    {
        var (exit, output, _) = await RunAsync("calendar", "add-workdays", "2024-09-30", "1");
        Assert.Equal(0, exit);
        Assert.Equal("2024-10-08" + Environment.NewLine, output);
    }

    [Fact]
    public async Task Add_workdays_beyond_the_data_warns_on_stderr_only()
    {
        var (exit, output, error) = await RunAsync("calendar", "add-workdays", "2030-09-30", "1");
        Assert.Equal(0, exit);
        Assert.Equal("2030-10-01" + Environment.NewLine, output);
        Assert.Contains("2030", error);
    }

    [Fact]
    public async Task An_impossible_date_fails_with_the_error_code()
    {
        var (exit, output, error) = await RunAsync("calendar", "add-workdays", "2024-02-30", "1");
        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.Contains("calendar.invalid-date", error);
    }

    [Fact]
    public async Task Seeding_the_demo_twice_changes_nothing_the_second_time()
    {
        Assert.Contains("已写入演示数据", (await RunAsync("seed-demo")).Out);
        Assert.Contains("未写入", (await RunAsync("seed-demo")).Out);
    }

    [Fact]
    public async Task Audit_verify_passes_then_names_the_first_edited_record()
    {
        await RunAsync("seed-demo");
        var ok = await RunAsync("audit", "verify");
        Assert.Equal(0, ok.Exit);

        using (var connection = new SqliteConnection($"Data Source={Path.Combine(_dir, "onestop.db")}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE platform_audit SET ActorName = '某人' WHERE Sequence = 2";
            Assert.Equal(1, command.ExecuteNonQuery());
        }
        var broken = await RunAsync("audit", "verify");
        Assert.NotEqual(0, broken.Exit);
        Assert.Contains("#2", broken.Err);
    }

    [Fact]
    public async Task Audit_verify_notices_records_cut_off_the_end()
    {
        await RunAsync("seed-demo");
        using (var connection = new SqliteConnection($"Data Source={Path.Combine(_dir, "onestop.db")}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM platform_audit WHERE Sequence = (SELECT MAX(Sequence) FROM platform_audit)";
            command.ExecuteNonQuery();
        }
        Assert.NotEqual(0, (await RunAsync("audit", "verify")).Exit);
    }

    [Fact]
    public async Task Importing_the_real_township_file_adds_towns_under_their_counties_and_is_idempotent()
    {
        var file = Path.Combine(SharedData.RequireRoot(), "admin-divisions-cn", "streets.csv");
        var first = await RunAsync("regions", "import-towns", file);
        Assert.Equal(0, first.Exit);
        Assert.Matches(@"新增 4\d{4}", first.Out);
        var second = await RunAsync("regions", "import-towns", file);
        Assert.Contains("新增 0，更新 0", second.Out);
    }

    [Fact]
    public async Task A_catalog_exported_in_the_own_format_imports_into_another_platform_unchanged()
    {
        await RunAsync("seed-demo");
        var file = Path.Combine(_dir, "catalog.jsonl");
        var export = await RunAsync("catalog", "export", file);
        Assert.Equal(0, export.Exit);
        var other = Path.Combine(_dir, "other");
        var first = await RunInAsync(other, "catalog", "import", file);
        var demo = OneStop.Catalog.Demo.DemoCatalog.Items.Count;
        Assert.Contains($"新增 {demo}，更新 0，未变 0，拒绝 0", first.Out);
        var second = await RunInAsync(other, "catalog", "import", file);
        Assert.Contains($"新增 0，更新 0，未变 {demo}", second.Out);
        Assert.Equal(0, (await RunAsync("catalog", "export", Path.Combine(_dir, "catalog.xlsx"))).Exit);
        foreach (var report in Directory.GetFiles(Directory.GetCurrentDirectory(), "catalog-import-*.csv")) File.Delete(report);
    }

    [Fact]
    public async Task An_unknown_command_prints_usage_and_fails()
    {
        var (exit, _, error) = await RunAsync("frobnicate");
        Assert.Equal(2, exit);
        Assert.Contains("用法", error);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
