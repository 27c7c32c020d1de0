using Npgsql;
using OneStop.Platform.Persistence;

namespace OneStop.Tests.Unit;

/// <summary>
/// An operator who sets ONESTOP_POSTGRES gets statements prepared once per connection (ADR 0017), unless their string
/// says otherwise: what they wrote wins.
/// </summary>
public sealed class PostgresConnectionDefaultsTests
{
    [Fact]
    public void A_plain_connection_string_gets_statements_prepared_once_per_connection()
    {
        var settings = DatabaseSettings.Postgres("Host=db.intranet;Database=onestop;Username=app;Password=secret");
        var built = new NpgsqlConnectionStringBuilder(settings.ConnectionString);

        Assert.Equal(64, built.MaxAutoPrepare);
        Assert.Equal(2, built.AutoPrepareMinUsages);
        Assert.False(built.NoResetOnClose); // the pool's reset stays on: no session state leaks between leases
        Assert.Equal("db.intranet", built.Host);
        Assert.Equal("secret", built.Password);
    }

    [Fact]
    public void The_operators_own_pool_settings_are_kept()
    {
        var settings = DatabaseSettings.Postgres("Host=db;Database=onestop;maxautoprepare=0;Auto Prepare Min Usages=5");
        var built = new NpgsqlConnectionStringBuilder(settings.ConnectionString);

        Assert.Equal(0, built.MaxAutoPrepare);
        Assert.Equal(5, built.AutoPrepareMinUsages);
    }

    [Fact]
    public void A_quoted_password_with_a_semicolon_survives()
    {
        var settings = DatabaseSettings.Postgres("Host=db;Database=onestop;Password='a;Max Auto Prepare=0'");
        var built = new NpgsqlConnectionStringBuilder(settings.ConnectionString);

        Assert.Equal("a;Max Auto Prepare=0", built.Password);
        Assert.Equal(64, built.MaxAutoPrepare); // the text inside the password names nothing
    }
}
