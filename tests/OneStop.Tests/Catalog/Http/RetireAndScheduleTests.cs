using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OneStop.Catalog.Items;
using OneStop.Tests.Catalog.Items;
using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Catalog.Http;

public sealed class RetireAndScheduleOnSqlite(SqliteFactory f) : RetireAndScheduleTests(f), IClassFixture<SqliteFactory>;
public sealed class RetireAndScheduleOnPostgres(PostgresFactory f) : RetireAndScheduleTests(f), IClassFixture<PostgresFactory>;

/// <summary>停止实施 with a version scheduled, and a publication on the current version's first day, over HTTP.</summary>
public abstract class RetireAndScheduleTests(OneStopFactory factory) : ApiTests(factory)
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>An item published today with a draft of version 2 open.</summary>
    private async Task<(HttpClient Admin, long Id)> PublishedWithDraftAsync()
    {
        var admin = await Factory.SignedInAsync("catalog");
        var content = SampleItems.FoodBusinessLicence() with { ImplementationCode = "LIFE" + Guid.NewGuid().ToString("N")[..12] };
        var created = await admin.PostAsJsonAsync("/api/catalog/items", content, CatalogJson.Options, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/catalog/items/{id}/publish", new { }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/catalog/items/{id}/draft", null, Ct)).StatusCode);
        return (admin, id);
    }

    [Fact]
    public async Task Retiring_an_item_withdraws_its_version_scheduled_for_next_week_and_says_so()
    {
        var (admin, id) = await PublishedWithDraftAsync();
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/catalog/items/{id}/publish", new { validFrom = "2026-11-30" }, Ct)).StatusCode);

        var response = await admin.PostAsJsonAsync($"/api/catalog/items/{id}/retire", new { }, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal([2], body.GetProperty("withdrawnVersions").EnumerateArray().Select(v => v.GetInt32()));
        Assert.Contains("撤回", body.GetProperty("summary").GetString());

        var versions = body.GetProperty("item").GetProperty("versions").EnumerateArray().ToList();
        Assert.Equal("2026-11-23", versions[0].GetProperty("validTo").GetString());
        Assert.Equal("Withdrawn", versions[1].GetProperty("status").GetString());
    }

    [Fact]
    public async Task Publishing_on_the_current_versions_first_day_is_refused_with_the_next_possible_date()
    {
        var (admin, id) = await PublishedWithDraftAsync();
        var problem = await Problem.ReadAsync(await admin.PostAsJsonAsync($"/api/catalog/items/{id}/publish", new { }, Ct));
        Assert.Equal(HttpStatusCode.Conflict, problem.Status);
        Assert.Equal("catalog.overlapping-validity", problem.Code);
        Assert.Equal("2026-11-24", problem.Body.GetProperty("proposedValidFrom").GetString());

        var accepted = await admin.PostAsJsonAsync($"/api/catalog/items/{id}/publish", new { validFrom = "2026-11-24" }, Ct);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
    }

    [Fact]
    public async Task Scheduling_a_third_version_keeps_the_current_one_ending_before_the_second()
    {
        var (admin, id) = await PublishedWithDraftAsync();
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/catalog/items/{id}/publish", new { validFrom = "2026-12-01" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/catalog/items/{id}/draft", null, Ct)).StatusCode);
        var third = await admin.PostAsJsonAsync($"/api/catalog/items/{id}/publish", new { validFrom = "2026-12-10" }, Ct);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);

        var versions = (await third.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("versions").EnumerateArray()
            .ToDictionary(v => v.GetProperty("number").GetInt32(), v => v.GetProperty("validTo").GetString());
        Assert.Equal("2026-11-30", versions[1]);
        Assert.Equal("2026-12-09", versions[2]);
        Assert.Null(versions[3]);
    }
}
