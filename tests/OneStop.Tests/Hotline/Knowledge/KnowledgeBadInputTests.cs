using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OneStop.Tests.Cases;
using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;
using static OneStop.Tests.Hotline.HotlineScenario;

namespace OneStop.Tests.Hotline.Knowledge;

public sealed class KnowledgeBadInputOnSqlite(SqliteFactory f) : KnowledgeBadInputTests(f), IClassFixture<SqliteFactory>;
public sealed class KnowledgeBadInputOnPostgres(PostgresFactory f) : KnowledgeBadInputTests(f), IClassFixture<PostgresFactory>;

/// <summary>What a department cannot store, and what it may type but must see encoded.</summary>
public abstract class KnowledgeBadInputTests(OneStopFactory factory) : ApiTests(factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string, string> Refusals => new()
    {
        { "title", "", "validation" },
        { "title", new string('长', 101), "validation" },
        { "answer", new string('答', 5001), "validation" },
        { "categoryCode", "999999", "knowledge.unknown-category" },
        { "regions", "440104", "knowledge.region-out-of-department" },
        { "regions", "449999", "knowledge.unknown-region" },
        { "expiresOn", "past", "knowledge.expiry-past" },
        { "expiresOn", "far", "knowledge.expiry-too-far" },
        { "expiresOn", "none", "knowledge.expiry-required" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task An_article_with_bad_content_is_refused_by_field_and_nothing_is_stored(string field, string value, string code)
    {
        var s = new HotlineScenario(Factory);
        var handler = await s.AsAsync("handler");
        var before = (await handler.GetFromJsonAsync<JsonElement>("/api/hotline/knowledge", Ct)).GetProperty("articles").GetArrayLength();
        DateOnly? expires = field != "expiresOn" ? s.Today.AddDays(30)
            : value == "past" ? s.Today.AddDays(-1) : value == "far" ? s.Today.AddYears(6) : null;
        var body = new
        {
            title = field == "title" ? value : "测试标题",
            answer = field == "answer" ? value : "测试答复",
            categoryCode = field == "categoryCode" ? value : null,
            regions = field == "regions" ? new[] { value } : null,
            expiresOn = expires,
        };
        var response = await handler.PostAsJsonAsync("/api/hotline/knowledge", body, Ct);
        var problem = await CaseScenario.RefusedAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(code, problem.Code);
        Assert.True(problem.HasFieldError(field), problem.Body.ToString());
        var after = (await handler.GetFromJsonAsync<JsonElement>("/api/hotline/knowledge", Ct)).GetProperty("articles").GetArrayLength();
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task Script_tags_typed_into_an_article_are_kept_as_text_and_shown_encoded()
    {
        var s = new HotlineScenario(Factory);
        const string title = "<script>alert('kb')</script>标题";
        const string answer = "答复<img src=x onerror=alert(1)>内容";
        var published = await s.PublishedAsync(Article(title, s.Today.AddDays(30), answer: answer, questions: ["<b>问法</b>"]));
        var agent = await s.AsAsync("agent");
        Assert.Equal(title, (await s.GetAsync(agent, Id(published))).GetProperty("inForce").GetProperty("title").GetString());
        foreach (var path in new[] { $"/workbench/hotline/knowledge/{Id(published)}", $"/workbench/hotline/knowledge/{Id(published)}/versions/1" })
        {
            var html = await agent.GetStringAsync(path, Ct);
            Assert.DoesNotContain("<script>alert", html);
            Assert.DoesNotContain("<img src=x", html);
            Assert.Contains("&lt;script&gt;", html);
        }
        var list = await (await s.AsAsync("handler")).GetStringAsync("/workbench/hotline/knowledge", Ct);
        Assert.DoesNotContain("<script>alert", list);
    }

    [Fact]
    public async Task Acting_on_an_unknown_article_or_without_the_revision_is_refused_with_a_code()
    {
        var s = new HotlineScenario(Factory);
        var handler = await s.AsAsync("handler");
        var missing = await handler.PostAsJsonAsync("/api/hotline/knowledge/987654321/submit", new { revision = 1 }, Ct);
        Assert.Equal("knowledge.not-found", (await CaseScenario.RefusedAsync(missing, HttpStatusCode.NotFound)).Code);
        var created = await s.CreateAsync(handler, Article("缺少版本号测试", s.Today.AddDays(30)));
        var noRevision = await handler.PostAsJsonAsync($"/api/hotline/knowledge/{Id(created)}/submit", new { }, Ct);
        Assert.Equal("knowledge.revision-required", (await CaseScenario.RefusedAsync(noRevision, HttpStatusCode.BadRequest)).Code);
        var approveDraft = await ActAsync(await s.AsAsync("dispatcher"), created, "approve");
        Assert.Equal("knowledge.not-in-review", (await CaseScenario.RefusedAsync(approveDraft, HttpStatusCode.Conflict)).Code);
    }
}
