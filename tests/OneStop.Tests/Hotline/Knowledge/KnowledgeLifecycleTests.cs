using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OneStop.Tests.Cases;
using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;
using static OneStop.Tests.Hotline.HotlineScenario;

namespace OneStop.Tests.Hotline.Knowledge;

public sealed class KnowledgeLifecycleOnSqlite(SqliteFactory f) : KnowledgeLifecycleTests(f), IClassFixture<SqliteFactory>;
public sealed class KnowledgeLifecycleOnPostgres(PostgresFactory f) : KnowledgeLifecycleTests(f), IClassFixture<PostgresFactory>;

/// <summary>
/// A department writes an answer, someone else reviews it, agents find it; a later edit is a new version and the old
/// one stays readable; past its 有效期至 it is still found but flagged, and its department is told.
/// </summary>
public abstract class KnowledgeLifecycleTests(OneStopFactory factory) : ApiTests(factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_department_writes_an_answer_the_dispatcher_publishes_it_and_an_edit_makes_version_2()
    {
        var s = new HotlineScenario(Factory);
        var handler = await s.AsAsync("handler");
        var created = await s.CreateAsync(handler, Article("小区二次供水水箱清洗周期", s.Today.AddDays(90)));
        Assert.Equal("Draft", created.GetProperty("status").GetString());
        Assert.Equal("编写中", created.GetProperty("statusName").GetString());
        var submitted = await OkAsync(await ActAsync(handler, created, "submit"));
        Assert.Equal("待审核", submitted.GetProperty("statusName").GetString());

        var published = await OkAsync(await ActAsync(await s.AsAsync("dispatcher"), submitted, "approve", "口径准确"));
        Assert.Equal("已发布", published.GetProperty("statusName").GetString());
        Assert.Equal(1, published.GetProperty("inForce").GetProperty("number").GetInt32());

        var edit = await handler.PutAsJsonAsync($"/api/hotline/knowledge/{Id(published)}",
            Article("小区二次供水水箱清洗周期", s.Today.AddDays(180), answer: "每半年至少清洗消毒一次，由物业服务企业负责。", revision: Revision(published)), Ct);
        var edited = await OkAsync(edit);
        // Version 1 is still what agents read until version 2 is approved.
        Assert.Equal(1, edited.GetProperty("inForce").GetProperty("number").GetInt32());
        Assert.Equal(2, edited.GetProperty("pending").GetProperty("number").GetInt32());
        var agentView = await s.GetAsync(await s.AsAsync("agent"), Id(published));
        Assert.Equal(JsonValueKind.Null, agentView.GetProperty("pending").ValueKind);
        Assert.Equal("请携带身份证原件到区政务服务中心办理。", agentView.GetProperty("inForce").GetProperty("answer").GetString());

        var second = await OkAsync(await ActAsync(await s.AsAsync("dispatcher"), await OkAsync(await ActAsync(handler, edited, "submit")), "approve"));
        Assert.Equal(2, second.GetProperty("inForce").GetProperty("number").GetInt32());
        Assert.Equal(["现行版本", "历史版本"], second.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("statusName").GetString()));
        var first = await OkAsync(await (await s.AsAsync("agent")).GetAsync($"/api/hotline/knowledge/{Id(published)}/versions/1", Ct));
        Assert.Equal("请携带身份证原件到区政务服务中心办理。", first.GetProperty("answer").GetString());
        Assert.Equal("Superseded", first.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_writer_cannot_approve_their_own_article_but_a_colleague_of_the_department_can()
    {
        var s = new HotlineScenario(Factory);
        var handler = await s.AsAsync("handler");
        var submitted = await OkAsync(await ActAsync(handler, await s.CreateAsync(handler, Article("房屋维修基金使用流程", s.Today.AddDays(60))), "submit"));
        var own = await ActAsync(handler, submitted, "approve");
        Assert.Equal("knowledge.self-review", (await CaseScenario.RefusedAsync(own, HttpStatusCode.Conflict)).Code);
        Assert.Equal("待审核", (await s.GetAsync(handler, Id(submitted))).GetProperty("statusName").GetString());

        var colleague = await s.HandlerOfAsync("t-zjj-reviewer", Housing);
        var returned = await OkAsync(await ActAsync(colleague, submitted, "return", "请补充办理时限"));
        Assert.Equal("编写中", returned.GetProperty("statusName").GetString());
        Assert.Equal("请补充办理时限", returned.GetProperty("pending").GetProperty("reviewNote").GetString());
        var noReason = await ActAsync(colleague, await OkAsync(await ActAsync(handler, returned, "submit")), "return");
        Assert.Equal("knowledge.note-required", (await CaseScenario.RefusedAsync(noReason, HttpStatusCode.BadRequest)).Code);
    }

    [Fact]
    public async Task Of_two_editors_saving_the_same_article_at_once_one_wins_and_the_other_is_told_it_changed()
    {
        var s = new HotlineScenario(Factory);
        var published = await s.PublishedAsync(Article("电梯年检合格标志查询", s.Today.AddDays(30)));
        var other = await s.HandlerOfAsync("t-zjj-editor", Housing);
        var handler = await s.AsAsync("handler");
        var attempts = await Task.WhenAll(new[] { handler, other }.Select(c => c.PutAsJsonAsync($"/api/hotline/knowledge/{Id(published)}",
            Article("电梯年检合格标志查询", s.Today.AddDays(45), answer: $"由 {c.GetHashCode()} 修改", revision: Revision(published)), Ct)));
        Assert.Single(attempts, r => r.StatusCode == HttpStatusCode.OK);
        var loser = Assert.Single(attempts, r => r.StatusCode != HttpStatusCode.OK);
        Assert.Equal("knowledge.changed", (await CaseScenario.RefusedAsync(loser, HttpStatusCode.Conflict)).Code);
        var now = await s.GetAsync(handler, Id(published));
        Assert.Equal(2, now.GetProperty("pending").GetProperty("number").GetInt32());
        Assert.Equal(2, now.GetProperty("history").GetArrayLength());

        // A form opened before the change is refused too, not silently overwriting it.
        var stale = await handler.PutAsJsonAsync($"/api/hotline/knowledge/{Id(published)}",
            Article("电梯年检合格标志查询", s.Today.AddDays(45), revision: Revision(published)), Ct);
        Assert.Equal("knowledge.changed", (await CaseScenario.RefusedAsync(stale, HttpStatusCode.Conflict)).Code);
    }

    [Fact]
    public async Task Another_department_can_read_a_published_answer_but_neither_edit_it_nor_see_drafts()
    {
        var s = new HotlineScenario(Factory);
        var published = await s.PublishedAsync(Article("住宅专项维修资金申请", s.Today.AddDays(30)));
        var draft = await s.CreateAsync(await s.AsAsync("handler"), Article("未发布的口径草稿", s.Today.AddDays(30)));
        var cgj = await s.HandlerOfAsync("t-cgj-handler", UrbanManagement);
        Assert.Equal("已发布", (await s.GetAsync(cgj, Id(published))).GetProperty("statusName").GetString());
        var edit = await cgj.PutAsJsonAsync($"/api/hotline/knowledge/{Id(published)}",
            Article("越权修改", s.Today.AddDays(30), revision: Revision(published)), Ct);
        Assert.Equal("knowledge.not-owner", (await CaseScenario.RefusedAsync(edit, HttpStatusCode.Forbidden)).Code);
        var withdraw = await ActAsync(cgj, published, "withdraw", "越权下线");
        Assert.Equal("knowledge.not-owner", (await CaseScenario.RefusedAsync(withdraw, HttpStatusCode.Forbidden)).Code);
        var read = await cgj.GetAsync($"/api/hotline/knowledge/{Id(draft)}", Ct);
        Assert.Equal("knowledge.not-found", (await CaseScenario.RefusedAsync(read, HttpStatusCode.NotFound)).Code);
        var agentWrites = await (await s.AsAsync("agent")).PostAsJsonAsync("/api/hotline/knowledge", Article("坐席不能写", s.Today), Ct);
        Assert.Equal(HttpStatusCode.Forbidden, agentWrites.StatusCode);
        var list = await cgj.GetFromJsonAsync<JsonElement>("/api/hotline/knowledge", Ct);
        Assert.DoesNotContain(list.GetProperty("articles").EnumerateArray(), a => a.GetProperty("id").GetInt64() == Id(published));
    }

    [Fact]
    public async Task A_withdrawn_answer_is_no_longer_found_and_comes_back_only_through_review()
    {
        var s = new HotlineScenario(Factory);
        var title = "下线测试专用口径甲乙丙";
        var published = await s.PublishedAsync(Article(title, s.Today.AddDays(30)));
        var agent = await s.AsAsync("agent");
        Assert.Contains(await SearchTitlesAsync(agent, title), t => t == title);
        var withdrawn = await OkAsync(await ActAsync(await s.AsAsync("dispatcher"), published, "withdraw", "政策已调整"));
        Assert.Equal("已下线", withdrawn.GetProperty("statusName").GetString());
        Assert.DoesNotContain(await SearchTitlesAsync(agent, title), t => t == title);
        var handler = await s.AsAsync("handler");
        var edited = await OkAsync(await handler.PutAsJsonAsync($"/api/hotline/knowledge/{Id(published)}",
            Article(title, s.Today.AddDays(60), revision: Revision(withdrawn)), Ct));
        Assert.DoesNotContain(await SearchTitlesAsync(agent, title), t => t == title);
        await OkAsync(await ActAsync(await s.AsAsync("dispatcher"), await OkAsync(await ActAsync(handler, edited, "submit")), "approve"));
        Assert.Contains(await SearchTitlesAsync(agent, title), t => t == title);
    }

    [Fact]
    public async Task Past_its_expiry_an_answer_is_still_found_but_flagged_and_counted_on_its_department_page()
    {
        await using var own = await Factory.WithOwnClockAsync();
        var s = new HotlineScenario(own.Factory);
        var title = "燃气表更换预约方式测试";
        var published = await s.PublishedAsync(Article(title, s.Today.AddDays(2)));
        var handler = await s.AsAsync("handler");
        var before = await handler.GetFromJsonAsync<JsonElement>("/api/hotline/knowledge", Ct);
        Assert.False(Row(before, Id(published)).GetProperty("expired").GetBoolean());

        own.Clock.Advance(TimeSpan.FromDays(3));
        // Three days on, the sessions of before have ended: everyone signs in again.
        s = new HotlineScenario(own.Factory);
        handler = await s.AsAsync("handler");
        var hit = (await SearchAsync(await s.AsAsync("agent"), title)).First(h => h.GetProperty("title").GetString() == title);
        Assert.True(hit.GetProperty("expired").GetBoolean());
        Assert.StartsWith("已过期（有效期至", hit.GetProperty("expiryWarning").GetString());
        var after = await handler.GetFromJsonAsync<JsonElement>("/api/hotline/knowledge", Ct);
        Assert.True(Row(after, Id(published)).GetProperty("expired").GetBoolean());
        var expiredRows = after.GetProperty("articles").EnumerateArray().Count(a => a.GetProperty("expired").GetBoolean());
        Assert.Equal(expiredRows, after.GetProperty("expiredCount").GetInt32());
        Assert.Equal(before.GetProperty("expiredCount").GetInt32() + 1, after.GetProperty("expiredCount").GetInt32());
        var page = await handler.GetStringAsync("/workbench/hotline/knowledge", Ct);
        Assert.Contains($"本部门有 {expiredRows} 条知识已过期", page);
    }

    internal static async Task<List<JsonElement>> SearchAsync(HttpClient client, string q, string? region = null)
    {
        var url = $"/api/hotline/knowledge/search?q={Uri.EscapeDataString(q)}" + (region is null ? "" : $"&region={region}");
        var result = await OkAsync(await client.GetAsync(url, Ct));
        return result.GetProperty("hits").EnumerateArray().ToList();
    }

    private static async Task<List<string>> SearchTitlesAsync(HttpClient client, string q) =>
        (await SearchAsync(client, q)).Where(h => h.GetProperty("kind").GetString() == "knowledge").Select(h => h.GetProperty("title").GetString()!).ToList();

    private static JsonElement Row(JsonElement list, long id) =>
        list.GetProperty("articles").EnumerateArray().First(a => a.GetProperty("id").GetInt64() == id);
}
