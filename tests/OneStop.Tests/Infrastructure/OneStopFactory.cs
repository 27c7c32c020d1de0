using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using OneStop.Platform.Audit;
using OneStop.Platform.Demo;
using OneStop.Platform.Persistence;

namespace OneStop.Tests.Infrastructure;

/// <summary>
/// The real host over HTTP with its own fresh database (seeded with the demo) and a pinned clock. One per test
/// class; tests inside a class create their own data instead of depending on each other's.
/// </summary>
public abstract class OneStopFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    /// <summary>2026-11-23 09:00 Beijing time, a Monday.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 1, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _clock = new(Now);

    public const string WeChatChannelKey = "test-wechat-gateway-key";
    public const string AppChannelKey = "test-app-gateway-key";

    /// <summary>
    /// The installation's clock, read-only on purpose: a factory is a class fixture shared by every test of the class,
    /// so a test that moved it would change what the others see depending on the order they run in. A test that
    /// moves time takes an installation of its own, <see cref="WithOwnClockAsync"/>.
    /// </summary>
    public TimeProvider Clock => _clock;

    /// <summary>
    /// A fresh installation of the same kind (its own database, audit key and clock, demo seeded) for one test that
    /// moves time; dispose it at the end of the test (<c>await using</c>).
    /// </summary>
    public async Task<OwnClock> WithOwnClockAsync()
    {
        var installation = (OneStopFactory)Activator.CreateInstance(GetType())!;
        await installation.InitializeAsync();
        return new OwnClock(installation, installation._clock);
    }

    protected abstract DatabaseSettings CreateDatabase();

    /// <summary>This installation's audit key and checkpoints, outside the database as in production.</summary>
    public string AuditDirectory { get; } = Path.Combine(Path.GetTempPath(), "onestop-tests-audit", Guid.NewGuid().ToString("N"));

    internal AuditSettings AuditSettings => new(Path.Combine(AuditDirectory, "audit.key"),
        Path.Combine(AuditDirectory, "audit-checkpoints"), TimeSpan.FromMinutes(10));

    public virtual ValueTask InitializeAsync()
    {
        _ = Server; // starts the host: migrations and demo seed run now, not inside the first test
        return ValueTask.CompletedTask;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var settings = CreateDatabase();
        builder.UseEnvironment("Testing");
        // Tests sign in and search far more often than a person; RateLimitTests lower these again for themselves.
        foreach (var (key, value) in RateLimitSettings) builder.UseSetting(key, value);
        // Every test's drafts are 张三's in one database: OpenDraftLimitTests set a real bound for themselves.
        builder.UseSetting("OneStop:Cases:OpenDraftsPerApplicant", OpenDraftsPerApplicant.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // The 12345 channel gateways' keys: WeChat's as it is, App's as its SHA-256 (Hotline/PublicIntake/ChannelIntakeTests).
        builder.UseSetting("Hotline:ChannelKeys:WeChat", WeChatChannelKey);
        builder.UseSetting("Hotline:ChannelKeys:App", "sha256:" + Convert.ToHexString(
            System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(AppChannelKey))));
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<DatabaseSettings>();
            services.AddSingleton(settings);
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(_clock);
            services.RemoveAll<AuditSettings>();
            services.AddSingleton(AuditSettings);
            // Uploads of this installation stay in its own temporary directory, removed with it.
            services.RemoveAll<OneStop.Platform.Files.FileStoreSettings>();
            services.AddSingleton(new OneStop.Platform.Files.FileStoreSettings(Path.Combine(AuditDirectory, "files")));
        });
    }

    public T WithScope<T>(Func<IServiceProvider, T> action)
    {
        using var scope = Services.CreateScope();
        return action(scope.ServiceProvider);
    }

    /// <summary>Runs async work inside a scope that lives until the work is done (a disposed context mid-query fails on PostgreSQL).</summary>
    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        using var scope = Services.CreateScope();
        return await action(scope.ServiceProvider);
    }

    internal async Task<T> WithDbAsync<T>(Func<PlatformDbContext, Task<T>> action)
    {
        // Actions answer before their audit records are sealed into the chain; a round first, as the trail's readers do.
        await Services.GetRequiredService<OneStop.Platform.Audit.AuditSealer>().SealAsync();
        using var scope = Services.CreateScope();
        return await action(scope.ServiceProvider.GetRequiredService<PlatformDbContext>());
    }

    /// <summary>A client signed in (by cookie, as a browser would be) as a demo account.</summary>
    public async Task<HttpClient> SignedInAsync(string userName, string password = DemoData.Password)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });
        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName, password });
        response.EnsureSuccessStatusCode();
        await AddAntiforgeryHeaderAsync(client);
        return client;
    }

    /// <summary>What the pages do for the JSON API: cookie-authenticated writes carry the antiforgery header.</summary>
    public static async Task AddAntiforgeryHeaderAsync(HttpClient client)
    {
        var antiforgery = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/auth/antiforgery");
        client.DefaultRequestHeaders.Remove(antiforgery.GetProperty("headerName").GetString()!);
        client.DefaultRequestHeaders.Add(antiforgery.GetProperty("headerName").GetString()!, antiforgery.GetProperty("token").GetString());
    }

    /// <summary>OneStop:Cases:OpenDraftsPerApplicant for this factory's host.</summary>
    protected virtual int OpenDraftsPerApplicant => 1_000_000;

    /// <summary>OneStop:RateLimits:* for this factory's host.</summary>
    protected virtual IEnumerable<(string Key, string Value)> RateLimitSettings =>
        from policy in new[] { "SignIn", "SignInPerUser", "Registration", "Search", "Lookup", "PublicForm", "Channel" }
        select ($"OneStop:RateLimits:{policy}:PermitLimit", "1000000");

    public HttpClient Anonymous() =>
        CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await DropDatabaseAsync();
        try { Directory.Delete(AuditDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        GC.SuppressFinalize(this);
    }

    protected virtual Task DropDatabaseAsync() => Task.CompletedTask;
}

/// <summary>An installation whose clock belongs to one test: <see cref="Clock"/> may be moved freely.</summary>
public sealed class OwnClock(OneStopFactory installation, FakeTimeProvider clock) : IAsyncDisposable
{
    public OneStopFactory Factory { get; } = installation;
    public FakeTimeProvider Clock { get; } = clock;

    public ValueTask DisposeAsync() => Factory.DisposeAsync();
}
