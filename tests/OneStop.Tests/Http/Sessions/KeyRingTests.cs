using System.Net;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Http.Sessions;

/// <summary>
/// Two installations on one machine (two data directories or databases) must not accept each other's tokens:
/// the data-protection key ring lives in each installation's own database.
/// </summary>
public abstract class KeyRingTests(OneStopFactory factory) : ApiTests(factory)
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    protected abstract OneStopFactory AnotherInstallation();

    [Fact]
    public async Task A_token_or_cookie_issued_by_another_installation_is_refused()
    {
        await using var other = AnotherInstallation();
        await other.InitializeAsync();
        var foreignToken = await Accounts.BearerAsync(other, "admin", OneStop.Platform.Demo.DemoData.Password);
        var foreignCookie = Accounts.WithCookie(Factory, await Accounts.CookieAsync(other, "admin", OneStop.Platform.Demo.DemoData.Password));
        Assert.Equal(HttpStatusCode.OK, (await foreignToken.GetAsync("/api/accounts", Ct)).StatusCode); // valid at home

        var here = Factory.CreateClient();
        here.DefaultRequestHeaders.Authorization = foreignToken.DefaultRequestHeaders.Authorization;
        Assert.Equal(HttpStatusCode.Unauthorized, (await here.GetAsync("/api/accounts", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await foreignCookie.GetAsync("/api/accounts", Ct)).StatusCode);

        var own = await Accounts.BearerAsync(Factory, "admin", OneStop.Platform.Demo.DemoData.Password);
        Assert.Equal(HttpStatusCode.OK, (await own.GetAsync("/api/accounts", Ct)).StatusCode);
    }

    [Fact]
    public async Task The_key_ring_is_stored_in_the_installations_database()
    {
        await Accounts.BearerAsync(Factory, "admin", OneStop.Platform.Demo.DemoData.Password);
        var keys = await Factory.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(
            db.Set<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey>(), Ct));
        Assert.True(keys >= 1, "no data-protection key in the database");
    }
}
