using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Cases.Domain;
using OneStop.Cases.Demo;
using OneStop.Cases.Persistence;
using OneStop.Catalog.Contracts;
using OneStop.Catalog.Items;
using OneStop.Platform.Demo;
using OneStop.Platform.Persistence;
using OneStop.Platform.Files;
using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;
using OneStop.Web.Hosting;

namespace OneStop.Tests.Cases;

public sealed class DemoCasesOnSqlite(SqliteFactory f) : DemoCasesTests(f), IClassFixture<SqliteFactory>;
public sealed class DemoCasesOnPostgres(PostgresFactory f) : DemoCasesTests(f), IClassFixture<PostgresFactory>;

/// <summary>
/// The demo's first start: every workbench shows real work — the clerk's pre-review queue, the approvers' tasks
/// (one overdue), 张三's 我的办件 — with cases in every state and one 一件事 running at two departments.
/// </summary>
public abstract class DemoCasesTests(OneStopFactory factory) : ApiTests(factory)
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<List<Case>> DemoCasesAsync() => Factory.WithScopeAsync(sp =>
        sp.GetRequiredService<CasesDbContext>().Cases.AsNoTracking().Include(c => c.History).ToListAsync(Ct));

    private async Task<List<JsonElement>> GetListAsync(string user, string path)
    {
        var client = await Factory.SignedInAsync(user);
        return path.StartsWith("/api/me/", StringComparison.Ordinal)
            ? [.. (await client.GetFromJsonAsync<JsonElement>(path, Ct)).EnumerateArray()]
            : await CaseScenario.ListAllAsync(client, path);
    }

    [Fact]
    public async Task The_demo_starts_with_a_case_in_every_state()
    {
        var cases = await DemoCasesAsync();
        Assert.Equal(Enum.GetValues<CaseState>().ToHashSet(), cases.Select(c => c.State).ToHashSet());
        // Built through the domain: every case has a history (a draft's is empty) and every submitted one a number.
        Assert.All(cases.Where(c => c.State != CaseState.Draft), c => Assert.NotEmpty(c.History));
        Assert.All(cases.Where(c => c.State != CaseState.Draft), c => Assert.Matches(@"^440106-\d{8}-\d{6}(-\d)?$", c.Number));
        Assert.Contains(cases, c => c.State == CaseState.Decided && c.Decision == Decision.Granted && c.Kind == CaseKind.Single);
        Assert.Contains(cases, c => c.State == CaseState.Decided && c.Decision == Decision.Denied);
        Assert.Contains(cases, c => c.Channel == CaseChannel.Window);
    }

    [Fact]
    public async Task The_clerk_finds_cases_waiting_for_pre_review_and_a_supplement()
    {
        var queue = await GetListAsync("clerk", "/api/cases/pre-review");
        var states = queue.Select(c => c.GetProperty("state").GetString()).ToList();
        Assert.True(states.Count(s => s == "Submitted") >= 2, string.Join(",", states));
        Assert.Contains("AwaitingSupplement", states);
    }

    [Fact]
    public async Task The_approver_has_tasks_one_due_soon_and_one_overdue()
    {
        var mine = await GetListAsync("approver", "/api/cases/tasks?list=mine");
        Assert.Contains(mine, c => c.GetProperty("state").GetString() == "ReviewSupplement");
        Assert.Contains(mine, c => c.GetProperty("state").GetString() == "SpecialProcedure");
        var overdue = await GetListAsync("approver", "/api/cases/tasks?list=overdue");
        Assert.Contains(overdue, c => c.GetProperty("overdue").GetBoolean() && c.GetProperty("itemName").GetString()!.Contains("变更登记"));
        Assert.NotEmpty(await GetListAsync("approver", "/api/cases/tasks?list=due-soon"));
        Assert.NotEmpty(await GetListAsync("rsj-approver", "/api/cases/tasks?list=mine"));
    }

    [Fact]
    public async Task Zhang_san_sees_his_cases_and_the_bundle_in_my_cases()
    {
        var mine = await GetListAsync(CaseScenario.Citizen, "/api/me/cases");
        var states = mine.Select(c => c.GetProperty("state").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "Draft", "AwaitingSupplement", "Decided", "Withdrawn", "InReview" }, states);
        Assert.Contains(mine, c => c.GetProperty("kindLabel").GetString() == "一件事（主件）");
        Assert.All(mine, c => Assert.Equal("张三", c.GetProperty("applicantName").GetString()));
    }

    [Fact]
    public async Task The_bundle_runs_at_two_departments_with_one_part_decided()
    {
        var cases = await DemoCasesAsync();
        var main = Assert.Single(cases, c => c.Kind == CaseKind.Bundle);
        var parts = cases.Where(c => c.ParentId == main.Id).ToList();
        Assert.Equal(3, parts.Count);
        Assert.Equal(2, parts.Select(p => p.DepartmentId).Distinct().Count());
        Assert.Single(parts, p => p.State == CaseState.Decided);
        Assert.Equal(CaseState.InReview, main.State);
        Assert.Contains(main.History, h => h.Action == CaseAction.PartDecided);

        // Each department sees its own part: 区城管局's approver has the 户外广告 part among the tasks.
        var cgj = await GetListAsync("cgj-approver", "/api/cases/tasks?list=mine");
        Assert.Contains(cgj, c => c.GetProperty("number").GetString()!.StartsWith(main.Number + "-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Demo_files_are_in_the_file_store_as_pdf_or_png()
    {
        var cases = await DemoCasesAsync();
        var files = cases.SelectMany(c => c.Materials).SelectMany(m => m.Files).ToList();
        Assert.NotEmpty(files);
        Assert.Contains(files, f => f.Kind == "PNG 图片");
        var store = Factory.Services.GetRequiredService<IFileStore>();
        foreach (var f in files)
        {
            await using var stream = store.Open(f.Sha256);
            Assert.NotNull(stream);
            var head = new byte[4];
            await stream.ReadExactlyAsync(head, Ct);
            Assert.True(head.AsSpan().SequenceEqual("%PDF"u8) || head.AsSpan().SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47 }), f.FileName);
        }
    }

    [Fact]
    public async Task A_second_approver_approves_the_demo_extension_its_requester_cannot()
    {
        var cases = await DemoCasesAsync();
        var pending = Assert.Single(cases, c => c.Extensions.Any(e => e.Status == ExtensionStatus.Pending));
        var approver = await Factory.SignedInAsync("approver");
        var own = await approver.PostAsJsonAsync($"/api/cases/{pending.Id}/extension/approve", new { opinion = "同意" }, Ct);
        Assert.Equal("case.extension-self-approval", (await Problem.ReadAsync(own)).Code);
        var second = await Factory.SignedInAsync("approver2");
        var approved = await second.PostAsJsonAsync($"/api/cases/{pending.Id}/extension/approve", new { opinion = "同意延期" }, Ct);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
    }

    [Fact]
    public async Task A_demo_item_with_a_miaopi_rule_gets_a_case_decided_by_the_rule()
    {
        // Its own installation: the demo cases are removed there and seeded again with one more item, which has a rule.
        await using var own = await Factory.WithOwnClockAsync();
        var s = new CaseScenario(own.Factory);
        var rule = new AutoDecisionRule("年满 60 周岁", [new RuleCondition(RuleSubjects.ApplicantAge, RuleTest.AtLeast, Min: 60, Label: "申请人年龄")]);
        var itemId = await s.PublishItemAsync(c => c with { AutoDecision = rule });
        var seeded = await own.Factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CasesDbContext>();
            await db.Database.ExecuteSqlRawAsync("DELETE FROM cases_events", Ct);
            await db.Database.ExecuteSqlRawAsync("DELETE FROM cases_cases", Ct);
            var code = (await sp.GetRequiredService<IServiceItemCatalog>().FindInForceAsync(itemId, DateOnly.FromDateTime(OneStopFactory.Now.AddHours(8).Date), Ct))!
                .ImplementationCode;
            var staff = await DemoStaff.ListAsync(sp.GetRequiredService<PlatformDbContext>(), Ct);
            return await CasesDemoSeed.RunAsync(sp, staff.Select(x => new DemoStaffMember(x.UserName, x.AccountId, x.Name, x.Role)).ToList(),
                [code], Ct);
        });
        Assert.True(seeded);
        var cases = await own.Factory.WithScopeAsync(sp =>
            sp.GetRequiredService<CasesDbContext>().Cases.AsNoTracking().Include(c => c.History).ToListAsync(Ct));
        var decided = Assert.Single(cases, c => c.DecidedByRule is not null);
        Assert.Equal("年满 60 周岁", decided.DecidedByRule);
        Assert.Equal("王五", decided.Applicant.Name);
        Assert.Equal(CaseState.Decided, decided.State);
        Assert.Equal(Decision.Granted, decided.Decision);
        Assert.Equal([CaseAction.Submit, CaseAction.AutoDecide], decided.History.OrderBy(h => h.Sequence).Select(h => h.Action));
    }

    [Fact]
    public async Task Seeding_the_demo_cases_again_adds_nothing()
    {
        var before = (await DemoCasesAsync()).Count;
        Assert.False(await Factory.WithScopeAsync(DatabasePreparation.SeedDemoCasesAsync));
        Assert.Equal(before, (await DemoCasesAsync()).Count);
    }
}
