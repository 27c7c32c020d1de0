using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Hotline.Persistence;
using OneStop.Hotline.Tickets.Domain;
using OneStop.Platform.Messaging;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Hotline.PublicIntake;

/// <summary>
/// A citizen on the public 12345 form, over HTTP as their browser or app calls it. The code they type is read from the
/// SMS outbox (what the default <see cref="ISmsSender"/> writes), so the tests see exactly what a phone would get.
/// Each test takes phone numbers of its own.
/// </summary>
public sealed partial class PublicScenario(OneStopFactory factory)
{
    public const string District = "440106"; // 天河区, inside the demo city 440100
    private static int _serial;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static string NewPhone() => $"139{Environment.ProcessId % 100:D2}{Interlocked.Increment(ref _serial) % 1_000_000:D6}";

    public Task<HttpResponseMessage> RequestCodeAsync(HttpClient client, string phone) =>
        client.PostAsJsonAsync("/api/hotline/public/codes", new { phone }, Ct);

    /// <summary>Asks for a code and reads it from the SMS that was queued for the phone.</summary>
    public async Task<string> CodeForAsync(HttpClient client, string phone)
    {
        var response = await RequestCodeAsync(client, phone);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync(Ct));
        return await LastCodeSentAsync(phone);
    }

    public async Task<string> LastCodeSentAsync(string phone)
    {
        var text = await factory.WithDbAsync(db => db.Set<SmsMessage>().Where(m => m.Phone == phone)
            .OrderByDescending(m => m.Id).Select(m => m.Text).FirstAsync(Ct));
        return SixDigits().Match(text).Value;
    }

    public Task<int> SmsCountAsync(string phone) =>
        factory.WithDbAsync(db => db.Set<SmsMessage>().CountAsync(m => m.Phone == phone, Ct));

    public static object Body(string? phone, string? code, string text = "天河路 385 号门前人行道的井盖破损，晚上有行人踩空摔倒，请尽快修复。",
        string? type = "Complaint", string? title = "井盖破损", string? region = District, string? address = "天河路 385 号门前",
        string? name = "陈女士", bool anonymous = false, bool confidential = false) =>
        new { type, title, text, regionCode = region, address, requesterName = name, phone, code, anonymous, confidential };

    public Task<HttpResponseMessage> SubmitAsync(HttpClient client, object body) =>
        client.PostAsJsonAsync("/api/hotline/public/requests", body, Ct);

    /// <summary>A request submitted with a fresh code; its number.</summary>
    public async Task<string> SubmitWithCodeAsync(HttpClient client, string phone, string text = "天河路 385 号门前人行道的井盖破损，请尽快修复。")
    {
        var code = await CodeForAsync(client, phone);
        var response = await SubmitAsync(client, Body(phone, code, text));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("requestNumber").GetString()!;
    }

    public Task<List<HotlineRequest>> RequestsOfAsync(string phone) =>
        factory.WithScopeAsync(sp => sp.GetRequiredService<HotlineDbContext>().Set<HotlineRequest>().AsNoTracking()
            .Where(r => r.Phone == phone).ToListAsync(Ct));

    public Task<List<HotlineRequest>> RequestsWithTextAsync(string text) =>
        factory.WithScopeAsync(sp => sp.GetRequiredService<HotlineDbContext>().Set<HotlineRequest>().AsNoTracking()
            .Where(r => r.Text == text).ToListAsync(Ct));

    [GeneratedRegex(@"(?<!\d)\d{6}(?!\d)")]
    private static partial Regex SixDigits();
}
