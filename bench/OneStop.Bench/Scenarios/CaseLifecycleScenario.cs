using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OneStop.Cases.Domain;
using OneStop.Cases.Persistence;
using OneStop.Catalog.Items;
using OneStop.Platform.Demo;
using OneStop.Web.Hosting;

namespace OneStop.Bench.Scenarios;

/// <summary>
/// 办件 throughput over real HTTP with cookie sessions (and the antiforgery header, as the pages send it) against the
/// whole host on Kestrel: submit → accept → complete-step → decide, each its own request and transaction, by several
/// concurrent workers. The baseline, in the same run and host, makes the same four authenticated requests to a
/// bench-only endpoint that only writes the same case row (an INSERT … SELECT copy of a draft, then three UPDATEs), once
/// without and once with an audit record per write (which takes the audit chain's single writer lock, ADR 0005).
/// Runs on PostgreSQL when ONESTOP_POSTGRES (or ONESTOP_BENCH_POSTGRES) names an empty database, else on SQLite.
/// Figures and their reading: docs/adr/0017-case-throughput.md.
/// </summary>
internal sealed class CaseLifecycleScenario : IScenario
{
    private static readonly string[] Steps = ["submit", "accept", "complete", "decide"];
    private static readonly int Workers = int.TryParse(Environment.GetEnvironmentVariable("ONESTOP_BENCH_WORKERS"), out var w) ? w : 8;
    private static readonly int Cases = int.TryParse(Environment.GetEnvironmentVariable("ONESTOP_BENCH_CASES"), out var n) ? n : 1000;
    private const int WarmUpRound = 100;
    // Settled: two rounds in a row with the JIT busy for under 3 % of their wall time (it takes 20–30 rounds here).
    private const int MaxWarmUpRounds = 40;
    private const double SettledJitShare = 0.03;

    public string Name => "case-lifecycle";

    public void Run(BenchReport report) => RunAsync(report).GetAwaiter().GetResult();

    private static async Task RunAsync(BenchReport report)
    {
        var dir = Path.Combine(Path.GetTempPath(), "onestop-bench-cases", Guid.NewGuid().ToString("N"));
        var postgres = Environment.GetEnvironmentVariable("ONESTOP_POSTGRES") is { Length: > 0 } pg ? pg
            : Environment.GetEnvironmentVariable("ONESTOP_BENCH_POSTGRES") ?? "";
        var url = $"http://127.0.0.1:{FreePort()}";
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            // The web host's name: its Razor pages, static assets manifest and settings are found by it.
            ApplicationName = "OneStop.Web", EnvironmentName = "Testing", ContentRootPath = AppContext.BaseDirectory,
        });
        var settings = new Dictionary<string, string?>
        {
            ["ONESTOP_DATA_DIR"] = dir, ["ONESTOP_POSTGRES"] = postgres, ["OneStop:Demo"] = "true", ["Urls"] = url,
            // One console line per request would measure the terminal; product and baseline pass the same log either way.
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var policy in new[] { "SignIn", "SignInPerUser", "Registration", "Search" })
            settings[$"OneStop:RateLimits:{policy}:PermitLimit"] = "100000000";
        // The bench prepares all its drafts for one citizen before it measures; a real applicant holds a few.
        settings["OneStop:Cases:OpenDraftsPerApplicant"] = "100000000";
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddOneStop();
        var app = builder.Build();
        await app.PrepareDatabaseAsync();
        app.UseOneStop();
        MapBaseline(app);
        await app.StartAsync();
        try
        {
            report.Note(postgres.Length > 0 ? "db=PostgreSQL" : "db=SQLite");
            report.Note($"workers={Workers} cases={Cases}");
            var citizen = await SignInAsync(url, "440106199003071231");
            var clerk = await SignInAsync(url, "clerk");
            var approver = await SignInAsync(url, "approver");
            var item = await PublishItemAsync(await SignInAsync(url, "catalog"));
            var template = (await DraftsAsync(citizen, item, 1))[0];

            // Warm-up, not counted, in rounds (drafts prepared, product lifecycles, both baselines) until the JIT has
            // settled: under load, tiered compilation keeps recompiling hot methods with profile data for a minute or
            // more, and measuring before it is done charges that to whichever code has the most methods — the product.
            var warmUpRounds = 0;
            var quietRounds = 0;
            for (var settled = false; !settled && warmUpRounds < MaxWarmUpRounds; warmUpRounds++)
            {
                var jitBefore = System.Runtime.JitInfo.GetCompilationTime();
                var wall = Stopwatch.StartNew();
                var part = await DraftsAsync(citizen, item, WarmUpRound);
                await LifecycleAsync(part, citizen, clerk, approver, null);
                await BaselineAsync(template, WarmUpRound, citizen, audited: false, null);
                await BaselineAsync(template, WarmUpRound, citizen, audited: true, null);
                var jitShare = (System.Runtime.JitInfo.GetCompilationTime() - jitBefore) / wall.Elapsed;
                Console.Error.WriteLine(F($"warm-up round {warmUpRounds + 1}: JIT busy {jitShare:P1} of the round's wall time"));
                quietRounds = jitShare < SettledJitShare ? quietRounds + 1 : 0;
                settled = quietRounds == 2;
            }
            report.Note(F($"warm-up={warmUpRounds}x{WarmUpRound}"));
            var measured = await DraftsAsync(citizen, item, Cases);

            // Measured in interleaved rounds (product, baseline, audited baseline; five times), so drift over the run
            // (tables growing, the machine's other load) falls on all three alike.
            var latencies = Steps.ToDictionary(s => s, _ => new ConcurrentBag<double>());
            var baselineLatencies = Steps.ToDictionary(s => s, _ => new ConcurrentBag<double>());
            var auditedLatencies = Steps.ToDictionary(s => s, _ => new ConcurrentBag<double>());
            var product = new Phase(); var baseline = new Phase(); var audited = new Phase();
            const int rounds = 5;
            var jitAtStart = System.Runtime.JitInfo.GetCompilationTime();
            var measuring = Stopwatch.StartNew();
            for (var round = 0; round < rounds; round++)
            {
                var part = measured.Skip(round * measured.Count / rounds).Take((round + 1) * measured.Count / rounds - round * measured.Count / rounds).ToList();
                await product.TimeAsync(part.Count, () => LifecycleAsync(part, citizen, clerk, approver, latencies));
                await baseline.TimeAsync(part.Count, () => BaselineAsync(template, part.Count, citizen, audited: false, baselineLatencies));
                await audited.TimeAsync(part.Count, () => BaselineAsync(template, part.Count, citizen, audited: true, auditedLatencies));
            }

            // How busy the JIT still was while measuring: what the warm-up left over, printed so a run can be judged.
            report.Note(F($"jit-while-measured={(System.Runtime.JitInfo.GetCompilationTime() - jitAtStart) / measuring.Elapsed:P1}"));
            report.Note(F($"lifecycles/s={product.Rate:F0}"));
            foreach (var step in Steps) report.Note(F($"{step}:p50={Percentile(latencies[step], 50):F1}ms,p99={Percentile(latencies[step], 99):F1}ms"));
            report.Note(F($"baseline-lifecycles/s={baseline.Rate:F0} (inserts/s={baseline.Rate:F0}, row-writes/s={baseline.Rate * 4:F0})"));
            foreach (var step in Steps) report.Note(F($"baseline-{step}:p50={Percentile(baselineLatencies[step], 50):F1}ms,p99={Percentile(baselineLatencies[step], 99):F1}ms"));
            report.Note(F($"baseline+audit-lifecycles/s={audited.Rate:F0}"));
            report.Note(F($"ratio={product.Rate / baseline.Rate:F2} ratio-vs-audited-baseline={product.Rate / audited.Rate:F2} audit-share={1 - audited.Rate / baseline.Rate:P0}"));
            // CPU per lifecycle (this process: host and client; the database server's processes when they run here):
            // what a lifecycle costs, whatever else the machine is doing, unlike the rates above.
            report.Note(F($"cpu-ms-per-lifecycle: product={product.ProcessCpuMs:F1}+db {product.DatabaseCpuMs:F1}, baseline={baseline.ProcessCpuMs:F1}+db {baseline.DatabaseCpuMs:F1}, baseline+audit={audited.ProcessCpuMs:F1}+db {audited.DatabaseCpuMs:F1}"));
            report.Note($"runtime-per-lifecycle: product {product.Runtime}; baseline {baseline.Runtime}; baseline+audit {audited.Runtime}");
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(dir, true); } catch (IOException) { }
        }
    }

    /// <summary>The four steps of each case, <see cref="Workers"/> cases at a time; the wall time for all.</summary>
    private static async Task<TimeSpan> LifecycleAsync(IReadOnlyList<long> ids, HttpClient citizen, HttpClient clerk, HttpClient approver,
        Dictionary<string, ConcurrentBag<double>>? latencies)
    {
        var queue = new ConcurrentQueue<long>(ids);
        var total = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Workers).Select(async _ =>
        {
            while (queue.TryDequeue(out var id))
            {
                await TimedAsync(latencies, "submit", () => citizen.PostAsJsonAsync($"/api/cases/{id}/submit", new { }));
                await TimedAsync(latencies, "accept", () => clerk.PostAsJsonAsync($"/api/cases/{id}/accept", new { note = "受理" }));
                await TimedAsync(latencies, "complete", () => approver.PostAsJsonAsync($"/api/cases/{id}/steps/complete", new { opinion = "经审核，材料符合要求" }));
                await TimedAsync(latencies, "decide", () => approver.PostAsJsonAsync($"/api/cases/{id}/decide", new { decision = "Granted" }));
            }
        }));
        return total.Elapsed;
    }

    private static async Task<TimeSpan> BaselineAsync(long template, int count, HttpClient client, bool audited,
        Dictionary<string, ConcurrentBag<double>>? latencies)
    {
        var left = count;
        var total = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Workers).Select(async _ =>
        {
            while (Interlocked.Decrement(ref left) >= 0)
            {
                var inserted = await TimedAsync(latencies, "submit", () => client.PostAsJsonAsync($"/api/bench/baseline/{template}/insert?audited={audited}", new { }));
                var id = (await inserted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
                foreach (var step in Steps.Skip(1))
                    await TimedAsync(latencies, step, () => client.PostAsJsonAsync($"/api/bench/baseline/{id}/update?audited={audited}", new { }));
            }
        }));
        return total.Elapsed;
    }

    private static async Task<HttpResponseMessage> TimedAsync(Dictionary<string, ConcurrentBag<double>>? latencies, string step,
        Func<Task<HttpResponseMessage>> call)
    {
        var watch = Stopwatch.StartNew();
        var response = await call();
        watch.Stop();
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"{step}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        latencies?[step].Add(watch.Elapsed.TotalMilliseconds);
        return response;
    }

    /// <summary>
    /// Bench-only (never in the product): the same case row written with nothing else — no state table, history,
    /// clock, view — behind the same authentication, and under /api so it passes the same request pipeline as the
    /// product's actions (the session check validates the antiforgery header of unsafe /api requests only; the
    /// baseline skipped it until the third revision of ADR 0017). Raw SQL, so the audit chain is not involved unless
    /// asked for.
    /// </summary>
    private static void MapBaseline(WebApplication app)
    {
        app.MapPost("/api/bench/baseline/{id:long}/insert", async (long id, bool audited, CasesDbContext db) =>
        {
            var columns = string.Join(", ", db.Model.FindEntityType(typeof(Case))!.GetProperties()
                .Where(p => p.Name != nameof(Case.Id)).Select(p => $"\"{p.GetColumnName()}\""));
            await using var tx = await db.Database.BeginTransactionAsync();
            // Column names come from the model; the id is a parameter, so the statement (and EF Core's query for it) is
            // the same on every request, as the product's are.
            var sql = $"INSERT INTO cases_cases ({columns}) SELECT {columns} FROM cases_cases WHERE \"Id\" = {{0}} RETURNING \"Id\" AS \"Value\"";
            var newId = (await db.Database.SqlQueryRaw<long>(sql, id).ToListAsync()).Single();
            if (audited) { db.Audit("bench.baseline", $"办件草稿 {newId}"); await db.SaveChangesAsync(); }
            await tx.CommitAsync();
            return Results.Ok(new { id = newId });
        }).RequireAuthorization().DisableAntiforgery();
        app.MapPost("/api/bench/baseline/{id:long}/update", async (long id, bool audited, CasesDbContext db) =>
        {
            await using var tx = await db.Database.BeginTransactionAsync();
            await db.Cases.Where(c => c.Id == id).ExecuteUpdateAsync(s => s.SetProperty(c => c.Revision, c => c.Revision + 1));
            if (audited) { db.Audit("bench.baseline", $"办件草稿 {id}"); await db.SaveChangesAsync(); }
            await tx.CommitAsync();
            return Results.Ok(new { id });
        }).RequireAuthorization().DisableAntiforgery();
    }

    private static async Task<List<long>> DraftsAsync(HttpClient citizen, long item, int count)
    {
        var ids = new ConcurrentBag<long>();
        var left = count;
        await Task.WhenAll(Enumerable.Range(0, Workers).Select(async _ =>
        {
            while (Interlocked.Decrement(ref left) >= 0)
            {
                var draft = await Ok(await citizen.PostAsJsonAsync("/api/cases", new { itemId = item }));
                var id = draft.GetProperty("id").GetInt64();
                await Ok(await citizen.PutAsJsonAsync($"/api/cases/{id}/draft", new { fields = new { shopName = "基准小店", shopAddress = "天河路 1 号" } }));
                using var form = new MultipartFormDataContent();
                var file = new ByteArrayContent(System.Text.Encoding.ASCII.GetBytes($"%PDF-1.4\n% bench {id}\n%%EOF\n"));
                file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
                form.Add(file, "file", "申请书.pdf");
                await Ok(await citizen.PostAsync($"/api/cases/{id}/materials/0/files", form));
                ids.Add(id);
            }
        }));
        return ids.Order().ToList();
    }

    private static async Task<long> PublishItemAsync(HttpClient admin)
    {
        var content = new ItemContent
        {
            MainItemName = "食品经营许可", SubItemName = "食品经营许可（基准测试）", Kind = ItemKind.AdministrativeLicence, BasicCode = "000117008000",
            ImplementationCode = "11440106MB2C92147X4000117009" + Random.Shared.Next(100, 999).ToString(CultureInfo.InvariantCulture),
            DepartmentName = "广州市天河区市场监督管理局", RegionCode = "440106", LegalBasis = "《中华人民共和国食品安全法》第三十五条",
            Materials = [new("食品经营许可申请书")], Steps = [new("受理"), new("审核"), new("审批"), new("办结"), new("送达")],
            StatutoryLimitDays = 20, PromisedLimitDays = 5, Channels = [HandlingChannel.Window, HandlingChannel.Online], RequiredVisits = 0,
            FormFields = [new("shopName", "经营场所名称"), new("shopAddress", "经营场所地址")],
            ResultName = "食品经营许可证", ResultType = ResultType.Certificate,
        };
        var id = (await Ok(await admin.PostAsJsonAsync("/api/catalog/items", content, CatalogJson.Options))).GetProperty("id").GetInt64();
        await Ok(await admin.PostAsJsonAsync($"/api/catalog/items/{id}/publish", new { }));
        return id;
    }

    private static async Task<HttpClient> SignInAsync(string url, string userName)
    {
        var client = new HttpClient(new SocketsHttpHandler { UseCookies = true, CookieContainer = new CookieContainer(), MaxConnectionsPerServer = 64 })
        {
            BaseAddress = new Uri(url),
        };
        await Ok(await client.PostAsJsonAsync("/api/auth/login", new { userName, password = DemoData.Password }));
        var antiforgery = await client.GetFromJsonAsync<JsonElement>("/api/auth/antiforgery");
        client.DefaultRequestHeaders.Add(antiforgery.GetProperty("headerName").GetString()!, antiforgery.GetProperty("token").GetString());
        return client;
    }

    private static async Task<JsonElement> Ok(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{(int)response.StatusCode} {response.RequestMessage?.RequestUri}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Wall time and CPU time (this process; local PostgreSQL server processes) summed over a kind's rounds.</summary>
    private sealed class Phase
    {
        private int _count;
        private TimeSpan _wall, _cpu, _gcPause, _jit;
        private double _databaseSeconds;
        private int _fullCollections;

        public double Rate => _count / _wall.TotalSeconds;
        public double ProcessCpuMs => _cpu.TotalMilliseconds / _count;
        public double DatabaseCpuMs => _databaseSeconds * 1000 / _count;
        /// <summary>The process's GC pauses and JIT time per lifecycle, and its full collections: what else a phase paid.</summary>
        public string Runtime => F($"gc-pause {_gcPause.TotalMilliseconds / _count:F2} ms, gen2 {_fullCollections}, jit {_jit.TotalMilliseconds / _count:F2} ms");

        public async Task TimeAsync(int count, Func<Task<TimeSpan>> run)
        {
            var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
            var database = DatabaseServerCpuSeconds();
            var (pause, full, jit) = (GC.GetTotalPauseDuration(), GC.CollectionCount(2), System.Runtime.JitInfo.GetCompilationTime());
            _wall += await run();
            _gcPause += GC.GetTotalPauseDuration() - pause;
            _fullCollections += GC.CollectionCount(2) - full;
            _jit += System.Runtime.JitInfo.GetCompilationTime() - jit;
            _cpu += System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu;
            _databaseSeconds += DatabaseServerCpuSeconds() - database;
            _count += count;
        }

        /// <summary>User + system time of the machine's postgres processes (/proc, in USER_HZ = 1/100 s); 0 elsewhere.</summary>
        private static double DatabaseServerCpuSeconds()
        {
            if (!OperatingSystem.IsLinux()) return 0;
            long ticks = 0;
            foreach (var dir in Directory.EnumerateDirectories("/proc"))
            {
                try
                {
                    var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                    var close = stat.LastIndexOf(')');
                    if (close < 0 || !stat.AsSpan(stat.IndexOf('(') + 1, close - stat.IndexOf('(') - 1).SequenceEqual("postgres")) continue;
                    var fields = stat[(close + 2)..].Split(' ');
                    ticks += long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
                }
                catch (IOException) { }
                catch (UnauthorizedAccessException) { }
            }
            return ticks / 100.0;
        }
    }

    private static double Percentile(IEnumerable<double> values, int percentile)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1)];
    }

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
