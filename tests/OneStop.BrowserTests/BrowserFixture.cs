using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Playwright;
using OneStop.Platform.Persistence;

namespace OneStop.BrowserTests;

/// <summary>
/// The real host on Kestrel (a free local port) over a fresh SQLite data directory seeded with the demo.
/// </summary>
public sealed class OneStopServer : WebApplicationFactory<Program>
{
    public OneStopServer() => UseKestrel(0);

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "onestop-browser-tests", Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var settings = new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(DataDirectory, "onestop.db")}", DataDirectory);
        builder.UseEnvironment("Testing");
        // Every browser test signs in from 127.0.0.1: limits meant for one person would stop the suite.
        foreach (var policy in new[] { "SignIn", "SignInPerUser", "Registration", "Search", "PublicForm" })
            builder.UseSetting($"OneStop:RateLimits:{policy}:PermitLimit", "100000");
        // Outside Development the host only sees wwwroot, not the build's compressed copies that the static asset
        // manifest promises; a browser asking for gzip would get an empty site.css. Serve what a publish would.
        builder.UseStaticWebAssets();
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<DatabaseSettings>();
            services.AddSingleton(settings);
            // The audit key and checkpoints belong to this installation, beside its database.
            services.RemoveAll<OneStop.Platform.Audit.AuditSettings>();
            services.AddSingleton(new OneStop.Platform.Audit.AuditSettings(Path.Combine(DataDirectory, "audit.key"),
                Path.Combine(DataDirectory, "audit-checkpoints"), TimeSpan.FromMinutes(10)));
        });
    }

    /// <summary>Starts the server (migrations and the demo seed run now) and returns its address.</summary>
    public Uri Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("Kestrel reported no listening address.");
        // Kestrel may report a wildcard or "localhost"; the browser should go to the loopback address itself.
        var uri = new UriBuilder(address);
        if (uri.Host is "[::]" or "::" or "0.0.0.0" or "+" or "*" or "localhost") uri.Host = "127.0.0.1";
        return uri.Uri;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

/// <summary>
/// One host and one headless Chromium (the system's /usr/bin/chromium; Playwright never downloads a browser) for
/// all browser tests; each test gets its own browser context, so cookies never leak between tests.
/// Without Chromium the tests are skipped with a message, except in CI, where that is a failure.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--lang=zh-CN", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private readonly OneStopServer _server = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private string? _unavailable;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Where screenshots go: the test output directory, never the repository's sources.</summary>
    public static string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    private static bool InCi => Environment.GetEnvironmentVariable("CI") is "true" or "1";

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            _unavailable = $"Browser tests skipped: {ChromiumPath} not found (apt-get install chromium, or run ./test.sh).";
            if (InCi) throw new InvalidOperationException($"CI must run the browser tests, but {ChromiumPath} is missing (run ./test.sh).");
            return;
        }
        BaseAddress = _server.Start();
        _playwright = await Playwright.CreateAsync();
        _playwright.Selectors.SetTestIdAttribute("data-test"); // the pages mark what tests look for with data-test
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A fresh browser context (no cookies; dispose it at the end of the test), or a skip when Chromium is not installed.</summary>
    public async Task<IBrowserContext> NewContextAsync()
    {
        if (_unavailable is not null) Assert.Skip(_unavailable);
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(15_000);
        return context;
    }

    public static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotDirectory);
        var path = Path.Combine(ScreenshotDirectory, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
        await _server.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
