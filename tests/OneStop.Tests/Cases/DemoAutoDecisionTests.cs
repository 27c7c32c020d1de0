using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Catalog.Persistence;
using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Cases;

public sealed class DemoAutoDecisionOnSqlite(SqliteFactory f) : DemoAutoDecisionTests(f), IClassFixture<SqliteFactory>;
public sealed class DemoAutoDecisionOnPostgres(PostgresFactory f) : DemoAutoDecisionTests(f), IClassFixture<PostgresFactory>;

/// <summary>
/// The demo's 老年人优待证申领 carries a 秒批 rule (age ≥ 60, registered in 天河区, first or renewed card): 王秀英 (born
/// 1958) is decided at submission with the rule named; 张三 (born 1990) goes to a clerk with the failed condition named.
/// </summary>
public abstract class DemoAutoDecisionTests(OneStopFactory factory) : ApiTests(factory)
{
    private const string SeniorCardCode = "11440106TH0005002108046001";

    [Fact]
    public async Task An_elderly_citizens_senior_card_application_is_decided_at_once_by_the_rule()
    {
        var s = new CaseScenario(Factory);
        var decided = await ApplyAsync(s, "440106195803152226");
        Assert.Equal("Decided", decided.GetProperty("state").GetString());
        Assert.Equal("Granted", decided.GetProperty("decision").GetString());
        Assert.False(string.IsNullOrEmpty(decided.GetProperty("decidedByRule").GetString()));
        Assert.Contains(decided.GetProperty("history").EnumerateArray(), h => h.GetProperty("action").GetString() == "AutoDecide"
            && h.GetProperty("detail").GetString()!.Contains("符合秒批规则"));
        Assert.Equal(decided.GetProperty("acceptedOn").GetString(), decided.GetProperty("decidedAt").GetString()![..10]);
    }

    [Fact]
    public async Task A_younger_citizens_application_goes_to_a_clerk_with_the_failed_condition_named()
    {
        var s = new CaseScenario(Factory);
        var submitted = await ApplyAsync(s, CaseScenario.Citizen);
        Assert.Equal("Submitted", submitted.GetProperty("state").GetString());
        Assert.Contains(submitted.GetProperty("history").EnumerateArray(), h => h.GetProperty("detail").GetString() is { } d
            && d.Contains("不符合秒批规则") && d.Contains("年龄"));
    }

    private async Task<JsonElement> ApplyAsync(CaseScenario s, string citizen)
    {
        var itemId = await Factory.WithScopeAsync(sp => sp.GetRequiredService<CatalogDbContext>().Items
            .Where(i => i.ImplementationCode == SeniorCardCode).Select(i => i.Id).SingleAsync());
        var client = await s.SignInAsync(citizen);
        var draft = await s.StartAsync(client, itemId);
        var id = draft.GetProperty("id").GetInt64();
        // What the profile filled in stays (name, ID, phone, address); 申领类型 is a choice the applicant makes.
        var fields = draft.GetProperty("fields").EnumerateArray().ToDictionary(f => f.GetProperty("key").GetString()!,
            f => f.GetProperty("value").GetString() ?? "演示");
        Assert.Equal(["首次申领", "到期换领", "遗失补领"],
            draft.GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("key").GetString() == "applyType")
                .GetProperty("options").EnumerateArray().Select(o => o.GetString()!));
        fields["applyType"] = "首次申领";
        var materials = draft.GetProperty("materials").EnumerateArray().ToList();
        var deferred = materials.Where(m => m.GetProperty("deferrable").GetBoolean()).Select(m => m.GetProperty("index").GetInt32()).ToArray();
        await s.FillAsync(client, id, fields, deferred);
        foreach (var m in materials.Where(m => m.GetProperty("required").GetBoolean() && !m.GetProperty("deferrable").GetBoolean()
            && m.GetProperty("status").GetString() != "Waived"))
        {
            var upload = await s.UploadAsync(client, id, m.GetProperty("index").GetInt32(), CaseScenario.Pdf("senior"));
            Assert.True(upload.IsSuccessStatusCode, await upload.Content.ReadAsStringAsync());
        }
        return await s.PostAsync(client, $"/api/cases/{id}/submit");
    }
}
