namespace OneStop.Tests.Infrastructure;

/// <summary>A test that moves time moves only its own installation's clock, whatever order the tests run in.</summary>
public sealed class OwnClockTests(SqliteFactory shared) : IClassFixture<SqliteFactory>
{
    [Fact]
    public async Task Moving_an_own_clock_leaves_the_clock_the_class_shares_where_it_was()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var own = await shared.WithOwnClockAsync();
        own.Clock.Advance(TimeSpan.FromDays(10));

        Assert.Equal(OneStopFactory.Now, shared.Clock.GetUtcNow());
        Assert.Equal(OneStopFactory.Now.AddDays(10), own.Factory.Clock.GetUtcNow());
        Assert.NotSame(shared, own.Factory);
        Assert.IsType<SqliteFactory>(own.Factory); // the same kind of installation: the same database provider
        // the own installation is a working host of its own (seeded, answering)
        var health = await own.Factory.Anonymous().GetAsync("/health", ct);
        Assert.True(health.IsSuccessStatusCode, $"health: {(int)health.StatusCode}");
    }
}
