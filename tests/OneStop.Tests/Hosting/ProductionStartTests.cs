using Microsoft.Extensions.Configuration;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using OneStop.Platform.Demo;
using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;
using OneStop.Web.Hosting;

namespace OneStop.Tests.Hosting;

public sealed class ProductionStartOnSqlite(ProductionSqliteFactory f) : ProductionStartTests(f, f.Log), IClassFixture<ProductionSqliteFactory>;
public sealed class ProductionStartOnPostgres(ProductionPostgresFactory f) : ProductionStartTests(f, f.Log), IClassFixture<ProductionPostgresFactory>;

/// <summary>A production install on an empty database: no demo accounts, no demo hint, a clear next step for the operator.</summary>
public abstract class ProductionStartTests(OneStopFactory factory, LogCapture log) : ApiTests(factory)
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_production_start_on_an_empty_database_creates_no_account()
    {
        Assert.Equal(0, await Factory.WithDbAsync(db => db.Accounts.CountAsync(Ct)));
        var signIn = await Factory.Anonymous().PostAsJsonAsync("/api/auth/login",
            new { userName = "admin", password = DemoData.Password }, Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, signIn.StatusCode);
    }

    [Fact]
    public async Task The_operator_is_told_to_create_the_first_administrator_with_the_cli()
    {
        Assert.Contains(log.Messages, m => m.StartsWith("Warning:", StringComparison.Ordinal) && m.Contains("admin create --user"));
        Assert.Equal(DatabasePreparation.NoAccountsMessage, log.Messages.Select(m => m["Warning: ".Length..]).First(m => m.Contains("admin create")));
    }

    [Fact]
    public async Task The_sign_in_page_shows_no_demo_password()
    {
        var html = await Factory.Anonymous().GetStringAsync("/login", Ct);
        Assert.Contains("登录", html);
        Assert.DoesNotContain(DemoData.Password, html);
        Assert.DoesNotContain("演示", html);
    }

    [Fact]
    public async Task Regions_are_there_for_registration_even_without_the_demo()
    {
        var regions = await Factory.WithDbAsync(db => db.Regions.CountAsync(Ct));
        Assert.True(regions > 3000, $"only {regions} regions");
    }
}

/// <summary>The demo (what the README's first command starts) keeps its accounts and the hint.</summary>
public sealed class DemoStartTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_demo_sign_in_page_hints_the_demo_password()
    {
        var html = await factory.Anonymous().GetStringAsync("/login", Ct);
        Assert.Contains(DemoData.Password, html);
    }

    [Fact]
    public async Task The_demo_administrator_signs_in()
    {
        await factory.SignedInAsync("admin");
    }

    [Fact]
    public void Development_runs_the_demo_and_appsettings_json_does_not()
    {
        var web = Path.Combine(Solution.Root, "src", "OneStop.Web");
        var production = new Microsoft.Extensions.Configuration.ConfigurationBuilder()
            .AddJsonFile(Path.Combine(web, "appsettings.json")).Build();
        Assert.False(DemoMode.From(production).IsOn);
        var development = new Microsoft.Extensions.Configuration.ConfigurationBuilder()
            .AddJsonFile(Path.Combine(web, "appsettings.json")).AddJsonFile(Path.Combine(web, "appsettings.Development.json")).Build();
        Assert.True(DemoMode.From(development).IsOn);
        // `dotnet run --project src/OneStop.Web` (the README's first command) uses this profile.
        var launch = File.ReadAllText(Path.Combine(web, "Properties", "launchSettings.json"));
        Assert.Contains("\"ASPNETCORE_ENVIRONMENT\": \"Development\"", launch);
    }
}

internal static class Solution
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "OneStop.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("OneStop.slnx not found above " + AppContext.BaseDirectory);
    }
}
