using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Catalog.Items;
using OneStop.Catalog.Persistence;
using OneStop.Tests.Catalog.Items;
using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Catalog.AutoDecision;

public sealed class SaveAutoDecisionRuleOnSqlite(SqliteFactory f) : SaveAutoDecisionRuleTests(f), IClassFixture<SqliteFactory>;
public sealed class SaveAutoDecisionRuleOnPostgres(PostgresFactory f) : SaveAutoDecisionRuleTests(f), IClassFixture<PostgresFactory>;

/// <summary>A catalog administrator stores a 秒批 rule with an item version through the API; a broken one is refused.</summary>
public abstract class SaveAutoDecisionRuleTests(OneStopFactory factory) : ApiTests(factory)
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly JsonSerializerOptions Json = CatalogJson.Options;

    private static ItemContent WithRule(params RuleCondition[] conditions) => SampleItems.FoodBusinessLicence() with
    {
        ImplementationCode = "TEST" + Guid.NewGuid().ToString("N")[..16],
        FormFields = [new("floorArea", "经营面积（平方米）"), new("venueType", "场所类别")],
        AutoDecision = new AutoDecisionRule("小型食品经营秒批规则", conditions),
    };

    [Fact]
    public async Task A_rule_saved_with_the_draft_is_published_with_the_version_and_read_back_as_saved()
    {
        var admin = await Factory.SignedInAsync("catalog");
        var content = WithRule(new RuleCondition("floorArea", RuleTest.AtMost, Max: 200, Label: "经营面积"),
            new RuleCondition(RuleSubjects.ApplicantRegion, RuleTest.WithinItemRegion, Label: "申请人户籍地"));
        var created = await admin.PostAsJsonAsync("/api/catalog/items", content with { AutoDecision = null }, Json, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt64();

        (await admin.PutAsJsonAsync($"/api/catalog/items/{id}/draft", content, Json, Ct)).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync($"/api/catalog/items/{id}/publish", new { }, Ct)).EnsureSuccessStatusCode();

        var item = await Factory.Anonymous().GetFromJsonAsync<JsonElement>($"/api/catalog/items/{id}", Ct);
        var rule = item.GetProperty("content").GetProperty("autoDecision");
        Assert.Equal("小型食品经营秒批规则", rule.GetProperty("name").GetString());
        var back = rule.Deserialize<AutoDecisionRule>(Json)!;
        Assert.Equal(content.AutoDecision!.Conditions[0] with { Values = null }, back.Conditions[0] with { Values = null });
        Assert.Equal(RuleTest.WithinItemRegion, back.Conditions[1].Test);

        var guide = await Factory.Anonymous().GetStringAsync($"/services/items/{id}", Ct);
        Assert.Contains("本事项符合条件的申请可即时自动办结（秒批）", guide);
        Assert.Contains("经营面积不大于 200", guide);
    }

    [Fact]
    public async Task A_rule_over_a_field_the_version_does_not_have_is_refused_naming_its_row_and_nothing_is_stored()
    {
        var admin = await Factory.SignedInAsync("catalog");
        var content = WithRule(new RuleCondition(RuleSubjects.ApplicantAge, RuleTest.AtLeast, Min: 18),
            new RuleCondition("income", RuleTest.AtMost, Max: 3000));
        var before = await CountAsync();

        var created = await admin.PostAsJsonAsync("/api/catalog/items", content, Json, Ct);
        var problem = await Problem.ReadAsync(created);
        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.Equal("catalog.rule-unknown-subject", problem.Code);
        var message = problem.Body.GetProperty("errors").GetProperty("autoDecision.conditions[1].subject")[0].GetString();
        Assert.StartsWith("秒批规则第 2 条：", message);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task A_draft_edit_with_an_inverted_range_is_refused_and_the_draft_keeps_its_content()
    {
        var admin = await Factory.SignedInAsync("catalog");
        var content = WithRule(new RuleCondition("floorArea", RuleTest.AtMost, Max: 200));
        var created = await admin.PostAsJsonAsync("/api/catalog/items", content, Json, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt64();

        var broken = content with { AutoDecision = content.AutoDecision! with { Conditions = [new("floorArea", RuleTest.Between, 300, 100)] } };
        var problem = await Problem.ReadAsync(await admin.PutAsJsonAsync($"/api/catalog/items/{id}/draft", broken, Json, Ct));
        Assert.Equal("catalog.rule-range-inverted", problem.Code);
        Assert.True(problem.HasFieldError("autoDecision.conditions[0].min"));

        var stored = await Factory.WithScopeAsync(sp => sp.GetRequiredService<CatalogDbContext>().Items.AsNoTracking()
            .Include(i => i.Versions).SingleAsync(i => i.Id == id, Ct));
        Assert.Equal(RuleTest.AtMost, Assert.Single(stored.DraftVersion!.Content.AutoDecision!.Conditions).Test);
    }

    private Task<int> CountAsync() => Factory.WithScopeAsync(sp => sp.GetRequiredService<CatalogDbContext>().Items.CountAsync(Ct));
}
