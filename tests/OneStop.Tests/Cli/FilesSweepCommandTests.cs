using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Cli;
using OneStop.Platform.Files;
using OneStop.Tests.Cases;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Cli;

/// <summary>onestop files sweep on the data directory of a running installation: a dry run counts, a real one deletes.</summary>
public sealed class FilesSweepCommandTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    private async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ONESTOP_DATA_DIR"] = factory.DataDirectory, ["ONESTOP_POSTGRES"] = "",
            // The test host keeps its uploads beside its audit key (OneStopFactory), not in the data directory.
            ["OneStop:Files:Directory"] = Path.Combine(factory.AuditDirectory, "files"),
        }).Build();
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await CliApp.RunAsync(args, stdout, stderr, config);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task The_operator_sweeps_an_upload_nothing_refers_to_after_trying_it_dry()
    {
        // Stored by the host at its pinned clock (2026-11-23), more than a week before the command's real clock.
        var orphan = await factory.WithScopeAsync(sp => sp.GetRequiredService<IFileStore>()
            .SaveAsync(new MemoryStream(CaseScenario.Pdf("orphan " + Guid.NewGuid())), 1 << 20, default));

        var (exit, output, error) = await RunAsync("files", "sweep", "--dry-run");
        Assert.True(exit == 0, error);
        Assert.Contains("可清理无引用文件 1 个", output);
        Assert.Contains("试运行，未删除", output);
        Assert.True(await factory.WithScopeAsync(sp => Task.FromResult(sp.GetRequiredService<IFileStore>().Exists(orphan.Sha256))));

        (exit, output, error) = await RunAsync("files", "sweep");
        Assert.True(exit == 0, error);
        Assert.Contains("已清理无引用文件 1 个", output);
        Assert.False(await factory.WithScopeAsync(sp => Task.FromResult(sp.GetRequiredService<IFileStore>().Exists(orphan.Sha256))));
    }

    [Theory]
    [InlineData("--older-than-days", "0")]
    [InlineData("--older-than-days", "七")]
    [InlineData("--everything")]
    public async Task A_bad_option_is_refused_with_the_usage_and_nothing_is_deleted(params string[] options)
    {
        var (exit, _, error) = await RunAsync(["files", "sweep", .. options]);
        Assert.Equal(2, exit);
        Assert.Contains("用法: onestop files sweep", error);
    }
}
