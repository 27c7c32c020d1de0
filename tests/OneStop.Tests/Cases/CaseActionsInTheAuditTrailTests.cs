using System.Net.Http.Json;
using System.Text.Json;
using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Cases;

public sealed class CaseActionsInTheAuditTrailOnSqlite(SqliteFactory f) : CaseActionsInTheAuditTrailTests(f), IClassFixture<SqliteFactory>;
public sealed class CaseActionsInTheAuditTrailOnPostgres(PostgresFactory f) : CaseActionsInTheAuditTrailTests(f), IClassFixture<PostgresFactory>;

/// <summary>
/// A supervisor reads in the audit trail what a case action changed, in Chinese and place by place — the one material
/// that was deferred, the state, the due dates — not two copies of the whole material list as raw JSON.
/// </summary>
public abstract class CaseActionsInTheAuditTrailTests(OneStopFactory factory) : ApiTests(factory)
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<JsonElement> RecordAsync(string action, string target)
    {
        var admin = await Factory.SignedInAsync("admin");
        var page = await admin.GetFromJsonAsync<JsonElement>($"/api/audit?action={action}&target={Uri.EscapeDataString(target)}", Ct);
        return page.GetProperty("items").EnumerateArray().Single();
    }

    private static List<string> Lines(JsonElement record, string entity) => record.GetProperty("changes").EnumerateArray()
        .Where(c => c.GetProperty("entity").GetString() == entity)
        .SelectMany(c => c.GetProperty("fields").EnumerateArray().Select(f => f.GetString()!)).ToList();

    [Fact]
    public async Task Accepting_with_a_deferred_material_is_recorded_as_the_places_that_changed()
    {
        var s = new CaseScenario(Factory);
        var accepted = await s.AcceptedAsync(await s.PublishItemAsync());
        var record = await RecordAsync("case.accept-with-deferred", accepted.GetProperty("number").GetString()!);

        Assert.Equal("容缺受理", record.GetProperty("actionName").GetString());
        var lines = Lines(record, "办件");
        Assert.Contains("办件状态：待预审 → 审查中", lines);
        // Accepted Monday 2026-11-23: the third material (容缺) is due five working days later.
        Assert.Contains("申请材料第3项 · 容缺材料补交期限：（空） → 2026-11-30", lines);
        Assert.Contains(lines, l => l.StartsWith("办理环节第1项 · 名称：（空） → ", StringComparison.Ordinal));
        // The materials that did not change are not copied into the record.
        Assert.DoesNotContain(lines, l => l.StartsWith("申请材料第1项", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains('{') || l.Contains("其他字段"));
        Assert.Contains("操作：容缺受理", Lines(record, "办件记录"));
        // The new history entry is named by its case and position, in words.
        var entry = record.GetProperty("changes").EnumerateArray().Single(c => c.GetProperty("entity").GetString() == "办件记录");
        Assert.StartsWith($"办件 {accepted.GetProperty("id").GetInt64()}，序号 ", entry.GetProperty("key").GetString());
    }

    [Fact]
    public async Task A_phone_changed_in_a_draft_form_is_named_by_its_field_and_masked()
    {
        var s = new CaseScenario(Factory);
        var item = await s.PublishItemAsync(c => c with { FormFields = [new("shopName", "经营场所名称"), new("phone", "联系电话")] });
        var citizen = await s.SignInAsync(CaseScenario.Citizen);
        var id = (await s.StartAsync(citizen, item)).GetProperty("id").GetInt64();
        await s.FillAsync(citizen, id, new { shopName = "审计小店", phone = "13900139000" });

        var record = await RecordAsync("case.save-draft", $"办件草稿 {id}");
        var lines = Lines(record, "办件");
        Assert.Contains(lines, l => l.StartsWith("申请表单 · “phone”：", StringComparison.Ordinal) && l.EndsWith("139****9000", StringComparison.Ordinal));
        Assert.Contains("申请表单 · “shopName”：（空） → 审计小店", lines);
        Assert.DoesNotContain(lines, l => l.Contains("13900139000"));
    }
}
