using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OneStop.Tests.Cases;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Hotline;

/// <summary>What the knowledge-base and dispatch tests do over HTTP: sign in demo staff, write and publish articles.</summary>
public sealed class HotlineScenario(OneStopFactory factory)
{
    public const string Housing = "广州市天河区住房和城乡建设局";
    public const string UrbanManagement = "广州市天河区城市管理和综合执法局";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly Dictionary<string, HttpClient> _clients = [];

    public async Task<HttpClient> AsAsync(string userName) =>
        _clients.TryGetValue(userName, out var c) ? c : _clients[userName] = await factory.SignedInAsync(userName);

    /// <summary>A second handler of a department (created by the admin once per installation).</summary>
    public Task<HttpClient> HandlerOfAsync(string userName, string department) =>
        new CaseScenario(factory).StaffAsync(userName, department, "DepartmentHandler");

    public DateOnly Today => DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime.AddHours(8));

    public static object Article(string title, DateOnly expiresOn, string answer = "请携带身份证原件到区政务服务中心办理。",
        string? category = "010212", string[]? regions = null, string[]? questions = null, int? revision = null, long? departmentId = null) =>
        new { title, questions = questions ?? new[] { title + "怎么办？" }, answer, categoryCode = category, regions, expiresOn, revision, departmentId };

    public async Task<JsonElement> CreateAsync(HttpClient writer, object article)
    {
        var response = await writer.PostAsJsonAsync("/api/hotline/knowledge", article, Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    public static Task<HttpResponseMessage> ActAsync(HttpClient client, JsonElement article, string verb, string? note = null) =>
        client.PostAsJsonAsync($"/api/hotline/knowledge/{Id(article)}/{verb}", new { revision = Revision(article), note }, Ct);

    public static async Task<JsonElement> OkAsync(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(Ct)}");
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    /// <summary>Written by the demo handler of 区住建局, published by the centre's dispatcher.</summary>
    public async Task<JsonElement> PublishedAsync(object article)
    {
        var handler = await AsAsync("handler");
        var created = await CreateAsync(handler, article);
        var submitted = await OkAsync(await ActAsync(handler, created, "submit"));
        return await OkAsync(await ActAsync(await AsAsync("dispatcher"), submitted, "approve"));
    }

    public async Task<JsonElement> GetAsync(HttpClient client, long id) =>
        await OkAsync(await client.GetAsync($"/api/hotline/knowledge/{id}", Ct));

    public async Task<long> DepartmentIdAsync(string name)
    {
        var all = await factory.Anonymous().GetFromJsonAsync<JsonElement>("/api/departments", Ct);
        return all.EnumerateArray().First(d => d.GetProperty("name").GetString() == name).GetProperty("id").GetInt64();
    }

    public static long Id(JsonElement e) => e.GetProperty("id").GetInt64();
    public static int Revision(JsonElement e) => e.GetProperty("revision").GetInt32();
}
