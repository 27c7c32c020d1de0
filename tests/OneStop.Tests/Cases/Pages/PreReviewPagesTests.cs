using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Cases.Pages;

public sealed class PreReviewPagesOnSqlite(SqliteFactory f) : PreReviewPagesTests(f), IClassFixture<SqliteFactory>;
public sealed class PreReviewPagesOnPostgres(PostgresFactory f) : PreReviewPagesTests(f), IClassFixture<PostgresFactory>;

/// <summary>The window clerk's 待预审 queue and case page, over HTTP as a browser posts the forms.</summary>
public abstract class PreReviewPagesTests(OneStopFactory factory) : ApiTests(factory)
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(CaseScenario S, long Id, string Number, HttpClient Clerk)> SubmittedAsync()
    {
        var s = new CaseScenario(Factory);
        var submitted = await s.SubmittedAsync(await s.PublishItemAsync());
        return (s, submitted.GetProperty("id").GetInt64(), submitted.GetProperty("number").GetString()!, await s.SignInAsync("clerk"));
    }

    private async Task<JsonElement> CaseAsync(HttpClient who, long id) => await who.GetFromJsonAsync<JsonElement>($"/api/cases/{id}", Ct);

    [Fact]
    public async Task The_clerk_sees_a_submitted_case_in_the_queue_with_the_applicant_masked()
    {
        var (_, id, number, clerk) = await SubmittedAsync();
        var html = await clerk.GetStringAsync($"/workbench/cases/pre-review?q={number}", Ct);
        Assert.Contains($"href=\"/workbench/cases/{id}\">{number}</a>", html);
        Assert.Contains("张*", html);
        Assert.DoesNotContain("张三", html);
        Assert.Contains("待预审", html);
        Assert.DoesNotContain(">Submitted<", html);
    }

    [Fact]
    public async Task The_clerk_accepts_with_deferred_materials_on_the_case_page_and_the_case_goes_to_review()
    {
        var (_, id, _, clerk) = await SubmittedAsync();
        var page = await clerk.GetStringAsync($"/workbench/cases/{id}", Ct);
        Assert.Contains("容缺受理", page);
        Assert.Contains("data-test=\"deferred-due\"", page);
        Assert.Contains("440106********1231", page);
        Assert.DoesNotContain("440106199003071231", page);

        // 受理 cannot be undone: the first press shows what will happen and changes nothing.
        var asked = await CasePageForms.PostAsync(clerk, id, "Accept", new() { ["Input.AcceptNote"] = "材料齐全" }, page);
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        var panel = await asked.Content.ReadAsStringAsync(Ct);
        Assert.Contains("data-test=\"accept-confirm\"", panel);
        Assert.Contains("容缺材料须在", panel);
        Assert.Equal("Submitted", (await CaseAsync(clerk, id)).GetProperty("state").GetString());
        var response = await CasePageForms.PostAsync(clerk, id, "Accept", new() { ["Input.AcceptNote"] = "材料齐全", ["Input.Confirmed"] = "true" }, panel);
        CasePageForms.AssertRedirectedTo(response, id, "accepted");
        var after = await CaseAsync(clerk, id);
        Assert.Equal("InReview", after.GetProperty("state").GetString());
        var last = after.GetProperty("history").EnumerateArray().Last();
        Assert.Equal("AcceptWithDeferred", last.GetProperty("action").GetString());
        Assert.Equal("材料齐全", last.GetProperty("opinion").GetString());
        Assert.Contains("已受理", await clerk.GetStringAsync(response.Headers.Location!.OriginalString, Ct));
    }

    [Fact]
    public async Task Refusing_without_a_reason_names_the_refusal_reason_and_nothing_changes()
    {
        var (_, id, _, clerk) = await SubmittedAsync();
        var response = await CasePageForms.PostAsync(clerk, id, "Refuse", new() { ["Input.RefuseReason"] = " " });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("不予受理理由：不予受理须说明理由", await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal("Submitted", (await CaseAsync(clerk, id)).GetProperty("state").GetString());
    }

    [Fact]
    public async Task Refusing_asks_for_confirmation_first_and_refuses_only_when_confirmed()
    {
        var (_, id, _, clerk) = await SubmittedAsync();
        var first = await CasePageForms.PostAsync(clerk, id, "Refuse", new() { ["Input.RefuseReason"] = "不属于本机关职权范围" });
        var panel = await first.Content.ReadAsStringAsync(Ct);
        Assert.Contains("data-test=\"refuse-confirm\"", panel);
        Assert.Equal("Submitted", (await CaseAsync(clerk, id)).GetProperty("state").GetString());

        var confirmed = await CasePageForms.PostAsync(clerk, id, "Refuse",
            new() { ["Input.RefuseReason"] = "不属于本机关职权范围", ["Input.Confirmed"] = "true" }, panel);
        CasePageForms.AssertRedirectedTo(confirmed, id, "refused");
        var after = await CaseAsync(clerk, id);
        Assert.Equal("Refused", after.GetProperty("state").GetString());
        Assert.Equal("不属于本机关职权范围", after.GetProperty("refusalReason").GetString());
    }

    [Fact]
    public async Task A_supplement_request_lists_every_ticked_material_and_each_free_line_in_one_notice()
    {
        var (_, id, _, clerk) = await SubmittedAsync();
        var response = await CasePageForms.PostAsync(clerk, id, "Supplement", new()
        {
            ["Input.Checks[0].Index"] = "0", ["Input.Checks[0].NeedsFix"] = "true", ["Input.Checks[0].Problem"] = "缺少法定代表人签字",
            ["Input.Checks[1].Index"] = "1", ["Input.Checks[1].NeedsFix"] = "false",
            ["Input.OtherProblems"] = "经营场所照片：请补充门头照片\n申请表地址与租赁合同不一致",
        });
        CasePageForms.AssertRedirectedTo(response, id, "supplement");
        var after = await CaseAsync(clerk, id);
        Assert.Equal("AwaitingSupplement", after.GetProperty("state").GetString());
        var items = after.GetProperty("supplement").GetProperty("items").EnumerateArray()
            .Select(i => $"{i.GetProperty("material").GetString()}|{i.GetProperty("problem").GetString()}").ToList();
        Assert.Equal(["食品经营许可申请书|缺少法定代表人签字", "经营场所照片|请补充门头照片", "其他事项|申请表地址与租赁合同不一致"], items);
    }

    [Fact]
    public async Task A_ticked_material_without_a_problem_is_named_and_what_was_typed_is_kept()
    {
        var (_, id, _, clerk) = await SubmittedAsync();
        var response = await CasePageForms.PostAsync(clerk, id, "Supplement", new()
        {
            ["Input.Checks[0].Index"] = "0", ["Input.Checks[0].NeedsFix"] = "true", ["Input.Checks[0].Problem"] = "",
            ["Input.OtherProblems"] = "请补充门头照片",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("“食品经营许可申请书”的问题说明", html);
        Assert.Contains("请补充门头照片</textarea>", html);
        Assert.Equal("Submitted", (await CaseAsync(clerk, id)).GetProperty("state").GetString());
    }

    [Fact]
    public async Task Acting_on_a_page_someone_else_has_acted_on_since_says_so_and_changes_nothing()
    {
        var (s, id, _, clerk) = await SubmittedAsync();
        var page = await clerk.GetStringAsync($"/workbench/cases/{id}", Ct);
        await s.PostAsync(clerk, $"/api/cases/{id}/supplement", new { items = new[] { new { material = "申请书", problem = "缺签字" } } });
        await s.PostAsync(await s.SignInAsync(CaseScenario.Citizen), $"/api/cases/{id}/supplement-answer", new { note = "已补" });

        var response = await CasePageForms.PostAsync(clerk, id, "Accept", new(), page);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("已被他人处理", await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal("Submitted", (await CaseAsync(clerk, id)).GetProperty("state").GetString());
    }
}
