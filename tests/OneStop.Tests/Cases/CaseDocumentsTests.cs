using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OneStop.Tests.Catalog.Notices;
using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Cases;

public sealed class CaseDocumentsOnSqlite(SqliteFactory f) : CaseDocumentsTests(f), IClassFixture<SqliteFactory>;
public sealed class CaseDocumentsOnPostgres(PostgresFactory f) : CaseDocumentsTests(f), IClassFixture<PostgresFactory>;

/// <summary>
/// The documents a case produces are PDFs with the Chinese text a reader needs: the notice of supplement lists every
/// item at once, the acceptance notice names the deferred material and its due date, the decision says 准予.
/// </summary>
public abstract class CaseDocumentsTests(OneStopFactory factory) : ApiTests(factory)
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_clerk_prints_a_one_time_supplement_notice_then_the_acceptance_and_the_decision()
    {
        var s = new CaseScenario(Factory);
        var item = await s.PublishItemAsync();
        var submitted = await s.SubmittedAsync(item);
        var id = submitted.GetProperty("id").GetInt64();
        var clerk = await s.SignInAsync("clerk");
        var supplement = await s.PostAsync(clerk, $"/api/cases/{id}/supplement", new
        {
            items = new[] { new { material = "食品经营许可申请书", problem = "缺少法定代表人签字" }, new { material = "经营场所证明", problem = "未提交租赁合同" } },
        });
        Assert.Contains(supplement.GetProperty("documents").EnumerateArray(), d => d.GetProperty("kind").GetString() == "supplement");
        using var poppler = new Poppler();
        var notice = poppler.Text(poppler.Save(await PdfAsync(clerk, $"/api/cases/{id}/documents/supplement"), "supplement.pdf"));
        Assert.Contains("补正材料通知书", notice);
        Assert.Contains("缺少法定代表人签字", notice);
        Assert.Contains("未提交租赁合同", notice);
        Assert.Contains(submitted.GetProperty("number").GetString()!, notice);

        var citizen = await s.SignInAsync(CaseScenario.Citizen);
        await s.PostAsync(citizen, $"/api/cases/{id}/supplement-answer", new { note = "已补签" });
        await s.PostAsync(clerk, $"/api/cases/{id}/accept", new { });
        var acceptance = poppler.Text(poppler.Save(await PdfAsync(citizen, $"/api/cases/{id}/documents/acceptance"), "acceptance.pdf"));
        Assert.Contains("受理通知书", acceptance);
        Assert.Contains("设备设施布局和操作流程文件", acceptance);
        Assert.DoesNotContain("440106199003071231", acceptance);

        var approver = await s.SignInAsync("approver");
        await s.PostAsync(approver, $"/api/cases/{id}/steps/complete", new { opinion = "符合条件" });
        await s.PostAsync(approver, $"/api/cases/{id}/decide", new { decision = "Granted" });
        var decision = poppler.Text(poppler.Save(await PdfAsync(citizen, $"/api/cases/{id}/documents/decision"), "decision.pdf"));
        Assert.Contains("准予行政许可决定书", decision);
        Assert.Contains("决定准予行政许可", System.Text.RegularExpressions.Regex.Replace(decision, @"\s+", ""));
    }

    [Fact]
    public async Task Staffs_words_in_a_notice_name_an_id_or_phone_masked_as_the_notice_names_the_applicants()
    {
        var s = new CaseScenario(Factory);
        var id = (await s.SubmittedAsync(await s.PublishItemAsync())).GetProperty("id").GetInt64();
        var clerk = await s.SignInAsync("clerk");
        await s.PostAsync(clerk, $"/api/cases/{id}/supplement", new
        {
            items = new[] { new { material = "经营者身份证明", problem = "身份证 440106198511124569 与申请人不一致" } },
            note = "请致电 13900139000 预约补交",
        });
        using var poppler = new Poppler();
        var notice = poppler.Text(poppler.Save(await PdfAsync(clerk, $"/api/cases/{id}/documents/supplement"), "supplement.pdf"));
        Assert.Contains("440106********4569", notice);
        Assert.Contains("139****9000", notice);
        Assert.DoesNotContain("440106198511124569", notice);
        Assert.DoesNotContain("13900139000", notice);

        await s.PostAsync(await s.SignInAsync(CaseScenario.Citizen), $"/api/cases/{id}/supplement-answer", new { note = "已更正" });
        await s.PostAsync(clerk, $"/api/cases/{id}/refuse", new { reason = "经营者 440106198511124569 不具备申请资格" });
        var refusal = poppler.Text(poppler.Save(await PdfAsync(clerk, $"/api/cases/{id}/documents/refusal"), "refusal.pdf"));
        Assert.Contains("不具备申请资格", refusal);
        Assert.DoesNotContain("440106198511124569", refusal);
    }

    [Fact]
    public async Task A_document_the_case_has_not_produced_is_not_found()
    {
        var s = new CaseScenario(Factory);
        var submitted = await s.SubmittedAsync(await s.PublishItemAsync());
        var citizen = await s.SignInAsync(CaseScenario.Citizen);
        var response = await citizen.GetAsync($"/api/cases/{submitted.GetProperty("id").GetInt64()}/documents/decision", Ct);
        Assert.Equal("case.document-not-found", (await Problem.ReadAsync(response)).Code);
        var unknown = await citizen.GetAsync($"/api/cases/{submitted.GetProperty("id").GetInt64()}/documents/1", Ct);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    private async Task<byte[]> PdfAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path, Ct);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
        Assert.True(bytes.Length < 200_000, $"{bytes.Length} bytes");
        return bytes;
    }
}
