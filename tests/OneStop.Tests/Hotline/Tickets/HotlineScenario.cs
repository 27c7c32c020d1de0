using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OneStop.Tests.Cases;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Hotline.Tickets;

/// <summary>
/// The people of the 12345 hotline and the calls they make, over HTTP as the pages and integrators make them: the
/// agent (坐席), the dispatcher (派单员), the handler of 天河区住建局 (承办人), the supervisor (电子监察).
/// </summary>
public sealed class HotlineScenario(OneStopFactory factory)
{
    public const string Housing = "广州市天河区住房和城乡建设局";
    public const string UrbanManagement = "广州市天河区城市管理和综合执法局";
    public const string Tianhe = "440106";
    /// <summary>城乡建设 / 城市建设和市政管理 / 自来水供应.</summary>
    public const string WaterSupply = "010216";

    private static int _phone;
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    public CaseScenario People { get; } = new(factory);

    public Task<HttpClient> SignInAsync(string user) => factory.SignedInAsync(user);

    public Task<long> DepartmentIdAsync(string name) =>
        factory.WithDbAsync(db => db.Departments.Where(d => d.Name == name).Select(d => d.Id).FirstAsync(TestContext.Current.CancellationToken));

    /// <summary>A phone number of its own for each requester, so lookups never meet another test's request.</summary>
    public static string NewPhone() => $"139{(Environment.ProcessId % 100):D2}{Interlocked.Increment(ref _phone):D6}";

    public static object Complaint(string? phone = null, string text = "天河路 385 号门前自来水管爆裂，路面大量冒水，已持续两个小时。", string? type = "Complaint",
        long? mergeInto = null, string? urgency = null) => new
    {
        type, text, title = "自来水管爆裂", requesterName = "陈先生", phone = phone ?? NewPhone(), anonymous = false, confidential = false,
        regionCode = Tianhe, address = "天河路 385 号", categoryCode = WaterSupply, urgency, mergeIntoTicketId = mergeInto,
    };

    public async Task<JsonElement> RegisterAsync(object? body = null, string agent = "agent")
    {
        var client = await SignInAsync(agent);
        var response = await client.PostAsJsonAsync("/api/hotline/requests", body ?? Complaint(), Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(Ct)}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.Clone();
    }

    public async Task<JsonElement> PostAsync(string user, long ticket, string action, object? body = null) =>
        await CaseScenario.ReadAsync(await (await SignInAsync(user)).PostAsJsonAsync($"/api/hotline/tickets/{ticket}/{action}", body ?? new { }, Ct));

    public async Task<HttpResponseMessage> TryAsync(string user, long ticket, string action, object? body = null) =>
        await (await SignInAsync(user)).PostAsJsonAsync($"/api/hotline/tickets/{ticket}/{action}", body ?? new { }, Ct);

    public async Task<JsonElement> GetAsync(long ticket, string user = "dispatcher") =>
        await CaseScenario.ReadAsync(await (await SignInAsync(user)).GetAsync($"/api/hotline/tickets/{ticket}", Ct));

    /// <summary>A registered complaint dispatched to 天河区住建局; its ticket id.</summary>
    public async Task<long> DispatchedAsync(object? body = null, long[]? co = null)
    {
        var id = (await RegisterAsync(body)).GetProperty("ticketId").GetInt64();
        await PostAsync("dispatcher", id, "dispatch", new { departmentId = await DepartmentIdAsync(Housing), coDepartmentIds = co ?? [], note = "请核实处理" });
        return id;
    }

    public async Task<long> HandlingAsync(object? body = null)
    {
        var id = await DispatchedAsync(body);
        await PostAsync("handler", id, "sign");
        return id;
    }

    public async Task<long> RepliedAsync(object? body = null)
    {
        var id = await HandlingAsync(body);
        await PostAsync("handler", id, "reply", new { text = "已安排抢修队伍关阀抢修，当日 18 时恢复供水。" });
        return id;
    }

    public async Task<JsonElement> LookupAsync(string number, string phone)
    {
        var response = await factory.Anonymous().GetAsync($"/api/hotline/lookup?number={number}&phone={phone}", Ct);
        return await CaseScenario.ReadAsync(response);
    }

    public static IEnumerable<string> Actions(JsonElement view) =>
        view.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("action").GetString()!);

    public static long RequestId(JsonElement view, int index) => view.GetProperty("requests")[index].GetProperty("id").GetInt64();
}
