using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Cli;
using OneStop.Platform.Accounts;
using OneStop.Platform.Security;
using OneStop.Tests.Hosting;

namespace OneStop.Tests.Cli;

/// <summary>`onestop admin create`: how a production install gets its first administrator, with a password the operator chooses.</summary>
public sealed class CreateFirstAdministratorTests(ProductionSqliteFactory host) : IClassFixture<ProductionSqliteFactory>
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<(int Exit, string Out, string Err)> RunAsync(string stdin, params string[] args) => RunInAsync(host.DataDirectory, stdin, args);

    private static async Task<(int Exit, string Out, string Err)> RunInAsync(string dir, string stdin, params string[] args)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ONESTOP_DATA_DIR"] = dir, ["ONESTOP_POSTGRES"] = "",
        }).Build();
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await CliApp.RunAsync(args, stdout, stderr, config, new StringReader(stdin));
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task The_operator_creates_the_first_administrator_and_signs_in_on_the_web_with_the_chosen_password()
    {
        var (exit, output, error) = await RunAsync("Chosen2026pass\n", "admin", "create", "--user", "gd-root", "--region", "440000");
        Assert.True(exit == 0, error);
        Assert.Contains("gd-root", output);

        var account = await host.WithDbAsync(db => db.Accounts.AsNoTracking().SingleAsync(a => a.UserName == "gd-root", Ct));
        Assert.Equal([Role.SystemAdmin], account.Roles);
        Assert.Equal("440000", account.RegionCode);
        Assert.NotNull(account.DepartmentId);
        Assert.True(await host.WithDbAsync(db => db.AuditRecords.AnyAsync(r => r.Action == "account.create-admin" && r.Target.Contains("gd-root"), Ct)));

        var client = host.Anonymous();
        var signIn = await client.PostAsJsonAsync("/api/auth/login", new { userName = "gd-root", password = "Chosen2026pass" }, Ct);
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/accounts", Ct)).StatusCode);
    }

    [Fact]
    public async Task A_weak_password_is_refused_and_no_account_is_created()
    {
        var (exit, _, error) = await RunAsync("short\n", "admin", "create", "--user", "weak-admin", "--region", "440000");
        Assert.Equal(1, exit);
        Assert.Contains("account.weak-password", error);
        Assert.False(await host.WithDbAsync(db => db.Accounts.AnyAsync(a => a.UserName == "weak-admin", Ct)));
    }

    [Fact]
    public async Task A_county_code_is_refused_because_the_first_administrator_is_province_level()
    {
        var (exit, _, error) = await RunAsync("Chosen2026pass\n", "admin", "create", "--user", "county-admin", "--region", "440106");
        Assert.Equal(1, exit);
        Assert.Contains("region.not-province", error);
        Assert.False(await host.WithDbAsync(db => db.Accounts.AnyAsync(a => a.UserName == "county-admin", Ct)));
    }

    [Fact]
    public async Task The_password_is_never_taken_from_the_command_line()
    {
        var (exit, _, error) = await RunAsync("", "admin", "create", "--user", "x", "--region", "440000", "--password", "Chosen2026pass");
        Assert.Equal(2, exit);
        Assert.Contains("用法", error);
    }
}
