using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using OneStop.Catalog.Items;
using OneStop.Tests.Catalog.Items;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Cases;

/// <summary>
/// The people of a case and the calls they make, over HTTP as the pages and integrators make them. Items are
/// created and published by the city's catalog administrator with a code of their own, so tests never share one.
/// </summary>
public sealed class CaseScenario(OneStopFactory factory)
{
    public const string Citizen = "440106199003071231";
    public const string OtherCitizen = "440106198511124569";
    private static int _serial;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>食品经营许可 with a form, one required and one 容缺 material, 审核 → 审批, 20/5 working days; published today.</summary>
    public async Task<long> PublishItemAsync(Func<ItemContent, ItemContent>? change = null)
    {
        var code = $"11440106MB2C92147X40001170{Interlocked.Increment(ref _serial) + Environment.ProcessId % 1000:D5}";
        var content = SampleItems.FoodBusinessLicence() with
        {
            ImplementationCode = code[..31],
            FormFields = [new("shopName", "经营场所名称"), new("shopAddress", "经营场所地址"), new("area", "经营面积（平方米）", false)],
            Materials =
            [
                new("食品经营许可申请书"),
                new("营业执照复印件", MaterialNecessity.WaivedWithElectronicLicence, MaterialForm.Copy, 1, MaterialSource.GovernmentIssued, "营业执照"),
                new("设备设施布局和操作流程文件", MaterialNecessity.Deferrable),
            ],
        };
        content = change?.Invoke(content) ?? content;
        var admin = await factory.SignedInAsync("catalog");
        var created = await admin.PostAsJsonAsync("/api/catalog/items", content, OneStop.Catalog.Items.CatalogJson.Options, Ct);
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync(Ct));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt64();
        var published = await admin.PostAsJsonAsync($"/api/catalog/items/{id}/publish", new { }, Ct);
        Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync(Ct));
        return id;
    }

    public Task<HttpClient> SignInAsync(string user) => factory.SignedInAsync(user);

    public async Task<JsonElement> StartAsync(HttpClient applicant, long itemId) =>
        await ReadAsync(await applicant.PostAsJsonAsync("/api/cases", new { itemId }, Ct));

    public async Task<JsonElement> FillAsync(HttpClient who, long caseId, object? fields = null, int[]? deferred = null) =>
        await ReadAsync(await who.PutAsJsonAsync($"/api/cases/{caseId}/draft",
            new { fields = fields ?? new { shopName = "天河示范小店", shopAddress = "天河路 1 号" }, deferred = deferred ?? [2] }, Ct));

    public static byte[] Pdf(string text = "application") => System.Text.Encoding.ASCII.GetBytes($"%PDF-1.4\n% {text}\n%%EOF\n");

    public async Task<HttpResponseMessage> UploadAsync(HttpClient who, long caseId, int material, byte[] bytes, string fileName = "申请书.pdf")
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", fileName);
        return await who.PostAsync($"/api/cases/{caseId}/materials/{material}/files", form, Ct);
    }

    public async Task<JsonElement> PostAsync(HttpClient who, string path, object? body = null) =>
        await ReadAsync(await who.PostAsJsonAsync(path, body ?? new { }, Ct));

    /// <summary>A submitted case: started, filled, one upload, the 容缺 material marked to follow.</summary>
    public async Task<JsonElement> SubmittedAsync(long itemId, string applicant = Citizen)
    {
        var client = await SignInAsync(applicant);
        var draft = await StartAsync(client, itemId);
        var id = draft.GetProperty("id").GetInt64();
        await FillAsync(client, id);
        var upload = await UploadAsync(client, id, 0, Pdf());
        Assert.True(upload.IsSuccessStatusCode, await upload.Content.ReadAsStringAsync(Ct));
        return await PostAsync(client, $"/api/cases/{id}/submit");
    }

    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {response.RequestMessage?.RequestUri}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
