using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using OneStop.Cli;
using OneStop.Platform.Demo;
using OneStop.Tests.Hosting;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Cases;

/// <summary>
/// The real host process, killed with SIGKILL in the middle of a burst of submissions, then started again on the
/// same data directory: every submission that was answered 200 is there with its number and history, none is half
/// written (Submitted ⇔ number ⇔ a Submit entry), and `onestop audit verify` passes. SQLite only: it is the provider
/// whose durability is ours to get right (one file, WAL, our transaction boundaries); PostgreSQL's crash recovery is
/// the server's, and a killed client process cannot leave half a committed transaction there either.
/// </summary>
public sealed class CrashDuringSubmissionsTests : IDisposable
{
    private const int Drafts = 80;
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "onestop-crash-tests", Guid.NewGuid().ToString("N"));
    private readonly List<Process> _started = [];
    private readonly ConcurrentQueue<string> _output = new();
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Submissions_answered_before_a_kill_9_are_all_there_and_complete_after_a_restart()
    {
        var host = await StartHostAsync();
        var admin = await SignInAsync(host.Url, "catalog", DemoData.Password);
        var item = await CaseScenario.PublishAsync(admin, CaseScenario.SampleContent(), Ct);
        var citizen = await SignInAsync(host.Url, CaseScenario.Citizen, DemoData.Password);
        var ids = new List<long>();
        for (var i = 0; i < Drafts; i++)
        {
            var draft = await CaseScenario.ReadAsync(await citizen.PostAsJsonAsync("/api/cases", new { itemId = item }, Ct));
            var id = draft.GetProperty("id").GetInt64();
            await CaseScenario.ReadAsync(await citizen.PutAsJsonAsync($"/api/cases/{id}/draft",
                new { fields = new { shopName = $"小店 {i}", shopAddress = "天河路 1 号" }, deferred = new[] { 2 } }, Ct));
            using var form = new MultipartFormDataContent();
            var file = new ByteArrayContent(CaseScenario.Pdf($"crash {i}"));
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(file, "file", "申请书.pdf");
            await CaseScenario.ReadAsync(await citizen.PostAsync($"/api/cases/{id}/materials/0/files", form, Ct));
            ids.Add(id);
        }

        // The burst: every submission at once; the host is killed once a few have been answered.
        var answered = new ConcurrentDictionary<long, string>();
        var firstAnswers = new TaskCompletionSource();
        var burst = ids.Select(async id =>
        {
            try
            {
                var response = await citizen.PostAsJsonAsync($"/api/cases/{id}/submit", new { }, Ct);
                if (response.StatusCode != HttpStatusCode.OK) return;
                var view = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
                answered[id] = view.GetProperty("number").GetString()!;
                // Killed right here, by the fifth answer's own continuation: a faster host would otherwise answer the
                // whole burst before a waiting test got round to the kill.
                if (answered.Count >= 5 && firstAnswers.TrySetResult()) host.Process.Kill();
            }
            catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException or JsonException)
            {
                // The connection died with the process: no answer, so no promise was made.
            }
        }).ToList();
        await Task.WhenAny(firstAnswers.Task, Task.Delay(TimeSpan.FromSeconds(20), Ct));
        if (firstAnswers.TrySetResult()) host.Process.Kill(); // SIGKILL on Linux: no shutdown, no flush
        await host.Process.WaitForExitAsync(Ct);
        await Task.WhenAll(burst);
        Assert.True(answered.Count >= 5, $"only {answered.Count} answered before the kill\n{Output()}");
        Assert.True(answered.Count < Drafts, $"the kill came after the whole burst ({answered.Count} answered): nothing was cut off");

        var again = await StartHostAsync();
        var reader = await SignInAsync(again.Url, CaseScenario.Citizen, DemoData.Password);
        var numbers = new List<string>();
        foreach (var id in ids)
        {
            var c = await CaseScenario.ReadAsync(await reader.GetAsync($"/api/cases/{id}", Ct));
            var state = c.GetProperty("state").GetString();
            var number = c.GetProperty("number").ValueKind == JsonValueKind.String ? c.GetProperty("number").GetString() : null;
            var submits = CaseScenario.Actions(c).Count(a => a == "Submit");
            if (answered.TryGetValue(id, out var promised))
            {
                Assert.Equal("Submitted", state);
                Assert.Equal(promised, number);
            }
            // Whole or not at all, whether or not the answer got out before the kill.
            Assert.True(state is "Submitted" or "Draft", $"case {id}: {state}");
            Assert.Equal(state == "Submitted", number is not null);
            Assert.Equal(state == "Submitted" ? 1 : 0, submits);
            Assert.Equal(state == "Submitted", c.GetProperty("submittedAt").ValueKind == JsonValueKind.String);
            if (number is not null) numbers.Add(number);
        }
        Assert.Equal(numbers.Count, numbers.Distinct().Count());

        // After the restart the host takes submissions again, numbering on from the last committed one.
        var draftLeft = ids.First(id => !answered.ContainsKey(id));
        var late = await reader.PostAsJsonAsync($"/api/cases/{draftLeft}/submit", new { }, Ct);
        if (late.StatusCode == HttpStatusCode.OK)
            Assert.DoesNotContain((await CaseScenario.ReadAsync(late)).GetProperty("number").GetString(), numbers);
        else
            Assert.Equal("case.not-in-draft", (await Problem.ReadAsync(late)).Code); // committed, answer lost in the kill
        again.Process.Kill();
        await again.Process.WaitForExitAsync(Ct);

        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ONESTOP_DATA_DIR"] = _dir, ["ONESTOP_POSTGRES"] = "",
        }).Build();
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await CliApp.RunAsync(["audit", "verify"], stdout, stderr, config);
        Assert.True(exit == 0, $"audit verify: {stdout}{stderr}");
    }

    private sealed record Host(Process Process, string Url);

    /// <summary>`dotnet OneStop.Web.dll` on this test's data directory, the demo on, on a free port; waits for /health.</summary>
    private async Task<Host> StartHostAsync()
    {
        var dll = Path.Combine(Solution.Root, "src", "OneStop.Web", "bin", "Release", "net10.0", "OneStop.Web.dll");
        if (!File.Exists(dll)) dll = Path.Combine(AppContext.BaseDirectory, "OneStop.Web.dll");
        var port = FreePort();
        var url = $"http://127.0.0.1:{port}";
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", url])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["Urls"] = url; // appsettings.json names a port of its own
        start.Environment["ONESTOP_DATA_DIR"] = _dir;
        start.Environment["ONESTOP_POSTGRES"] = "";
        start.Environment["OneStop__Demo"] = "true";
        foreach (var policy in new[] { "SignIn", "SignInPerUser", "Registration", "Search" })
            start.Environment[$"OneStop__RateLimits__{policy}__PermitLimit"] = "1000000";
        start.Environment["OneStop__Cases__OpenDraftsPerApplicant"] = "1000"; // the burst's drafts are one citizen's
        var process = Process.Start(start)!;
        _started.Add(process);
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) _output.Enqueue(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) _output.Enqueue(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var probe = new HttpClient { BaseAddress = new Uri(url) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(process.HasExited, $"the host exited with {(process.HasExited ? process.ExitCode : 0)}\n{Output()}");
            try
            {
                if ((await probe.GetAsync("/health", Ct)).IsSuccessStatusCode) return new Host(process, url);
            }
            catch (HttpRequestException) { }
            await Task.Delay(200, Ct);
        }
        throw new TimeoutException("the host did not answer /health within 60 s\n" + Output());
    }

    private async Task<HttpClient> SignInAsync(string url, string userName, string password)
    {
        var client = new HttpClient(new HttpClientHandler { UseCookies = true, CookieContainer = new CookieContainer() })
        {
            BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(30),
        };
        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName, password }, Ct);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Ct));
        await OneStopFactory.AddAntiforgeryHeaderAsync(client);
        return client;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private string Output() => string.Join("\n", _output.TakeLast(40));

    public void Dispose()
    {
        foreach (var p in _started)
        {
            try { if (!p.HasExited) p.Kill(); } catch (InvalidOperationException) { }
            p.Dispose();
        }
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
