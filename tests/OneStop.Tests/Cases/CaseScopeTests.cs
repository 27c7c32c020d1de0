using System.Net;
using System.Net.Http.Json;
using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Cases;

public sealed class CaseScopeOnSqlite(SqliteFactory f) : CaseScopeTests(f), IClassFixture<SqliteFactory>;
public sealed class CaseScopeOnPostgres(PostgresFactory f) : CaseScopeTests(f), IClassFixture<PostgresFactory>;

/// <summary>
/// Who may see and touch a case: the clerks of its region, the approvers of its department, its applicant — and
/// nobody else, for the case and for each of its files.
/// </summary>
public abstract class CaseScopeTests(OneStopFactory factory) : ApiTests(factory)
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_clerk_of_another_region_can_neither_read_nor_accept_the_case()
    {
        var s = new CaseScenario(Factory);
        var id = (await s.SubmittedAsync(await s.PublishItemAsync())).GetProperty("id").GetInt64();
        var yuexiu = await s.StaffAsync("t-yx-clerk", "广州市越秀区市场监督管理局", "WindowClerk");
        Assert.Equal(HttpStatusCode.Forbidden, (await yuexiu.GetAsync($"/api/cases/{id}", Ct)).StatusCode);
        var accept = await yuexiu.PostAsJsonAsync($"/api/cases/{id}/accept", new { }, Ct);
        Assert.Equal("case.out-of-scope", (await CaseScenario.RefusedAsync(accept, HttpStatusCode.Forbidden)).Code);
        var queue = await CaseScenario.ListAllAsync(yuexiu, "/api/cases/pre-review");
        Assert.DoesNotContain(queue, c => c.GetProperty("id").GetInt64() == id);
        Assert.Equal("Submitted", (await s.GetAsync(await s.SignInAsync("clerk"), id)).GetProperty("state").GetString());
    }

    [Fact]
    public async Task An_approver_of_another_department_can_neither_read_nor_decide_the_case()
    {
        var s = new CaseScenario(Factory);
        var id = (await s.AcceptedAsync(await s.PublishItemAsync())).GetProperty("id").GetInt64();
        var other = await s.SignInAsync("yx-approver");
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/api/cases/{id}", Ct)).StatusCode);
        foreach (var (path, body) in new (string, object)[]
        {
            ($"/api/cases/{id}/steps/complete", new { opinion = "越权意见" }),
            ($"/api/cases/{id}/decide", new { decision = "Granted" }),
            ($"/api/cases/{id}/special-procedure", new { procedure = "听证", reason = "越权" }),
        })
        {
            var response = await other.PostAsJsonAsync(path, body, Ct);
            Assert.Equal("case.out-of-scope", (await CaseScenario.RefusedAsync(response, HttpStatusCode.Forbidden)).Code);
        }
        var tasks = await CaseScenario.ListAllAsync(other, "/api/cases/tasks?list=mine");
        Assert.DoesNotContain(tasks, c => c.GetProperty("id").GetInt64() == id);
        var own = await s.GetAsync(await s.SignInAsync("approver"), id);
        Assert.Equal(["Submit", "AcceptWithDeferred"], CaseScenario.Actions(own));
    }

    [Fact]
    public async Task An_online_draft_is_the_applicants_own_until_it_is_submitted()
    {
        var s = new CaseScenario(Factory);
        var citizen = await s.SignInAsync(CaseScenario.Citizen);
        var id = (await s.StartAsync(citizen, await s.PublishItemAsync())).GetProperty("id").GetInt64();
        var uploaded = await CaseScenario.ReadAsync(await s.UploadAsync(citizen, id, 0, CaseScenario.Pdf("draft only " + Guid.NewGuid())));
        var sha = uploaded.GetProperty("materials")[0].GetProperty("files")[0].GetProperty("sha256").GetString();
        // Staff who handle cases, and staff who do not, alike: nothing to see, and the same 404 as for a missing id.
        foreach (var staff in new[] { "clerk", "approver", "supervisor", "th-admin", "agent" })
        {
            var who = await s.SignInAsync(staff);
            Assert.Equal("case.not-found", (await CaseScenario.RefusedAsync(await who.GetAsync($"/api/cases/{id}", Ct), HttpStatusCode.NotFound)).Code);
            Assert.Equal(HttpStatusCode.NotFound, (await who.GetAsync($"/api/cases/{id}/files/{sha}", Ct)).StatusCode);
        }
        await s.FillAsync(citizen, id);
        await s.PostAsync(citizen, $"/api/cases/{id}/submit");
        Assert.Equal("Submitted", (await s.GetAsync(await s.SignInAsync("clerk"), id)).GetProperty("state").GetString());
    }

    [Fact]
    public async Task The_audit_record_of_a_new_draft_names_its_item_and_keeps_no_address_id_tail_or_phone()
    {
        var s = new CaseScenario(Factory);
        var citizen = await s.SignInAsync(CaseScenario.Citizen);
        var id = (await s.StartAsync(citizen, await s.PublishItemAsync())).GetProperty("id").GetInt64().ToString();
        var admin = await s.SignInAsync("admin");
        var page = await admin.GetFromJsonAsync<System.Text.Json.JsonElement>(
            $"/api/audit?action=case.save-draft&target={Uri.EscapeDataString("新办件草稿")}", Ct);
        // Only this draft's record: on a shared database other tests' drafts belong to other applicants.
        var records = page.GetProperty("items").EnumerateArray().Where(r => r.GetProperty("changes").EnumerateArray()
            .Any(c => c.GetProperty("key").GetString() == id)).ToList();
        var record = Assert.Single(records);
        var text = System.Text.RegularExpressions.Regex.Unescape(record.GetRawText());
        Assert.StartsWith("新办件草稿（", record.GetProperty("target").GetString());
        Assert.Contains("张三", text);                  // who applied is recorded …
        Assert.DoesNotContain("385 号", text);          // … not the street number of their home
        Assert.DoesNotContain("071231", text);          // nor the ID tail, half of the public lookup's key
        Assert.DoesNotContain("13800138000", text);
        Assert.DoesNotContain(CaseScenario.Citizen, text);
    }

    [Fact]
    public async Task An_approver_cannot_act_as_the_window_clerk()
    {
        var s = new CaseScenario(Factory);
        var id = (await s.SubmittedAsync(await s.PublishItemAsync())).GetProperty("id").GetInt64();
        var approver = await s.SignInAsync("approver");
        var accept = await approver.PostAsJsonAsync($"/api/cases/{id}/accept", new { }, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, accept.StatusCode);
        var decide = await approver.PostAsJsonAsync($"/api/cases/{id}/decide", new { decision = "Granted" }, Ct);
        Assert.Equal("case.not-in-review", (await CaseScenario.RefusedAsync(decide, HttpStatusCode.Conflict)).Code);
    }

    [Fact]
    public async Task Another_applicant_gets_not_found_for_the_case_and_its_files()
    {
        var s = new CaseScenario(Factory);
        var submitted = await s.SubmittedAsync(await s.PublishItemAsync());
        var id = submitted.GetProperty("id").GetInt64();
        var sha = submitted.GetProperty("materials")[0].GetProperty("files")[0].GetProperty("sha256").GetString();
        var other = await s.SignInAsync(CaseScenario.OtherCitizen);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/cases/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/cases/{id}/files/{sha}", Ct)).StatusCode);
        var mine = await other.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/me/cases", Ct);
        Assert.DoesNotContain(mine.EnumerateArray(), c => c.GetProperty("id").GetInt64() == id);
        var edit = await other.PutAsJsonAsync($"/api/cases/{id}/draft", new { fields = new { shopName = "x" } }, Ct);
        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        var upload = await s.UploadAsync(other, id, 0, CaseScenario.Pdf("intruder"));
        Assert.Equal(HttpStatusCode.NotFound, upload.StatusCode);
    }

    [Fact]
    public async Task A_file_is_readable_only_by_those_who_may_read_its_case()
    {
        var s = new CaseScenario(Factory);
        var bytes = CaseScenario.Pdf("only for this case " + Guid.NewGuid());
        var citizen = await s.SignInAsync(CaseScenario.Citizen);
        var draft = await s.StartAsync(citizen, await s.PublishItemAsync());
        var id = draft.GetProperty("id").GetInt64();
        await s.FillAsync(citizen, id);
        var uploaded = await CaseScenario.ReadAsync(await s.UploadAsync(citizen, id, 0, bytes));
        var sha = uploaded.GetProperty("materials")[0].GetProperty("files")[0].GetProperty("sha256").GetString();
        await s.PostAsync(citizen, $"/api/cases/{id}/submit");
        var path = $"/api/cases/{id}/files/{sha}";

        foreach (var reader in new[] { CaseScenario.Citizen, "clerk", "approver" })
        {
            var response = await (await s.SignInAsync(reader)).GetAsync(path, Ct);
            Assert.True(response.IsSuccessStatusCode, $"{reader}: {(int)response.StatusCode}");
            Assert.Equal(bytes, await response.Content.ReadAsByteArrayAsync(Ct));
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await (await s.SignInAsync("yx-approver")).GetAsync(path, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await s.SignInAsync(CaseScenario.OtherCitizen)).GetAsync(path, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Factory.Anonymous().GetAsync(path, Ct)).StatusCode);

        // The same bytes attached to another applicant's case do not open this case's file to them.
        var other = await s.SignInAsync(CaseScenario.OtherCitizen);
        var theirs = await s.StartAsync(other, await s.PublishItemAsync());
        await s.UploadAsync(other, theirs.GetProperty("id").GetInt64(), 0, bytes);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(path, Ct)).StatusCode);
        Assert.True((await other.GetAsync($"/api/cases/{theirs.GetProperty("id").GetInt64()}/files/{sha}", Ct)).IsSuccessStatusCode);
    }
}
