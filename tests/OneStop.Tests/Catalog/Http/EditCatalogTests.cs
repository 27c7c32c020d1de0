using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OneStop.Catalog.Items;
using OneStop.Tests.Catalog.Items;
using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Catalog.Http;

public abstract class EditCatalogTests(OneStopFactory factory) : ApiTests(factory)
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly JsonSerializerOptions Json = CatalogJson.Options;

    private static ItemContent NewItem() => SampleItems.FoodBusinessLicence() with
    {
        ImplementationCode = "TEST" + Guid.NewGuid().ToString("N")[..16],
    };

    private async Task<(HttpClient Admin, long Id)> CreateAsync(ItemContent content, OneStopFactory? installation = null)
    {
        var admin = await (installation ?? Factory).SignedInAsync("catalog");
        var response = await admin.PostAsJsonAsync("/api/catalog/items", content, Json, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt64();
        return (admin, id);
    }

    [Fact]
    public async Task A_catalog_administrator_creates_and_publishes_an_item_that_the_public_then_reads()
    {
        var (admin, id) = await CreateAsync(NewItem());
        var anonymous = Factory.Anonymous();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/catalog/items/{id}", Ct)).StatusCode);

        (await admin.PostAsJsonAsync($"/api/catalog/items/{id}/publish", new { }, Ct)).EnsureSuccessStatusCode();
        var item = await anonymous.GetFromJsonAsync<JsonElement>($"/api/catalog/items/{id}", Ct);
        Assert.Equal(1, item.GetProperty("effectiveVersion").GetInt32());
        Assert.Equal("食品经营许可（新办）", item.GetProperty("content").GetProperty("subItemName").GetString());
    }

    [Fact]
    public async Task Publishing_is_refused_with_every_issue_and_its_code()
    {
        var broken = NewItem() with { PromisedLimitDays = 30, RequiredVisits = 2, Materials = [new("其他材料")] };
        var (admin, id) = await CreateAsync(broken);
        var response = await admin.PostAsJsonAsync($"/api/catalog/items/{id}/publish", new { }, Ct);
        var problem = await Problem.ReadAsync(response);
        Assert.Equal(HttpStatusCode.Conflict, problem.Status);
        Assert.Equal("catalog.publish-rejected", problem.Code);
        var codes = problem.Body.GetProperty("issues").EnumerateArray().Select(i => i.GetProperty("code").GetString()).ToList();
        Assert.Contains("catalog.promised-exceeds-statutory", codes);
        Assert.Contains("catalog.visits-need-reason", codes);
        Assert.Contains("catalog.vague-material", codes);
    }

    [Fact]
    public async Task Editing_a_draft_is_recorded_in_the_audit_trail_by_the_forms_labels_and_the_places_that_changed()
    {
        var content = NewItem();
        var (admin, id) = await CreateAsync(content); // a new item is its first draft
        var edited = content with
        {
            LegalBasis = content.LegalBasis + "（修订）",
            Materials = [content.Materials[0] with { Name = content.Materials[0].Name + "（新版）" }, .. content.Materials.Skip(1)],
        };
        (await admin.PutAsJsonAsync($"/api/catalog/items/{id}/draft", edited, Json, Ct)).EnsureSuccessStatusCode();

        var trail = await (await Factory.SignedInAsync("admin")).GetFromJsonAsync<JsonElement>(
            $"/api/audit?action=catalog.edit-draft&target={content.ImplementationCode}", Ct);
        var record = Assert.Single(trail.GetProperty("items").EnumerateArray());
        Assert.Equal("修改：设定依据、申请材料", record.GetProperty("summary").GetString());
        var lines = record.GetProperty("changes").EnumerateArray()
            .SelectMany(c => c.GetProperty("fields").EnumerateArray().Select(f => f.GetString()!)).ToList();
        Assert.Contains($"内容 · 申请材料第1项 · 名称：{content.Materials[0].Name} → {content.Materials[0].Name}（新版）", lines);
        Assert.Contains(lines, l => l.StartsWith("内容 · 设定依据：", StringComparison.Ordinal) && l.EndsWith("（修订）", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("内容 · 申请材料第2项", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_next_version_is_drafted_while_the_current_stays_in_force_and_the_history_shows_the_change()
    {
        await using var own = await Factory.WithOwnClockAsync(); // moves time: not the clock the class shares
        var installation = own.Factory;
        var (admin, id) = await CreateAsync(NewItem(), installation);
        (await admin.PostAsJsonAsync($"/api/catalog/items/{id}/publish", new { }, Ct)).EnsureSuccessStatusCode();
        (await admin.PostAsync($"/api/catalog/items/{id}/draft", null, Ct)).EnsureSuccessStatusCode();
        var current = await installation.Anonymous().GetFromJsonAsync<JsonElement>($"/api/catalog/items/{id}", Ct);
        var content = current.GetProperty("content").Deserialize<ItemContent>(Json)! with { PromisedLimitDays = 3 };
        (await admin.PutAsJsonAsync($"/api/catalog/items/{id}/draft", content, Json, Ct)).EnsureSuccessStatusCode();

        var stillFive = await installation.Anonymous().GetFromJsonAsync<JsonElement>($"/api/catalog/items/{id}", Ct);
        Assert.Equal(5, stillFive.GetProperty("content").GetProperty("promisedLimitDays").GetInt32());

        (await admin.PostAsJsonAsync($"/api/catalog/items/{id}/publish", new { validFrom = "2026-12-01" }, Ct)).EnsureSuccessStatusCode();
        var detail = await installation.Anonymous().GetFromJsonAsync<JsonElement>($"/api/catalog/items/{id}", Ct);
        var first = detail.GetProperty("versions")[0];
        Assert.Equal("2026-11-30", first.GetProperty("validTo").GetString());
        Assert.Equal(1, detail.GetProperty("effectiveVersion").GetInt32());

        var diff = await installation.Anonymous().GetFromJsonAsync<JsonElement>($"/api/catalog/items/{id}/diff?from=1&to=2", Ct);
        Assert.Equal("promisedLimitDays", Assert.Single(diff.EnumerateArray()).GetProperty("field").GetString());
        var diffPage = await admin.GetStringAsync($"/admin/catalog/{id}/diff?from=1&to=2", Ct);
        // The page names the field as the form does, with the values in words, never the JSON key.
        Assert.Contains("承诺时限", diffPage);
        Assert.Contains("5 个工作日", diffPage);
        Assert.DoesNotContain("promisedLimitDays", diffPage);

        own.Clock.Advance(TimeSpan.FromDays(10));
        var later = await installation.Anonymous().GetFromJsonAsync<JsonElement>($"/api/catalog/items/{id}", Ct);
        Assert.Equal(2, later.GetProperty("effectiveVersion").GetInt32());
        var retired = await installation.Anonymous().GetFromJsonAsync<JsonElement>($"/api/catalog/items/{id}/versions/1", Ct);
        Assert.Equal(5, retired.GetProperty("content").GetProperty("promisedLimitDays").GetInt32());
    }

    [Fact]
    public async Task Catalog_writes_stay_in_the_administrators_region()
    {
        var admin = await Factory.SignedInAsync("catalog");
        var shenzhen = NewItem() with { RegionCode = "440300", DepartmentName = "深圳市市场监督管理局" };
        var response = await admin.PostAsJsonAsync("/api/catalog/items", shenzhen, Json, Ct);
        Assert.Equal("auth.out-of-scope", (await Problem.ReadAsync(response)).Code);

        var clerk = await Factory.SignedInAsync("clerk");
        var denied = await clerk.PostAsJsonAsync("/api/catalog/items", NewItem(), Json, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
    }

    [Fact]
    public async Task The_same_implementation_code_cannot_be_created_twice_in_a_region()
    {
        var content = NewItem();
        var (admin, _) = await CreateAsync(content);
        var again = await admin.PostAsJsonAsync("/api/catalog/items", content, Json, Ct);
        Assert.Equal("catalog.code-taken", (await Problem.ReadAsync(again)).Code);
    }
}
