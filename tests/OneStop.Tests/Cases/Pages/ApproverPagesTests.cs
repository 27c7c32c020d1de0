using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Cases.Pages;

public sealed class ApproverPagesOnSqlite(SqliteFactory f) : ApproverPagesTests(f), IClassFixture<SqliteFactory>;
public sealed class ApproverPagesOnPostgres(PostgresFactory f) : ApproverPagesTests(f), IClassFixture<PostgresFactory>;

/// <summary>The approver's task list and case page, over HTTP as a browser posts the forms.</summary>
public abstract class ApproverPagesTests(OneStopFactory factory) : ApiTests(factory)
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A case accepted (容缺) by the clerk, now in the 市场监管局's review.</summary>
    private async Task<(CaseScenario S, long Id, string Number, HttpClient Approver)> AcceptedAsync()
    {
        var s = new CaseScenario(Factory);
        var submitted = await s.SubmittedAsync(await s.PublishItemAsync());
        var id = submitted.GetProperty("id").GetInt64();
        await s.PostAsync(await s.SignInAsync("clerk"), $"/api/cases/{id}/accept", new { });
        return (s, id, submitted.GetProperty("number").GetString()!, await s.SignInAsync("approver"));
    }

    private async Task<JsonElement> CaseAsync(HttpClient who, long id) => await who.GetFromJsonAsync<JsonElement>($"/api/cases/{id}", Ct);

    [Fact]
    public async Task The_approver_sees_an_accepted_case_in_my_tasks_with_its_step_and_due_date()
    {
        var (_, id, number, approver) = await AcceptedAsync();
        var due = (await CaseAsync(approver, id)).GetProperty("steps")[0].GetProperty("dueDate").GetString();
        var html = await approver.GetStringAsync($"/workbench/cases/tasks?list=mine&q={number}", Ct);
        Assert.Contains($"href=\"/workbench/cases/{id}\">{number}</a>", html);
        Assert.Contains("本部门待办（", html);
        Assert.Contains("审查中", html);
        Assert.False(string.IsNullOrEmpty(due));
        Assert.Contains(due!, html);
        Assert.DoesNotContain($">{number}<", await approver.GetStringAsync($"/workbench/cases/tasks?list=overdue&q={number}", Ct));
    }

    [Fact]
    public async Task The_tabs_count_the_departments_cases_and_a_stopped_clock_shows_instead_of_a_due_date()
    {
        var (s, id, number, approver) = await AcceptedAsync();
        await s.PostAsync(approver, $"/api/cases/{id}/special-procedure", new { procedure = "现场勘验", reason = "核查经营场所" });
        var listed = (await approver.GetFromJsonAsync<JsonElement>("/api/cases/tasks?list=mine", Ct)).GetProperty("total").GetInt32();

        var html = await approver.GetStringAsync($"/workbench/cases/tasks?list=mine&q={number}", Ct);

        Assert.Contains($"本部门待办（{listed}）", html);
        var row = System.Text.RegularExpressions.Regex.Match(html, $"<tr data-test=\"task-row\"[^>]*>\\s*<td data-label=\"办件编号\"><a href=\"/workbench/cases/{id}\">[\\s\\S]*?</tr>").Value;
        Assert.Contains("暂停计时", row);
        Assert.Contains("特别程序", row);
    }

    [Fact]
    public async Task An_approver_of_another_department_gets_the_forbidden_page()
    {
        var (s, id, number, _) = await AcceptedAsync();
        var other = await s.SignInAsync("yx-approver");
        // The host's convention for pages: a refusal leads to the "no access" page (403), not an error dump.
        var response = await other.GetAsync($"/workbench/cases/{id}", Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/forbidden", response.Headers.Location?.OriginalString);
        var forbidden = await other.GetAsync("/forbidden", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Contains("无权访问", await forbidden.Content.ReadAsStringAsync(Ct));
        Assert.DoesNotContain($"/workbench/cases/{id}\"", await other.GetStringAsync($"/workbench/cases/tasks?q={number}", Ct));
    }

    [Fact]
    public async Task Completing_a_step_without_an_opinion_names_the_opinion_and_nothing_changes()
    {
        var (_, id, _, approver) = await AcceptedAsync();
        var response = await CasePageForms.PostAsync(approver, id, "CompleteStep", new() { ["Input.Opinion"] = "" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("审查意见：请填写审查意见", html);
        // Beside the field too, which is marked and takes the focus (the list at the top is far above it).
        Assert.Matches(@"<label class=""invalid"">审查意见（必填） <textarea name=""Input.Opinion""[^>]*autofocus=""autofocus""[^>]*>\s*</textarea><span class=""field-error"">审查意见：请填写审查意见</span>", html);
        Assert.DoesNotContain("<label class=\"invalid\">延期理由", html);
        Assert.Equal("Current", (await CaseAsync(approver, id)).GetProperty("steps")[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task Deciding_to_deny_without_a_reason_is_refused_and_the_choice_is_kept()
    {
        var (_, id, _, approver) = await AcceptedAsync();
        CasePageForms.AssertRedirectedTo(await CasePageForms.PostAsync(approver, id, "CompleteStep", new() { ["Input.Opinion"] = "材料符合要求" }), id, "step");
        var response = await CasePageForms.PostAsync(approver, id, "Decide", new() { ["Input.Decision"] = "不予", ["Input.DecisionReason"] = "" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("不予许可理由：不予许可须说明理由", html);
        Assert.Contains("value=\"不予\" checked=\"checked\"", html);
        Assert.DoesNotContain("data-test=\"decide-confirm\"", html);
        Assert.Equal("InReview", (await CaseAsync(approver, id)).GetProperty("state").GetString());
    }

    [Fact]
    public async Task The_approver_completes_the_step_and_grants_after_confirming()
    {
        var (_, id, _, approver) = await AcceptedAsync();
        var page = await approver.GetStringAsync($"/workbench/cases/{id}", Ct);
        Assert.Contains("data-test=\"complete-step\"", page);
        Assert.DoesNotContain("data-test=\"decide-form\"", page);
        Assert.DoesNotContain("data-test=\"accept\"", page);
        CasePageForms.AssertRedirectedTo(await CasePageForms.PostAsync(approver, id, "CompleteStep", new() { ["Input.Opinion"] = "材料符合要求" }), id, "step");

        var first = await CasePageForms.PostAsync(approver, id, "Decide", new() { ["Input.Decision"] = "准予" });
        var panel = await first.Content.ReadAsStringAsync(Ct);
        Assert.Contains("data-test=\"decide-confirm\"", panel);
        Assert.Equal("InReview", (await CaseAsync(approver, id)).GetProperty("state").GetString());
        var confirmed = await CasePageForms.PostAsync(approver, id, "Decide", new() { ["Input.Decision"] = "准予", ["Input.Confirmed"] = "true" }, panel);
        CasePageForms.AssertRedirectedTo(confirmed, id, "decided");
        var after = await CaseAsync(approver, id);
        Assert.Equal("Decided", after.GetProperty("state").GetString());
        Assert.Equal("Granted", after.GetProperty("decision").GetString());
        var html = await approver.GetStringAsync($"/workbench/cases/{id}", Ct);
        Assert.Contains("已办结", html);
        Assert.Contains(after.GetProperty("statutoryDueDate").GetString()!, html);
    }

    [Fact]
    public async Task A_special_procedure_is_started_from_the_list_and_ended_on_the_page()
    {
        var (_, id, _, approver) = await AcceptedAsync();
        CasePageForms.AssertRedirectedTo(await CasePageForms.PostAsync(approver, id, "StartProcedure",
            new() { ["Input.Procedure"] = "现场勘验", ["Input.ProcedureReason"] = "需核实经营场所" }), id, "procedure");
        var page = await approver.GetStringAsync($"/workbench/cases/{id}", Ct);
        Assert.Contains("特别程序（现场勘验）", page);
        Assert.Contains("data-test=\"end-procedure\"", page);
        Assert.DoesNotContain("data-test=\"complete-step\"", page);
        CasePageForms.AssertRedirectedTo(await CasePageForms.PostAsync(approver, id, "EndProcedure", new(), page), id, "procedure-ended");
        Assert.Equal("InReview", (await CaseAsync(approver, id)).GetProperty("state").GetString());
    }

    [Fact]
    public async Task An_extension_asked_on_the_page_is_approved_by_a_second_approver_and_moves_the_statutory_due_date()
    {
        var (s, id, _, approver) = await AcceptedAsync();
        var before = await CaseAsync(approver, id);
        CasePageForms.AssertRedirectedTo(await CasePageForms.PostAsync(approver, id, "Extension",
            new() { ["Input.ExtensionDays"] = "5", ["Input.ExtensionReason"] = "需组织专家论证" }), id, "extension");
        var own = await approver.GetStringAsync($"/workbench/cases/{id}", Ct);
        Assert.Contains("data-test=\"pending-extension\"", own);
        Assert.DoesNotContain("data-test=\"approve-extension\"", own);

        var admin = await s.SignInAsync("th-admin");
        var userName = "approver-" + Guid.NewGuid().ToString("N")[..8];
        await s.PostAsync(admin, "/api/accounts/staff", new
        {
            userName, displayName = "审批员 周强", password = OneStop.Platform.Demo.DemoData.Password,
            departmentId = before.GetProperty("departmentId").GetInt64(), roles = new[] { "Approver" },
        });
        var second = await s.SignInAsync(userName);
        var page = await second.GetStringAsync($"/workbench/cases/{id}", Ct);
        Assert.Contains("data-test=\"approve-extension\"", page);
        CasePageForms.AssertRedirectedTo(await CasePageForms.PostAsync(second, id, "ApproveExtension",
            new() { ["Input.ExtensionOpinion"] = "同意延期" }, page), id, "extension-approved");

        var after = await CaseAsync(second, id);
        Assert.Equal("Approved", after.GetProperty("extensions")[0].GetProperty("status").GetString());
        Assert.True(DateOnly.Parse(after.GetProperty("statutoryDueDate").GetString()!) > DateOnly.Parse(before.GetProperty("statutoryDueDate").GetString()!));
        Assert.Contains("已批准延期 5 个工作日", await second.GetStringAsync($"/workbench/cases/{id}", Ct));
    }

    [Fact]
    public async Task A_case_past_its_step_due_date_is_listed_as_overdue_in_red()
    {
        await using var own = await Factory.WithOwnClockAsync(); // moves time: not the clock the class shares
        var s = new CaseScenario(own.Factory);
        var submitted = await s.SubmittedAsync(await s.PublishItemAsync());
        var id = submitted.GetProperty("id").GetInt64();
        var number = submitted.GetProperty("number").GetString()!;
        await s.PostAsync(await s.SignInAsync("clerk"), $"/api/cases/{id}/accept", new { });
        Assert.DoesNotContain($">{number}<", await (await s.SignInAsync("approver")).GetStringAsync($"/workbench/cases/tasks?list=overdue&q={number}", Ct));

        own.Clock.Advance(TimeSpan.FromDays(30));
        var approver = await s.SignInAsync("approver");
        var overdue = await approver.GetStringAsync($"/workbench/cases/tasks?list=overdue&q={number}", Ct);
        Assert.Contains($">{number}<", overdue);
        Assert.Contains("class=\"overdue\"", overdue);
        Assert.Contains("（已超期）", overdue);
        Assert.DoesNotContain($">{number}<", await approver.GetStringAsync($"/workbench/cases/tasks?list=due-soon&q={number}", Ct));
    }
}
