using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;
using static OneStop.Tests.Cases.Pages.ApplicantPages;

namespace OneStop.Tests.Cases.Pages;

public sealed class CaseDetailPagesOnSqlite(SqliteFactory f) : CaseDetailPagesTests(f), IClassFixture<SqliteFactory>;
public sealed class CaseDetailPagesOnPostgres(PostgresFactory f) : CaseDetailPagesTests(f), IClassFixture<PostgresFactory>;

/// <summary>After submission: the case page, withdrawal, answering a 补正, 我的办件 and the public progress lookup.</summary>
public abstract class CaseDetailPagesTests(OneStopFactory factory) : ApiTests(factory)
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Withdrawing_asks_for_confirmation_first_and_then_the_case_is_withdrawn()
    {
        var s = new CaseScenario(Factory);
        var id = (await s.SubmittedAsync(await s.PublishItemAsync())).GetProperty("id").GetInt64();
        var citizen = await s.SignInAsync(CaseScenario.Citizen);
        var page = await citizen.GetStringAsync($"/cases/{id}", Ct);
        Assert.Contains($"href=\"/cases/{id}?confirm=withdraw#confirm-withdraw\"", page);
        Assert.DoesNotContain("data-test=\"confirm-withdraw\"", page);
        Assert.Contains("data-test=\"confirm-withdraw\"", await citizen.GetStringAsync($"/cases/{id}?confirm=withdraw", Ct));

        var withdrawn = await PostAsync(citizen, $"/cases/{id}?confirm=withdraw", $"/cases/{id}?handler=Withdraw", ("reason", "信息填错，重新申请"));
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        var after = await citizen.GetStringAsync(withdrawn.Headers.Location!.OriginalString, Ct);
        Assert.Contains("申请已撤回", after);
        Assert.Contains(">已撤回<", after);
        Assert.Contains("信息填错，重新申请", after);
        Assert.DoesNotContain("confirm=withdraw", after);
    }

    [Fact]
    public async Task An_accepted_case_shows_its_due_dates_with_the_reason_and_the_history_with_who_did_what()
    {
        var s = new CaseScenario(Factory);
        var id = (await s.SubmittedAsync(await s.PublishItemAsync())).GetProperty("id").GetInt64();
        var accepted = await s.PostAsync(await s.SignInAsync("clerk"), $"/api/cases/{id}/accept", new { note = "材料齐全，容缺受理" });
        var citizen = await s.SignInAsync(CaseScenario.Citizen);
        var html = await citizen.GetStringAsync($"/cases/{id}", Ct);
        Assert.Contains(">审查中<", html);
        Assert.Contains(accepted.GetProperty("promisedDueDate").GetString()!, html);
        Assert.Contains(accepted.GetProperty("statutoryDueDate").GetString()!, html);
        Assert.Contains("为什么是这一天", html);
        Assert.Contains(WebUtility.HtmlEncode(accepted.GetProperty("clock").GetProperty("promised")[0].GetString()!), html);
        Assert.Contains("容缺受理", html);
        Assert.Contains("材料齐全，容缺受理", html);
        Assert.Contains("综合窗口", html);
        Assert.Contains("data-test=\"supply-deferred\"", html);
        Assert.DoesNotContain("confirm=withdraw", html);
    }

    [Fact]
    public async Task The_applicant_answers_a_supplement_request_from_the_one_time_notice()
    {
        var s = new CaseScenario(Factory);
        var id = (await s.SubmittedAsync(await s.PublishItemAsync())).GetProperty("id").GetInt64();
        await s.PostAsync(await s.SignInAsync("clerk"), $"/api/cases/{id}/supplement",
            new { items = new[] { new { material = "食品经营许可申请书", problem = "未签字盖章" } }, note = "请一并补正" });
        var citizen = await s.SignInAsync(CaseScenario.Citizen);
        Assert.Contains($"href=\"/cases/{id}/edit\"", await citizen.GetStringAsync($"/cases/{id}", Ct));
        var form = await citizen.GetStringAsync($"/cases/{id}/edit", Ct);
        Assert.Contains("一次性告知", form);
        Assert.Contains("未签字盖章", form);
        Assert.Contains(">提交补正材料<", form);

        var answered = await PostFormAsync(citizen, id, "Answer", [("note", "已重新签字")], ("file-0", "申请书（签字）.pdf", CaseScenario.Pdf("signed")));
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        Assert.Equal($"/cases/{id}?done=answered", answered.Headers.Location?.OriginalString);
        var view = await citizen.GetFromJsonAsync<JsonElement>($"/api/cases/{id}", Ct);
        Assert.Equal("Submitted", view.GetProperty("state").GetString());
        Assert.Equal(2, view.GetProperty("materials")[0].GetProperty("files").GetArrayLength());
    }

    [Fact]
    public async Task After_acceptance_only_the_deferred_material_takes_an_upload_and_it_waits_for_the_clerk()
    {
        var s = new CaseScenario(Factory);
        var id = (await s.SubmittedAsync(await s.PublishItemAsync())).GetProperty("id").GetInt64();
        await s.PostAsync(await s.SignInAsync("clerk"), $"/api/cases/{id}/accept", new { note = "容缺受理" });
        var citizen = await s.SignInAsync(CaseScenario.Citizen);
        var form = await citizen.GetStringAsync($"/cases/{id}/edit", Ct);
        Assert.Contains("补交容缺材料", form);
        Assert.Contains("name=\"file-2\"", form);
        Assert.DoesNotContain("name=\"file-0\"", form);
        Assert.DoesNotContain("name=\"fields[shopName]\"", form);

        var uploaded = await PostFormAsync(citizen, id, "Upload&material=2", [], ("file-2", "布局图.pdf", CaseScenario.Pdf("layout")));
        Assert.True(uploaded.StatusCode == HttpStatusCode.Redirect, await uploaded.Content.ReadAsStringAsync(Ct));
        var page = await citizen.GetStringAsync($"/cases/{id}", Ct);
        Assert.Contains("布局图.pdf", page);
        Assert.Contains("已上传，待工作人员确认", page);
        var view = await citizen.GetFromJsonAsync<JsonElement>($"/api/cases/{id}", Ct);
        Assert.Equal("InReview", view.GetProperty("state").GetString());
        Assert.Equal("Deferred", view.GetProperty("materials")[2].GetProperty("status").GetString());
    }

    [Fact]
    public async Task My_cases_lists_the_newest_first_with_the_next_step_and_says_so_when_there_is_none()
    {
        var residentId = TestIds.ResidentId();
        var registered = await Factory.Anonymous().PostAsJsonAsync("/api/accounts/citizens",
            new { realName = "王小明", residentId, password = "Secret2026", phone = "13800000001", regionCode = "440106" }, Ct);
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var newcomer = await Factory.SignedInAsync(residentId, "Secret2026");
        Assert.Contains("您还没有办件", await newcomer.GetStringAsync("/me/cases", Ct));

        var s = new CaseScenario(Factory);
        var older = await ApplyAsync(newcomer, await s.PublishItemAsync());
        var newer = await ApplyAsync(newcomer, await s.PublishItemAsync());
        var html = await newcomer.GetStringAsync("/me/cases", Ct);
        Assert.DoesNotContain("您还没有办件", html);
        Assert.True(html.IndexOf($"data-test=\"case-{newer}\"", StringComparison.Ordinal) < html.IndexOf($"data-test=\"case-{older}\"", StringComparison.Ordinal));
        Assert.Contains($"href=\"/cases/{newer}/edit\">继续填写<", html);
        foreach (var header in new[] { "办件编号", "事项", "状态", "提交日期", "承诺办结日", "操作" }) Assert.Contains($"<th>{header}</th>", html);
    }

    [Fact]
    public async Task The_public_progress_lookup_shows_the_stage_and_gives_one_answer_for_a_wrong_pair_and_an_unknown_number()
    {
        var s = new CaseScenario(Factory);
        var number = (await s.SubmittedAsync(await s.PublishItemAsync())).GetProperty("number").GetString()!;
        var anyone = Factory.Anonymous();
        var found = await PostAsync(anyone, "/cases/progress", "/cases/progress", ("number", number), ("idTail", "071231"));
        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        var html = await found.Content.ReadAsStringAsync(Ct);
        Assert.Contains("待预审", html);
        Assert.Contains("张*", html);
        Assert.Contains("提交申请", html);
        Assert.DoesNotContain("张三", html);

        var wrongPair = await (await PostAsync(anyone, "/cases/progress", "/cases/progress", ("number", number), ("idTail", "124569"))).Content.ReadAsStringAsync(Ct);
        var unknown = await (await PostAsync(anyone, "/cases/progress", "/cases/progress", ("number", "440106-20000101-999999"), ("idTail", "071231"))).Content.ReadAsStringAsync(Ct);
        Assert.Contains("未找到该办件", wrongPair);
        Assert.Contains("未找到该办件", unknown);
        Assert.DoesNotContain("data-test=\"progress\"", wrongPair);
        Assert.Contains("value=\"124569\"", wrongPair);
    }

    [Fact]
    public async Task The_citizen_workbench_links_to_my_cases()
    {
        var citizen = await Factory.SignedInAsync(CaseScenario.Citizen);
        Assert.Contains("href=\"/me/cases\"", await citizen.GetStringAsync("/workbench", Ct));
    }
}

public sealed class BundleApplyPagesOnSqlite(SqliteFactory f) : BundleApplyPagesTests(f), IClassFixture<SqliteFactory>;
public sealed class BundleApplyPagesOnPostgres(PostgresFactory f) : BundleApplyPagesTests(f), IClassFixture<PostgresFactory>;

/// <summary>一件事 on the pages: one form and one material list for the whole bundle, each part's state after acceptance.</summary>
public abstract class BundleApplyPagesTests(OneStopFactory factory) : ApiTests(factory)
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_bundle_is_applied_for_once_with_shared_materials_listed_once_and_its_parts_shown_after_acceptance()
    {
        var s = new CaseScenario(Factory);
        var first = await s.PublishItemAsync();
        var second = await s.PublishItemAsync(c => c with { SubItemName = "食品经营许可（延续）" });
        var admin = await Factory.SignedInAsync("catalog");
        var created = await admin.PostAsJsonAsync("/api/catalog/bundles", new
        {
            code = "PAGE-" + Guid.NewGuid().ToString("N")[..6], name = "开小店一件事", regionCode = "440106", itemIds = new[] { first, second },
            promisedLimitDays = 5,
        }, Ct);
        var bundle = (await CaseScenario.ReadAsync(created)).GetProperty("id").GetInt64();
        (await admin.PostAsync($"/api/catalog/bundles/{bundle}/publish", null, Ct)).EnsureSuccessStatusCode();
        Assert.Contains($"href=\"/cases/apply?bundleId={bundle}\"", await Factory.Anonymous().GetStringAsync($"/services/bundles/{bundle}", Ct));

        var citizen = await s.SignInAsync(CaseScenario.Citizen);
        var apply = await citizen.GetAsync($"/cases/apply?bundleId={bundle}", Ct);
        Assert.Equal(HttpStatusCode.Redirect, apply.StatusCode);
        var id = long.Parse(System.Text.RegularExpressions.Regex.Match(apply.Headers.Location!.OriginalString, @"/cases/(\d+)/edit").Groups[1].Value);
        var form = await citizen.GetStringAsync($"/cases/{id}/edit", Ct);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(form, "name=\"fields\\[shopName\\]\""));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(form, ">食品经营许可申请书"));
        Assert.Contains("用于：", form);
        Assert.Contains("食品经营许可（延续）", form);

        var submitted = await PostFormAsync(citizen, id, "Submit", [.. ShopFields, ("deferred", "2")], ("file-0", "申请书.pdf", CaseScenario.Pdf()));
        Assert.True(submitted.StatusCode == HttpStatusCode.Redirect, await submitted.Content.ReadAsStringAsync(Ct));
        await s.PostAsync(await s.SignInAsync("clerk"), $"/api/cases/{id}/accept", new { note = "容缺受理" });
        var html = await citizen.GetStringAsync($"/cases/{id}", Ct);
        Assert.Contains("data-test=\"parts\"", html);
        Assert.Contains("食品经营许可（延续）", html);
        Assert.Contains("-2</td>", html);
    }
}
