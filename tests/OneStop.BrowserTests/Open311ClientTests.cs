using System.Diagnostics;

namespace OneStop.BrowserTests;

/// <summary>
/// An existing Open311 client — the npm package "open311" (codeforamerica/node-open311), installed by npm from
/// tests/open311-client/package.json — lists the services, posts a request and reads it back from the real host on
/// Kestrel. Skipped without node/npm, except in CI.
/// </summary>
public sealed class Open311ClientTests
{
    private static readonly string ClientDirectory = FindClientDirectory();

    [Fact]
    public async Task An_existing_open311_client_lists_services_posts_a_request_and_reads_it_back()
    {
        var ct = TestContext.Current.CancellationToken;
        if (!OnPath("node") || !OnPath("npm"))
        {
            if (Environment.GetEnvironmentVariable("CI") == "true") Assert.Fail("node and npm are needed for the Open311 client check");
            Assert.Skip("node/npm not installed: the Open311 client check needs them");
        }
        if (!Directory.Exists(Path.Combine(ClientDirectory, "node_modules", "open311")))
        {
            var install = await RunAsync("npm", "install --no-audit --no-fund", ct);
            Assert.True(install.Code == 0, "npm install failed: " + install.Output);
        }
        await using var server = new OneStopServer();
        var address = server.Start();
        var run = await RunAsync("node", $"check.js {address.ToString().TrimEnd('/')} demo-open311-key", ct);
        Assert.True(run.Code == 0, run.Output);
        Assert.Contains("517 services", run.Output);
        Assert.Contains("read back status open", run.Output);
    }

    private static async Task<(int Code, string Output)> RunAsync(string file, string arguments, CancellationToken ct)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = ClientDirectory, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(ct);
        var error = process.StandardError.ReadToEndAsync(ct);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        return (process.ExitCode, await output + await error);
    }

    private static bool OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
        .Any(dir => File.Exists(Path.Combine(dir, name)));

    private static string FindClientDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "open311-client");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("tests/open311-client not found above " + AppContext.BaseDirectory);
    }
}
