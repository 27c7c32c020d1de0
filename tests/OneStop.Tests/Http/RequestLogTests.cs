using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using OneStop.Platform.Persistence;
using OneStop.Tests.Infrastructure;
using OneStop.Web.Hosting;

namespace OneStop.Tests.Http;

/// <summary>The host with ASP.NET Core's own logging turned up, as an operator chasing a problem would, and every line kept.</summary>
public sealed class LogCapturingFactory : OneStopFactory
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "onestop-tests", Guid.NewGuid().ToString("N"));

    public ConcurrentQueue<(string Category, string Message)> Lines { get; } = new();

    protected override DatabaseSettings CreateDatabase() =>
        new(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(_dir, "onestop.db")}", _dir);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureAppConfiguration(c => c.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Information", ["Logging:LogLevel:Microsoft.AspNetCore"] = "Information",
        }));
        builder.ConfigureLogging(l => l.AddProvider(new CaptureProvider(Lines)));
    }

    protected override Task DropDatabaseAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
        return Task.CompletedTask;
    }

    private sealed class CaptureProvider(ConcurrentQueue<(string, string)> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Capture(categoryName, lines);
        public void Dispose() { }
    }

    private sealed class Capture(string category, ConcurrentQueue<(string, string)> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue((category, formatter(state, exception)));
    }
}

public sealed class RequestLogTests(LogCapturingFactory factory) : IClassFixture<LogCapturingFactory>
{
    private const string Id = "440106198511124569";
    private const string Phone = "13800138000";

    [Fact]
    public async Task The_request_log_masks_resident_ids_and_phone_numbers_in_the_query_string()
    {
        var ct = TestContext.Current.CancellationToken;
        var admin = await factory.SignedInAsync("admin");
        (await admin.GetAsync($"/api/audit?target={Id}&actor={Phone}", ct)).EnsureSuccessStatusCode();
        await factory.Anonymous().GetAsync($"/services?q=%34%34%30106198511124569", ct);

        var lines = factory.Lines.ToList();
        Assert.DoesNotContain(lines, l => l.Message.Contains(Id) || l.Message.Contains(Phone) || l.Message.Contains("%34%34%30106198511124569"));
        var requests = lines.Where(l => l.Category == MaskedRequestLog.Category).Select(l => l.Message).ToList();
        Assert.Contains(requests, m => m.Contains("/api/audit?target=440106********4569&actor=138****8000") && m.Contains("200"));
        Assert.Contains(requests, m => m.Contains("/services?q=440106********4569"));
    }

    [Fact]
    public async Task The_request_log_hides_the_id_tail_of_a_progress_lookup()
    {
        // Number and tail together open a case's progress: a logged pair would make the log a list of keys.
        var ct = TestContext.Current.CancellationToken;
        await factory.Anonymous().GetAsync("/api/cases/progress?number=440106-20261201-000009&idTail=07123X", ct);
        var requests = factory.Lines.Where(l => l.Category == MaskedRequestLog.Category).Select(l => l.Message).ToList();
        Assert.Contains(requests, m => m.Contains("/api/cases/progress?number=440106-20261201-000009&idTail=***"));
        Assert.DoesNotContain(factory.Lines, l => l.Message.Contains("07123X"));
    }
}
