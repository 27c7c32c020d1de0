using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OneStop.Catalog.Items;
using OneStop.Tests.Catalog.Items;
using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Catalog.Races;

public sealed class ConcurrentPublishOnSqlite(SqliteFactory f) : ConcurrentPublishTests(f), IClassFixture<SqliteFactory>;
public sealed class ConcurrentPublishOnPostgres(PostgresFactory f) : ConcurrentPublishTests(f), IClassFixture<PostgresFactory>;

/// <summary>
/// Real parallel HTTP requests against one item or bundle: exactly one wins, every loser gets 409 with a code, and
/// the trail holds one record of the change.
/// </summary>
public abstract class ConcurrentPublishTests(OneStopFactory factory) : ApiTests(factory)
{
    private const int Parallel = 6;
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(HttpClient Admin, long Id, string Code)> CreateAsync()
    {
        var content = SampleItems.FoodBusinessLicence() with { ImplementationCode = "RACE" + Guid.NewGuid().ToString("N")[..16] };
        var admin = await Factory.SignedInAsync("catalog");
        var response = await admin.PostAsJsonAsync("/api/catalog/items", content, CatalogJson.Options, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (admin, (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt64(), content.ImplementationCode);
    }

    /// <summary>Sends the same request from <see cref="Parallel"/> clients at once (each its own connection and session).</summary>
    private static async Task<IReadOnlyList<HttpResponseMessage>> AllAtOnceAsync(IReadOnlyList<HttpClient> clients,
        Func<HttpClient, Task<HttpResponseMessage>> send)
    {
        using var start = new SemaphoreSlim(0);
        var tasks = clients.Select(async c => { await start.WaitAsync(); return await send(c); }).ToList();
        start.Release(clients.Count);
        return await Task.WhenAll(tasks);
    }

    private async Task<IReadOnlyList<HttpClient>> AdminsAsync(string userName = "catalog")
    {
        var clients = new List<HttpClient>();
        for (var i = 0; i < Parallel; i++) clients.Add(await Factory.SignedInAsync(userName));
        return clients;
    }

    private static async Task AssertOneWinnerAsync(IReadOnlyList<HttpResponseMessage> responses, HttpStatusCode success, params string[] loserCodes)
    {
        Assert.Equal(1, responses.Count(r => r.StatusCode == success));
        foreach (var loser in responses.Where(r => r.StatusCode != success))
        {
            var problem = await Problem.ReadAsync(loser);
            Assert.Equal(HttpStatusCode.Conflict, problem.Status);
            Assert.Contains(problem.Code, loserCodes);
        }
    }

    private Task<int> AuditCountAsync(string action, string target) =>
        Factory.WithDbAsync(db => db.AuditRecords.CountAsync(r => r.Action == action && r.Target == target));

    [Fact]
    public async Task Two_administrators_publishing_one_draft_at_once_publish_it_once()
    {
        var (_, id, code) = await CreateAsync();
        var responses = await AllAtOnceAsync(await AdminsAsync(),
            c => c.PostAsJsonAsync($"/api/catalog/items/{id}/publish", new { }, Ct));

        await AssertOneWinnerAsync(responses, HttpStatusCode.OK, "catalog.changed", "catalog.no-draft");
        Assert.Equal(1, await AuditCountAsync("catalog.publish", $"事项 {code}"));
        var versions = await Factory.Anonymous().GetFromJsonAsync<JsonElement>($"/api/catalog/items/{id}", Ct);
        Assert.Equal("Published", Assert.Single(versions.GetProperty("versions").EnumerateArray()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Starting_the_next_draft_twice_at_once_makes_one_draft()
    {
        var (admin, id, code) = await CreateAsync();
        (await admin.PostAsJsonAsync($"/api/catalog/items/{id}/publish", new { }, Ct)).EnsureSuccessStatusCode();
        var responses = await AllAtOnceAsync(await AdminsAsync(), c => c.PostAsync($"/api/catalog/items/{id}/draft", null, Ct));

        await AssertOneWinnerAsync(responses, HttpStatusCode.OK, "catalog.changed", "catalog.draft-exists", "catalog.duplicate");
        Assert.Equal(1, await AuditCountAsync("catalog.start-draft", $"事项 {code}"));
    }

    [Fact]
    public async Task Creating_the_same_item_twice_at_once_creates_it_once()
    {
        var content = SampleItems.FoodBusinessLicence() with { ImplementationCode = "TWIN" + Guid.NewGuid().ToString("N")[..16] };
        var responses = await AllAtOnceAsync(await AdminsAsync(),
            c => c.PostAsJsonAsync("/api/catalog/items", content, CatalogJson.Options, Ct));

        await AssertOneWinnerAsync(responses, HttpStatusCode.Created, "catalog.code-taken", "catalog.duplicate");
        Assert.Equal(1, await AuditCountAsync("catalog.create", $"事项 {content.ImplementationCode}"));
    }

    [Fact]
    public async Task Two_administrators_publishing_one_bundle_at_once_publish_it_once()
    {
        var (a1, first, _) = await CreateAsync();
        var (_, second, _) = await CreateAsync();
        (await a1.PostAsJsonAsync($"/api/catalog/items/{first}/publish", new { }, Ct)).EnsureSuccessStatusCode();
        (await a1.PostAsJsonAsync($"/api/catalog/items/{second}/publish", new { }, Ct)).EnsureSuccessStatusCode();
        var name = "并发一件事" + Guid.NewGuid().ToString("N")[..6];
        var created = await a1.PostAsJsonAsync("/api/catalog/bundles", new
        {
            code = "B" + Guid.NewGuid().ToString("N")[..10], name, regionCode = "440100", itemIds = new[] { first, second }, promisedLimitDays = 5,
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var bundle = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt64();

        var responses = await AllAtOnceAsync(await AdminsAsync(), c => c.PostAsync($"/api/catalog/bundles/{bundle}/publish", null, Ct));

        await AssertOneWinnerAsync(responses, HttpStatusCode.OK, "catalog.changed", "bundle.already-published");
        Assert.Equal(1, await AuditCountAsync("bundle.publish", $"一件事 {name}"));
    }
}
