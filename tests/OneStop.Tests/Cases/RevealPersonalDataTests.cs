using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OneStop.Catalog.Items;
using OneStop.Tests.Cases.Pages;
using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Cases;

public sealed class RevealPersonalDataOnSqlite(SqliteFactory f) : RevealPersonalDataTests(f), IClassFixture<SqliteFactory>;
public sealed class RevealPersonalDataOnPostgres(PostgresFactory f) : RevealPersonalDataTests(f), IClassFixture<PostgresFactory>;

/// <summary>
/// Staff see a case's resident IDs and mobile numbers masked — the applicant's and those typed into the form (an ID
/// field, a phone field, a number inside free text) — while the applicant sees their form as typed. A clerk who needs
/// them in full asks (查看完整证件号码和电话), and that viewing is an audit record of its own.
/// </summary>
public abstract class RevealPersonalDataTests(OneStopFactory factory) : ApiTests(factory)
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;
    private const string OwnerId = "440106198511124569";
    private const string OwnerPhone = "13900139000";

    private async Task<(CaseScenario S, long Id, string Number)> SubmittedAsync()
    {
        var s = new CaseScenario(Factory);
        var item = await s.PublishItemAsync(c => c with
        {
            FormFields =
            [
                new("shopName", "经营场所名称"), new("ownerId", "经营者身份证号码", Kind: FormFieldKind.ResidentId),
                new("ownerPhone", "经营者手机", Kind: FormFieldKind.Phone), new("note", "备注", false),
                new("area", "经营面积（平方米）", false, FormFieldKind.Number),
            ],
        });
        var citizen = await s.SignInAsync(CaseScenario.Citizen);
        var id = (await s.StartAsync(citizen, item)).GetProperty("id").GetInt64();
        await s.FillAsync(citizen, id, new { shopName = "天河示范小店", ownerId = OwnerId, ownerPhone = "139-0013-9000", note = $"夜间联系 {OwnerPhone}", area = "13800138000" });
        // Scans are often named after the ID on them.
        Assert.True((await s.UploadAsync(citizen, id, 0, CaseScenario.Pdf(), $"经营者身份证{OwnerId}.pdf")).IsSuccessStatusCode);
        var submitted = await s.PostAsync(citizen, $"/api/cases/{id}/submit");
        return (s, id, submitted.GetProperty("number").GetString()!);
    }

    private static Dictionary<string, string?> Values(JsonElement c) => c.GetProperty("fields").EnumerateArray()
        .ToDictionary(f => f.GetProperty("key").GetString()!, f => f.GetProperty("value").GetString());

    [Fact]
    public async Task A_clerk_reads_the_ids_and_mobile_numbers_of_a_submitted_form_masked_while_the_applicant_sees_what_they_typed()
    {
        var (s, id, _) = await SubmittedAsync();

        var staff = await s.GetAsync(await s.SignInAsync("clerk"), id);
        var masked = Values(staff);
        Assert.Equal("440106********4569", masked["ownerId"]);
        Assert.Equal("139-****-9000", masked["ownerPhone"]);   // by the field's kind, however it was typed
        Assert.Equal("夜间联系 139****9000", masked["note"]);
        Assert.Equal("13800138000", masked["area"]);           // a number is a number, even one that looks like a phone
        Assert.Equal("天河示范小店", masked["shopName"]);
        Assert.Equal("440106********1231", staff.GetProperty("applicant").GetProperty("idNumber").GetString());
        Assert.Equal("经营者身份证440106********4569.pdf", staff.GetProperty("materials")[0].GetProperty("files")[0].GetProperty("fileName").GetString());

        var own = await s.GetAsync(await s.SignInAsync(CaseScenario.Citizen), id);
        Assert.Equal(OwnerId, Values(own)["ownerId"]);
        Assert.Equal("139-0013-9000", Values(own)["ownerPhone"]);

        var page = await (await s.SignInAsync("clerk")).GetStringAsync($"/workbench/cases/{id}", Ct);
        Assert.DoesNotContain(OwnerId, page);
        Assert.DoesNotContain("139-0013", page);
        Assert.DoesNotContain(OwnerPhone, page);
        Assert.DoesNotContain(CaseScenario.Citizen, page);
        Assert.Contains("data-test=\"reveal\"", page);
    }

    [Fact]
    public async Task Revealing_shows_the_data_in_full_and_records_who_looked_without_changing_the_case()
    {
        var (s, id, number) = await SubmittedAsync();
        var clerk = await s.SignInAsync("clerk");
        var before = await s.GetAsync(clerk, id);

        var revealed = await s.PostAsync(clerk, $"/api/cases/{id}/personal-data", new { purpose = "ContactApplicant" });

        Assert.Equal(OwnerId, Values(revealed)["ownerId"]);
        Assert.Equal($"夜间联系 {OwnerPhone}", Values(revealed)["note"]);
        Assert.Equal(CaseScenario.Citizen, revealed.GetProperty("applicant").GetProperty("idNumber").GetString());
        Assert.Equal(before.GetProperty("revision").GetInt32(), revealed.GetProperty("revision").GetInt32());
        Assert.Equal(before.GetProperty("history").GetArrayLength(), revealed.GetProperty("history").GetArrayLength());
        var record = Assert.Single(await RecordsAsync(number));
        var text = System.Text.RegularExpressions.Regex.Unescape(record.GetRawText());
        Assert.Equal($"办件 {number}", record.GetProperty("target").GetString());
        Assert.Contains("查看办件完整个人信息", text);
        Assert.Contains("事由：联系申请人", text);
        Assert.DoesNotContain(OwnerId, text);
        Assert.DoesNotContain(CaseScenario.Citizen, text);
    }

    [Fact]
    public async Task Someone_who_may_not_read_the_case_cannot_reveal_it_and_leaves_no_record()
    {
        var (s, id, number) = await SubmittedAsync();
        foreach (var user in new[] { "agent", CaseScenario.OtherCitizen })
        {
            var response = await (await s.SignInAsync(user)).PostAsJsonAsync($"/api/cases/{id}/personal-data", new { purpose = "VerifyIdentity" }, Ct);
            Assert.Equal("case.not-found", (await CaseScenario.RefusedAsync(response, HttpStatusCode.NotFound)).Code);
        }
        Assert.Empty(await RecordsAsync(number));
    }

    [Fact]
    public async Task The_case_page_shows_the_full_data_in_the_reveals_answer_and_masked_again_on_the_next_visit()
    {
        var (s, id, number) = await SubmittedAsync();
        var clerk = await s.SignInAsync("clerk");

        var posted = await CasePageForms.PostAsync(clerk, id, "Reveal", new() { ["purpose"] = "VerifyIdentity" });

        // The post's own answer shows them: nothing (no cookie, no address) could show them again without a record.
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("no-store", posted.Headers.CacheControl?.ToString() ?? "");
        var shown = await posted.Content.ReadAsStringAsync(Ct);
        Assert.Contains(OwnerId, shown);
        Assert.Contains(CaseScenario.Citizen, shown);
        Assert.Contains("data-test=\"personal-revealed\"", shown);
        Assert.DoesNotContain("data-test=\"reveal\"", shown);
        var reloaded = await clerk.GetStringAsync($"/workbench/cases/{id}", Ct);
        Assert.DoesNotContain(OwnerId, reloaded);
        Assert.Contains("data-test=\"reveal\"", reloaded);
        Assert.Single(await RecordsAsync(number));
    }

    [Fact]
    public async Task Revealing_without_a_stated_purpose_is_refused_and_leaves_no_record()
    {
        var (s, id, number) = await SubmittedAsync();
        var clerk = await s.SignInAsync("clerk");

        var none = await clerk.PostAsJsonAsync($"/api/cases/{id}/personal-data", new { }, Ct);
        Assert.Equal("case.reveal-purpose-required", (await CaseScenario.RefusedAsync(none, HttpStatusCode.BadRequest)).Code);
        var otherWithoutWords = await clerk.PostAsJsonAsync($"/api/cases/{id}/personal-data", new { purpose = "Other", note = "  " }, Ct);
        Assert.Equal("case.reveal-purpose-required", (await CaseScenario.RefusedAsync(otherWithoutWords, HttpStatusCode.BadRequest)).Code);
        var page = await CasePageForms.PostAsync(clerk, id, "Reveal", new() { ["purpose"] = "Other" });
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = System.Net.WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync(Ct));
        Assert.Contains("说明：选择“其他”时请说明查看事由", html);
        Assert.Contains("<option value=\"Other\" selected=\"selected\">", html);
        Assert.DoesNotContain(OwnerId, html);
        Assert.Empty(await RecordsAsync(number));

        var stated = await s.PostAsync(clerk, $"/api/cases/{id}/personal-data", new { purpose = "Other", note = "核对营业执照上的经营者" });
        Assert.Equal(OwnerId, Values(stated)["ownerId"]);
        Assert.Contains("其他（核对营业执照上的经营者）", System.Text.RegularExpressions.Regex.Unescape(Assert.Single(await RecordsAsync(number)).GetRawText()));
    }

    [Fact]
    public async Task An_applicants_answer_to_a_supplement_request_is_masked_in_the_history_staff_read()
    {
        var (s, id, _) = await SubmittedAsync();
        var clerk = await s.SignInAsync("clerk");
        await s.PostAsync(clerk, $"/api/cases/{id}/supplement", new { items = new[] { new { material = "食品经营许可申请书", problem = "缺少签字" } } });
        await s.PostAsync(await s.SignInAsync(CaseScenario.Citizen), $"/api/cases/{id}/supplement-answer",
            new { note = $"已补签，有疑问请打 {OwnerPhone}" });

        var history = (await s.GetAsync(clerk, id)).GetProperty("history").EnumerateArray().Select(h => h.GetProperty("opinion").GetString()).ToList();
        Assert.Contains("已补签，有疑问请打 139****9000", history);
        Assert.DoesNotContain(history, o => o?.Contains(OwnerPhone) == true);
        var own = (await s.GetAsync(await s.SignInAsync(CaseScenario.Citizen), id)).GetProperty("history").EnumerateArray();
        Assert.Contains(own, h => h.GetProperty("opinion").GetString() == $"已补签，有疑问请打 {OwnerPhone}");
    }

    [Fact]
    public async Task Staffs_own_words_quoting_the_applicants_id_or_phone_are_masked_for_other_staff_and_as_written_for_the_applicant()
    {
        var (s, id, _) = await SubmittedAsync();
        var clerk = await s.SignInAsync("clerk");
        var approver = await s.SignInAsync("approver");
        var citizen = await s.SignInAsync(CaseScenario.Citizen);
        await s.PostAsync(clerk, $"/api/cases/{id}/supplement", new
        {
            items = new[] { new { material = "食品经营许可申请书", problem = $"经营者身份证号 {OwnerId} 与申请表不符" } },
            note = $"如有疑问请致电经营者 {OwnerPhone}",
        });

        var notice = (await s.GetAsync(await s.SignInAsync("supervisor"), id)).GetProperty("supplement");
        Assert.Equal("经营者身份证号 440106********4569 与申请表不符", notice.GetProperty("items")[0].GetProperty("problem").GetString());
        Assert.Equal("如有疑问请致电经营者 139****9000", notice.GetProperty("note").GetString());
        var ownNotice = (await s.GetAsync(citizen, id)).GetProperty("supplement");
        Assert.Equal($"经营者身份证号 {OwnerId} 与申请表不符", ownNotice.GetProperty("items")[0].GetProperty("problem").GetString());
        Assert.Equal($"如有疑问请致电经营者 {OwnerPhone}", ownNotice.GetProperty("note").GetString());

        await s.PostAsync(citizen, $"/api/cases/{id}/supplement-answer", new { note = "已更正" });
        await s.PostAsync(clerk, $"/api/cases/{id}/accept", new { note = "受理" });
        await s.PostAsync(approver, $"/api/cases/{id}/steps/complete", new { opinion = $"已电话 {OwnerPhone} 核实经营场所" });
        await s.PostAsync(approver, $"/api/cases/{id}/decide", new { decision = "Denied", reason = $"经营者 {OwnerId} 已被列入严重违法失信名单" });

        var staff = await s.GetAsync(clerk, id);
        Assert.Equal("已电话 139****9000 核实经营场所", staff.GetProperty("steps")[0].GetProperty("opinion").GetString());
        Assert.Equal("经营者 440106********4569 已被列入严重违法失信名单", staff.GetProperty("decisionReason").GetString());
        var page = await clerk.GetStringAsync($"/workbench/cases/{id}", Ct);
        Assert.DoesNotContain(OwnerId, page);
        Assert.DoesNotContain(OwnerPhone, page);
        Assert.Contains("已被列入严重违法失信名单", page);
        var own = await s.GetAsync(citizen, id);
        Assert.Equal($"已电话 {OwnerPhone} 核实经营场所", own.GetProperty("steps")[0].GetProperty("opinion").GetString());
        Assert.Equal($"经营者 {OwnerId} 已被列入严重违法失信名单", own.GetProperty("decisionReason").GetString());
    }

    [Fact]
    public async Task A_window_clerk_correcting_a_walk_ins_form_during_a_supplement_reads_it_as_typed()
    {
        var s = new CaseScenario(Factory);
        var clerk = await s.SignInAsync("clerk");
        var window = await s.PostAsync(clerk, "/api/cases/window", new { itemId = await s.PublishItemAsync(), applicantType = "自然人", idNumber = CaseScenario.OtherCitizen });
        var id = window.GetProperty("id").GetInt64();
        await s.FillAsync(clerk, id, new { shopName = "天河示范小店", shopAddress = $"天河路 1 号，联系 {OwnerPhone}" });
        Assert.True((await s.UploadAsync(clerk, id, 0, CaseScenario.Pdf())).IsSuccessStatusCode);
        await s.PostAsync(clerk, $"/api/cases/{id}/submit");
        Assert.Equal($"天河路 1 号，联系 139****9000", Values(await s.GetAsync(clerk, id))["shopAddress"]); // submitted: read as staff

        await s.PostAsync(clerk, $"/api/cases/{id}/supplement", new { items = new[] { new { material = "食品经营许可申请书", problem = "缺少签字" } } });

        // The clerk may correct the form again, so reads it as typed: a masked value saved back would replace the real one.
        var during = await s.GetAsync(clerk, id);
        Assert.Equal($"天河路 1 号，联系 {OwnerPhone}", Values(during)["shopAddress"]);
        var approver = await s.SignInAsync("supervisor");
        Assert.Equal($"天河路 1 号，联系 139****9000", Values(await s.GetAsync(approver, id))["shopAddress"]);
    }

    private async Task<List<JsonElement>> RecordsAsync(string number)
    {
        var admin = await Factory.SignedInAsync("admin");
        var page = await admin.GetFromJsonAsync<JsonElement>(
            $"/api/audit?action=case.view-personal-data&target={Uri.EscapeDataString($"办件 {number}")}", Ct);
        return page.GetProperty("items").EnumerateArray().ToList();
    }
}
