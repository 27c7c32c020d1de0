using System.Net;
using System.Net.Http.Json;
using System.Text;
using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Cases;

public sealed class SaveDraftOnSqlite(SqliteFactory f) : SaveDraftTests(f), IClassFixture<SqliteFactory>;
public sealed class SaveDraftOnPostgres(PostgresFactory f) : SaveDraftTests(f), IClassFixture<PostgresFactory>;

/// <summary>保存草稿 over the API as an integrator sends it: what it leaves out stays as saved, and an ambiguous body is refused.</summary>
public abstract class SaveDraftTests(OneStopFactory factory) : ApiTests(factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(CaseScenario S, HttpClient Citizen, long Id)> FilledDraftAsync()
    {
        var s = new CaseScenario(Factory);
        var citizen = await s.SignInAsync(CaseScenario.Citizen);
        var id = (await s.StartAsync(citizen, await s.PublishItemAsync())).GetProperty("id").GetInt64();
        await s.FillAsync(citizen, id, new { shopName = "天河示范小店", shopAddress = "天河路 1 号" }, deferred: []);
        return (s, citizen, id);
    }

    private static string Field(System.Text.Json.JsonElement view, string key) =>
        view.GetProperty("fields").EnumerateArray().First(f => f.GetProperty("key").GetString() == key).GetProperty("value").GetString() ?? "";

    [Fact]
    public async Task Marking_a_material_to_follow_without_sending_the_form_keeps_the_form_as_typed()
    {
        var (s, citizen, id) = await FilledDraftAsync();

        var saved = await CaseScenario.ReadAsync(await citizen.PutAsJsonAsync($"/api/cases/{id}/draft", new { deferred = new[] { 2 } }, Ct));

        Assert.Equal("天河示范小店", Field(saved, "shopName"));
        Assert.Equal("天河路 1 号", Field(saved, "shopAddress"));
        Assert.Equal("Deferred", saved.GetProperty("materials")[2].GetProperty("status").GetString());
        // A form sent replaces the saved one: an empty one clears it.
        var cleared = await CaseScenario.ReadAsync(await citizen.PutAsJsonAsync($"/api/cases/{id}/draft", new { fields = new { } }, Ct));
        Assert.Equal("", Field(cleared, "shopName"));
        Assert.Equal("Deferred", cleared.GetProperty("materials")[2].GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("""{"fields":{"shopName":"甲店","shopName":"乙店"}}""")]
    [InlineData("""{"fields":{"shopName":"甲店"},"fields":{"shopName":"乙店"}}""")]
    public async Task A_draft_naming_one_field_twice_is_refused_and_the_saved_form_stays(string body)
    {
        var (s, citizen, id) = await FilledDraftAsync();
        var before = await s.GetAsync(citizen, id);

        var response = await citizen.PutAsync($"/api/cases/{id}/draft", new StringContent(body, Encoding.UTF8, "application/json"), Ct);

        Assert.Equal("request.malformed", (await CaseScenario.RefusedAsync(response, HttpStatusCode.BadRequest)).Code);
        var after = await s.GetAsync(citizen, id);
        Assert.Equal("天河示范小店", Field(after, "shopName"));
        Assert.Equal(before.GetProperty("revision").GetInt32(), after.GetProperty("revision").GetInt32());
    }
}
