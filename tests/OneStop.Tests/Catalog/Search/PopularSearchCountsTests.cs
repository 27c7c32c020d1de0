using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using OneStop.Catalog.Persistence;
using OneStop.Catalog.Search;
using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Catalog.Search;

public sealed class PopularSearchCountsOnSqlite(SqliteFactory f) : PopularSearchCountsTests(f), IClassFixture<SqliteFactory>;
public sealed class PopularSearchCountsOnPostgres(PostgresFactory f) : PopularSearchCountsTests(f), IClassFixture<PostgresFactory>;

/// <summary>
/// Popular searches are counted in memory and written as one audited write per flush (ADR 0007): nothing unaudited,
/// no audit entry per search, and hosts add their counts up instead of overwriting each other.
/// </summary>
public abstract class PopularSearchCountsTests(OneStopFactory factory) : ApiTests(factory)
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task SearchAsync(string query, int times)
    {
        using var scope = Factory.Services.CreateScope();
        var popular = scope.ServiceProvider.GetRequiredService<PopularSearches>();
        for (var i = 0; i < times; i++) await popular.CountAsync(query, Ct);
    }

    private Task<long> FlushAsync(SearchCountFlush? host = null) =>
        Factory.WithScopeAsync(sp => (host ?? sp.GetRequiredService<SearchCountFlush>()).FlushAsync(sp.GetRequiredService<CatalogDbContext>(), Ct));

    private Task<long?> StoredCountAsync(string query) => Factory.WithScopeAsync(sp => sp.GetRequiredService<CatalogDbContext>()
        .SearchCounts.Where(s => s.Query == query).Select(s => (long?)s.Count).SingleOrDefaultAsync(Ct));

    private static string Unique(string word) => word + Guid.NewGuid().ToString("N")[..6];

    [Fact]
    public async Task Searches_are_written_at_the_flush_as_one_audited_write()
    {
        var (food, licence) = (Unique("开饭店"), Unique("办营业执照"));
        await SearchAsync(food, 3);
        await SearchAsync(licence, 1);
        Assert.Null(await StoredCountAsync(food));
        var before = await Factory.WithDbAsync(db => db.AuditRecords.CountAsync(r => r.Action == "catalog.search-counts", Ct));

        Assert.True(await FlushAsync() >= 4);

        Assert.Equal(3, await StoredCountAsync(food));
        Assert.Equal(1, await StoredCountAsync(licence));
        var records = await Factory.WithDbAsync(db => db.AuditRecords.Where(r => r.Action == "catalog.search-counts")
            .OrderBy(r => r.Sequence).Select(r => r.Summary).ToListAsync(Ct));
        Assert.Equal(before + 1, records.Count);
        Assert.Matches(@"^\d+ 次搜索，\d+ 个词", records[^1]);
    }

    [Fact]
    public async Task Two_flushes_add_up_and_an_empty_round_writes_nothing()
    {
        var query = Unique("社保卡");
        await SearchAsync(query, 2);
        await FlushAsync();
        await SearchAsync(query, 3);
        await FlushAsync();
        Assert.Equal(5, await StoredCountAsync(query));

        var audited = await Factory.WithDbAsync(db => db.AuditRecords.CountAsync(Ct));
        Assert.Equal(0, await FlushAsync());
        Assert.Equal(audited, await Factory.WithDbAsync(db => db.AuditRecords.CountAsync(Ct)));
    }

    [Fact]
    public async Task A_second_host_adds_its_own_counts_to_the_stored_ones()
    {
        var query = Unique("结婚登记");
        await SearchAsync(query, 4);
        await FlushAsync();
        var otherBuffer = new SearchCountBuffer();
        var otherHost = new SearchCountFlush(Factory.Services.GetRequiredService<IServiceScopeFactory>(), otherBuffer, Factory.Clock,
            NullLogger<SearchCountFlush>.Instance);
        otherBuffer.Add(query, Factory.Clock.GetUtcNow().UtcDateTime, 2);

        Assert.Equal(2, await FlushAsync(otherHost));
        Assert.Equal(6, await StoredCountAsync(query));
    }

    [Fact]
    public async Task A_flush_that_fails_gives_its_counts_back_for_the_next_round()
    {
        var query = Unique("刻章");
        var buffer = new SearchCountBuffer();
        var host = new SearchCountFlush(Factory.Services.GetRequiredService<IServiceScopeFactory>(), buffer, Factory.Clock,
            NullLogger<SearchCountFlush>.Instance);
        buffer.Add(query, Factory.Clock.GetUtcNow().UtcDateTime, 3);
        using (var cancelled = new CancellationTokenSource())
        {
            await cancelled.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
                Factory.WithScopeAsync(sp => host.FlushAsync(sp.GetRequiredService<CatalogDbContext>(), cancelled.Token)));
        }
        Assert.Null(await StoredCountAsync(query));
        Assert.Equal(3, await FlushAsync(host));
        Assert.Equal(3, await StoredCountAsync(query));
    }
}
