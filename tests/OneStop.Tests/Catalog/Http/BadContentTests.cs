using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Catalog;
using OneStop.Catalog.Importing;
using OneStop.Catalog.Items;
using OneStop.Catalog.Persistence;
using OneStop.Tests.Catalog.Items;
using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Catalog.Http;

public sealed class BadContentOnSqlite(SqliteFactory f) : BadContentTests(f), IClassFixture<SqliteFactory>;
public sealed class BadContentOnPostgres(PostgresFactory f) : BadContentTests(f), IClassFixture<PostgresFactory>;

/// <summary>
/// Content a catalog administrator (or an import file) could send that once broke public pages: undefined enum
/// values, null lists and null list entries, absurd amounts, control characters. Each is refused with field errors
/// by the API and the importer alike, and afterwards no public page or list answers 500.
/// </summary>
public abstract class BadContentTests(OneStopFactory factory) : ApiTests(factory)
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Each kind of bad content as a change to a valid item's JSON, with the field the refusal must name.</summary>
    public static TheoryData<string, string> Kinds() => new()
    {
        { "kind=99", "kind" },
        { "caseType=99", "caseType" },
        { "channels=[99]", "channels[0]" },
        { "materials[0].necessity=99", "materials[0].necessity" },
        { "materials=null", "materials" },
        { "steps=null", "steps" },
        { "fees=null", "fees" },
        { "faqs=null", "faqs" },
        { "formFields=null", "formFields" },
        { "intermediaryServices=null", "intermediaryServices" },
        { "channels=null", "channels" },
        { "materials=[null]", "materials[0]" },
        { "steps=[null]", "steps[0]" },
        { "fees=[null]", "fees[0]" },
        { "faqs=[null]", "faqs[0]" },
        { "formFields=[null]", "formFields[0]" },
        { "intermediaryServices=[null]", "intermediaryServices[0]" },
        { "fees=[{\"name\":\"工本费\",\"standard\":\"每证\",\"basis\":\"文件\",\"amount\":79228162514264337593543950335}]", "fees[0].amount" },
        { "fees=[{\"name\":\"工本费\",\"standard\":\"每证\",\"basis\":\"文件\",\"amount\":-1}]", "fees[0].amount" },
        { "statutoryLimitDays=2147483647", "statutoryLimitDays" },
    };

    private static string Bad(string change, string code)
    {
        var node = JsonSerializer.SerializeToNode(SampleItems.FoodBusinessLicence() with { ImplementationCode = code }, CatalogJson.Options)!.AsObject();
        var (path, value) = (change[..change.IndexOf('=')], change[(change.IndexOf('=') + 1)..]);
        var parsed = JsonNode.Parse(value);
        if (path.Contains('.'))
        {
            var (list, field) = (path[..path.IndexOf('[')], path[(path.IndexOf('.') + 1)..]);
            node[list]![0]![field] = parsed;
        }
        else node[path] = parsed;
        return node.ToJsonString();
    }

    private static string NewCode() => "BAD" + Guid.NewGuid().ToString("N")[..16];

    private async Task AssertNoPublicPageFailsAsync()
    {
        var pages = await PublicCatalogPages.FetchAllAsync(Factory, Ct);
        var failures = pages.Where(p => p.Status >= 500).Select(p => $"{p.Path} → {p.Status}").ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Bad_content_is_refused_by_the_admin_api_with_the_field_and_public_pages_keep_working(string change, string field)
    {
        var admin = await Factory.SignedInAsync("catalog");
        var code = NewCode();
        var response = await admin.PostAsync("/api/catalog/items", new StringContent(Bad(change, code), Encoding.UTF8, "application/json"), Ct);
        if (response.StatusCode == HttpStatusCode.Created)
        {
            // What the old code did: stored it. Publishing it must then not break any public page.
            var id = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt64();
            await admin.PostAsJsonAsync($"/api/catalog/items/{id}/publish", new { }, Ct);
            Factory.Services.GetRequiredService<CatalogChanges>().Invalidate();
            await AssertNoPublicPageFailsAsync();
        }
        var problem = await Problem.ReadAsync(response);
        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.True(problem.HasFieldError(field), problem.Body.GetRawText());
        Assert.False(await Factory.WithScopeAsync(sp => sp.GetRequiredService<CatalogDbContext>().Items.AnyAsync(i => i.ImplementationCode == code, Ct)));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Bad_content_in_a_draft_edit_is_refused_and_the_draft_stays_as_it_was(string change, string field)
    {
        var admin = await Factory.SignedInAsync("catalog");
        var code = NewCode();
        var created = await admin.PostAsJsonAsync("/api/catalog/items", SampleItems.FoodBusinessLicence() with { ImplementationCode = code }, CatalogJson.Options, Ct);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt64();
        var response = await admin.PutAsync($"/api/catalog/items/{id}/draft", new StringContent(Bad(change, code), Encoding.UTF8, "application/json"), Ct);
        var problem = await Problem.ReadAsync(response);
        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.True(problem.HasFieldError(field), problem.Body.GetRawText());
        (await admin.PostAsJsonAsync($"/api/catalog/items/{id}/publish", new { }, Ct)).EnsureSuccessStatusCode();
        Factory.Services.GetRequiredService<CatalogChanges>().Invalidate();
        await AssertNoPublicPageFailsAsync();
    }

    [Fact]
    public async Task Bad_content_in_an_import_file_is_rejected_row_by_row_and_public_pages_keep_working()
    {
        var lines = Kinds().Select(k => k.Data.Item1).Select(change =>
            $"{{\"onestopCatalog\":1,\"source\":\"test\",\"content\":{Bad(change, NewCode())}}}").ToList();
        var path = Path.Combine(Path.GetTempPath(), $"bad-{Guid.NewGuid():N}.jsonl");
        await File.WriteAllLinesAsync(path, lines, Ct);
        try
        {
            var report = await Factory.WithScopeAsync(sp => ImportCatalog.RunAsync(path, sp.GetRequiredService<CatalogDbContext>(), Factory.Clock, null, Ct));
            Factory.Services.GetRequiredService<CatalogChanges>().Invalidate();
            Assert.Equal(0, report.Imported);
            Assert.Equal(lines.Count, report.Rejected.Count);
            await AssertNoPublicPageFailsAsync();
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public async Task Bad_local_variations_are_refused()
    {
        var admin = await Factory.SignedInAsync("catalog");
        var general = await Factory.WithScopeAsync(sp => sp.GetRequiredService<CatalogDbContext>().Items
            .Where(i => i.RegionCode == "440100" && i.GeneralItemId == null).Select(i => i.Id).FirstOrDefaultAsync(Ct));
        Assert.NotEqual(0, general);
        foreach (var (variation, field) in new[]
                 {
                     ("{\"extraChannels\":null}", "variation.extraChannels"), ("{\"extraChannels\":[99]}", "variation.extraChannels[0]"),
                     ("{\"waivedMaterials\":null}", "variation.waivedMaterials"), ("{\"waivedMaterials\":[null]}", "variation.waivedMaterials[0]"),
                 })
        {
            var body = $"{{\"regionCode\":\"440106\",\"implementationCode\":\"{NewCode()}\",\"variation\":{variation}}}";
            var response = await admin.PostAsync($"/api/catalog/items/{general}/local", new StringContent(body, Encoding.UTF8, "application/json"), Ct);
            var problem = await Problem.ReadAsync(response);
            Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
            Assert.True(problem.HasFieldError(field), problem.Body.GetRawText());
        }
    }

    [Fact]
    public async Task Texts_with_angle_brackets_are_accepted_and_shown_encoded()
    {
        var admin = await Factory.SignedInAsync("catalog");
        var content = SampleItems.FoodBusinessLicence() with
        {
            ImplementationCode = NewCode(), SubItemName = "食品经营许可（面积<50平方米）",
            AcceptanceConditions = "经营场所面积 >= 50 平方米的，另需提交<布局图>",
        };
        var created = await admin.PostAsJsonAsync("/api/catalog/items", content, CatalogJson.Options, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt64();
        (await admin.PostAsJsonAsync($"/api/catalog/items/{id}/publish", new { }, Ct)).EnsureSuccessStatusCode();
        var page = await Factory.Anonymous().GetStringAsync($"/services/items/{id}", Ct);
        Assert.Contains("&lt;布局图&gt;", page);
        Assert.DoesNotContain("<布局图>", page);
    }
}
