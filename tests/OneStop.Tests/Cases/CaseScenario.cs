using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
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
        var content = change?.Invoke(SampleContent()) ?? SampleContent();
        var admin = await factory.SignedInAsync("catalog");
        return await PublishAsync(admin, content, Ct);
    }

    /// <summary>The catalog administrator creates and publishes the item; its id.</summary>
    public static async Task<long> PublishAsync(HttpClient admin, ItemContent content, CancellationToken ct)
    {
        var created = await admin.PostAsJsonAsync("/api/catalog/items", content, OneStop.Catalog.Items.CatalogJson.Options, ct);
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync(ct));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetInt64();
        var published = await admin.PostAsJsonAsync($"/api/catalog/items/{id}/publish", new { }, ct);
        Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync(ct));
        return id;
    }

    /// <summary>The item of <see cref="PublishItemAsync"/> with an implementation code of its own.</summary>
    public static ItemContent SampleContent()
    {
        var code = $"11440106MB2C92147X40001170{Interlocked.Increment(ref _serial) + Environment.ProcessId % 1000:D5}";
        return SampleItems.FoodBusinessLicence() with
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

    /// <summary>A submitted case the demo clerk accepted (容缺: the deferrable material follows).</summary>
    public async Task<JsonElement> AcceptedAsync(long itemId, string applicant = Citizen)
    {
        var submitted = await SubmittedAsync(itemId, applicant);
        var clerk = await SignInAsync("clerk");
        return await PostAsync(clerk, $"/api/cases/{submitted.GetProperty("id").GetInt64()}/accept", new { note = "受理" });
    }

    /// <summary>
    /// A staff account of the named department, opened once per installation by the province administrator as an
    /// operator would (the admin API), signed in. Test user names start with "t-" so they never meet a demo account.
    /// </summary>
    public async Task<HttpClient> StaffAsync(string userName, string departmentName, string role = "Approver")
    {
        var exists = await factory.WithDbAsync(db => db.Accounts.AnyAsync(a => a.UserName == userName, Ct));
        if (!exists)
        {
            var department = await factory.WithDbAsync(db => db.Departments.Where(d => d.Name == departmentName).Select(d => d.Id).FirstAsync(Ct));
            var admin = await factory.SignedInAsync("admin");
            var response = await admin.PostAsJsonAsync("/api/accounts/staff", new
            {
                userName, displayName = $"{departmentName} {userName}", password = StaffPassword, departmentId = department, roles = new[] { role },
            }, Ct);
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Ct));
        }
        return await factory.SignedInAsync(userName, StaffPassword);
    }

    public const string StaffPassword = "Secret2026x";
    public const string MarketRegulation = "广州市天河区市场监督管理局";
    public const string HumanResources = "广州市天河区人力资源和社会保障局";

    /// <summary>一件事 of the given published items, composed and published by the city's catalog administrator.</summary>
    public async Task<long> PublishBundleAsync(params long[] itemIds)
    {
        var admin = await factory.SignedInAsync("catalog");
        var created = await admin.PostAsJsonAsync("/api/catalog/bundles", new
        {
            code = "CASE-" + Guid.NewGuid().ToString("N")[..8], name = "开办餐饮店一件事", regionCode = "440106", itemIds, promisedLimitDays = 10,
        }, Ct);
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync(Ct));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt64();
        var published = await admin.PostAsync($"/api/catalog/bundles/{id}/publish", null, Ct);
        Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync(Ct));
        return id;
    }

    /// <summary>The approver completes every step before the last (审核), so the case stands at its decision.</summary>
    public async Task<JsonElement> ReviewedAsync(HttpClient approver, long caseId) =>
        await PostAsync(approver, $"/api/cases/{caseId}/steps/complete", new { opinion = "经审核，材料符合要求" });

    public async Task<JsonElement> GetAsync(HttpClient who, long caseId) => await ReadAsync(await who.GetAsync($"/api/cases/{caseId}", Ct));

    /// <summary>The refusal of a call: its ProblemDetails (code, Chinese title), after checking the status.</summary>
    public static async Task<Problem> RefusedAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var problem = await Problem.ReadAsync(response);
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {problem.Body}");
        return problem;
    }

    /// <summary>Every case of a workbench list (待预审, 审批待办), read page by page as the list pages them.</summary>
    public static async Task<List<JsonElement>> ListAllAsync(HttpClient who, string path)
    {
        var all = new List<JsonElement>();
        for (var page = 1; ; page++)
        {
            var body = await who.GetFromJsonAsync<JsonElement>($"{path}{(path.Contains('?') ? '&' : '?')}page={page}", TestContext.Current.CancellationToken);
            all.AddRange(body.GetProperty("items").EnumerateArray());
            if (page >= body.GetProperty("pages").GetInt32()) return all;
        }
    }

    public static IEnumerable<string> Actions(JsonElement view) =>
        view.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("action").GetString()!);

    /// <summary>Whether the installation's audit chain verifies (asked as the province administrator).</summary>
    public async Task<JsonElement> AuditVerifyAsync() =>
        await (await factory.SignedInAsync("admin")).GetFromJsonAsync<JsonElement>("/api/audit/verify", Ct);

    public Task<int> CountCasesAsync() =>
        factory.WithScopeAsync(sp => sp.GetRequiredService<OneStop.Cases.Persistence.CasesDbContext>().Cases.CountAsync(Ct));

    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {response.RequestMessage?.RequestUri}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
