using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Http;

public sealed class ConcurrentWritesOnSqlite(SqliteFactory f) : ConcurrentWritesTests(f), IClassFixture<SqliteFactory>;
public sealed class ConcurrentWritesOnPostgres(PostgresFactory f) : ConcurrentWritesTests(f), IClassFixture<PostgresFactory>;

/// <summary>
/// The same unique value written by several requests at once: the check-then-insert in each use case cannot see the
/// others, so the unique index decides. The losers must get 409 with a code from the one exception handler, not 500.
/// </summary>
public abstract class ConcurrentWritesTests(OneStopFactory factory) : ApiTests(factory)
{
    private const int Parallel = 6;
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<IReadOnlyList<HttpResponseMessage>> AllAtOnceAsync(IReadOnlyList<HttpClient> clients,
        Func<HttpClient, Task<HttpResponseMessage>> send)
    {
        using var start = new SemaphoreSlim(0);
        var tasks = clients.Select(async c => { await start.WaitAsync(); return await send(c); }).ToList();
        start.Release(clients.Count);
        return await Task.WhenAll(tasks);
    }

    private async Task<IReadOnlyList<HttpClient>> ClientsAsync(string? userName)
    {
        var clients = new List<HttpClient>();
        for (var i = 0; i < Parallel; i++) clients.Add(userName is null ? Factory.Anonymous() : await Factory.SignedInAsync(userName));
        return clients;
    }

    private static async Task AssertOneWinnerAsync(IReadOnlyList<HttpResponseMessage> responses, HttpStatusCode success)
    {
        var statuses = string.Join(", ", responses.Select(r => (int)r.StatusCode));
        Assert.True(responses.Count(r => r.StatusCode == success) == 1, statuses);
        foreach (var loser in responses.Where(r => r.StatusCode != success))
        {
            var problem = await Problem.ReadAsync(loser);
            Assert.Equal(HttpStatusCode.Conflict, problem.Status);
            Assert.False(string.IsNullOrEmpty(problem.Code));
        }
    }

    [Fact]
    public async Task The_same_resident_registering_twice_at_once_gets_one_account()
    {
        var id = TestIds.ResidentId();
        var responses = await AllAtOnceAsync(await ClientsAsync(null), c => c.PostAsJsonAsync("/api/accounts/citizens",
            new { realName = "王五", residentId = id, password = "Secret2026x", phone = "13700137000", regionCode = "440106" }, Ct));

        await AssertOneWinnerAsync(responses, HttpStatusCode.Created);
        Assert.Equal(1, await Factory.WithDbAsync(db => db.Accounts.CountAsync(a => a.ResidentId == id, Ct)));
    }

    [Fact]
    public async Task The_same_department_created_twice_at_once_exists_once()
    {
        var name = "并发测试局" + Guid.NewGuid().ToString("N")[..6];
        var responses = await AllAtOnceAsync(await ClientsAsync("admin"), c => c.PostAsJsonAsync("/api/departments",
            new { name, shortName = "并发局", regionCode = "440106" }, Ct));

        await AssertOneWinnerAsync(responses, HttpStatusCode.Created);
        Assert.Equal(1, await Factory.WithDbAsync(db => db.Departments.CountAsync(d => d.Name == name, Ct)));
    }

    [Fact]
    public async Task The_same_calendar_day_changed_twice_at_once_is_overridden_once()
    {
        var responses = await AllAtOnceAsync(await ClientsAsync("admin"), c => c.PutAsJsonAsync("/api/calendar/days/2026-12-16",
            new { isOffDay = true, name = "临时休息日", reason = "紧急通知" }, Ct));

        // The first writer inserts the override; the others either update it (200) or lose the insert race (409).
        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.OK or HttpStatusCode.Conflict, $"{(int)r.StatusCode}"));
        foreach (var loser in responses.Where(r => r.StatusCode == HttpStatusCode.Conflict))
            Assert.Equal("platform.duplicate", (await Problem.ReadAsync(loser)).Code);
        Assert.Equal(1, await Factory.WithDbAsync(db => db.CalendarOverrides.CountAsync(o => o.Date == new DateOnly(2026, 12, 16), Ct)));
    }
}
