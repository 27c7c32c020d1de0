using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Platform.Audit;
using OneStop.Platform.Persistence;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Http;

public abstract class AuditTrailTests(OneStopFactory factory) : ApiTests(factory)
{
    private const string LiSi = "440106198511124569"; // demo citizen 李四 (天河区)
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    private static IEnumerable<JsonElement> Items(JsonElement page) => page.GetProperty("items").EnumerateArray();

    [Fact]
    public async Task Creating_a_department_writes_a_record_naming_the_actor_and_each_changed_field_in_chinese()
    {
        var name = "天河区审计测试局" + Guid.NewGuid().ToString("N")[..6];
        var admin = await Factory.SignedInAsync("th-admin");
        (await admin.PostAsJsonAsync("/api/departments", new { name, regionCode = "440106" }, Ct)).EnsureSuccessStatusCode();

        var page = await admin.GetFromJsonAsync<JsonElement>("/api/audit?action=department.create", Ct);
        var record = Items(page).First(r => r.GetProperty("target").GetString()!.Contains(name));
        Assert.Equal("天河区系统管理员", record.GetProperty("actorName").GetString());
        Assert.Equal("系统管理员", record.GetProperty("actorRoles").GetString());
        Assert.Equal("新建部门", record.GetProperty("actionName").GetString());
        Assert.Equal("440106", record.GetProperty("regionCode").GetString());
        var change = record.GetProperty("changes").EnumerateArray().Single();
        Assert.Equal("新增", change.GetProperty("operation").GetString());
        Assert.Equal("部门", change.GetProperty("entity").GetString());
        Assert.Contains($"名称：{name}", change.GetProperty("fields").EnumerateArray().Select(x => x.GetString()));
        Assert.EndsWith("+08:00", record.GetProperty("occurredAt").GetString()); // Beijing time
    }

    [Fact]
    public async Task A_county_administrator_sees_the_sign_ins_of_their_region_and_none_of_another()
    {
        await Factory.SignedInAsync(LiSi);          // 天河区 citizen
        await Factory.SignedInAsync("yx-approver"); // 越秀区 staff
        var county = await (await Factory.SignedInAsync("th-admin")).GetFromJsonAsync<JsonElement>("/api/audit?action=auth.sign-in", Ct);
        var items = Items(county).ToList();
        Assert.NotEmpty(items);
        Assert.All(items, r => Assert.StartsWith("440106", r.GetProperty("regionCode").GetString()));
        Assert.Contains(items, r => r.GetProperty("target").GetString() == "账号 440106********4569");
        Assert.DoesNotContain(items, r => r.GetProperty("target").GetString() == "账号 yx-approver");

        var province = await (await Factory.SignedInAsync("admin")).GetFromJsonAsync<JsonElement>("/api/audit?action=auth.sign-in&target=yx-approver", Ct);
        Assert.Contains(Items(province), r => r.GetProperty("regionCode").GetString() == "440104");
    }

    [Fact]
    public async Task The_second_page_holds_the_next_older_records_with_the_total()
    {
        await Factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            for (var i = 0; i < BrowseAuditTrail.PageSize + 5; i++)
            {
                db.Audit("calendar.change-day", $"分页测试 {i}");
                await db.SaveChangesAsync(Ct);
            }
            return 0;
        });
        var admin = await Factory.SignedInAsync("admin");
        var first = await admin.GetFromJsonAsync<JsonElement>("/api/audit?target=分页测试", Ct);
        var second = await admin.GetFromJsonAsync<JsonElement>("/api/audit?target=分页测试&page=2", Ct);
        Assert.Equal(BrowseAuditTrail.PageSize + 5, first.GetProperty("total").GetInt32());
        Assert.Equal(2, first.GetProperty("pageCount").GetInt32());
        Assert.Equal(BrowseAuditTrail.PageSize, Items(first).Count());
        Assert.Equal(5, Items(second).Count());
        Assert.True(Items(second).First().GetProperty("sequence").GetInt64() < Items(first).Last().GetProperty("sequence").GetInt64());

        var html1 = await admin.GetStringAsync("/admin/audit?target=分页测试", Ct);
        var html2 = await admin.GetStringAsync("/admin/audit?target=分页测试&page=2", Ct);
        Assert.Contains("分页测试 54", html1);
        Assert.DoesNotContain("分页测试 54", html2);
        Assert.Contains("分页测试 0<", html2);
        Assert.Contains("第 2 / 2 页", html2);
    }

    [Fact]
    public async Task The_time_filter_reads_beijing_dates()
    {
        var admin = await Factory.SignedInAsync("admin"); // signs in at 2026-11-23 09:00 Beijing time (pinned clock)
        var today = await admin.GetFromJsonAsync<JsonElement>("/api/audit?from=2026-11-23&to=2026-11-23&action=auth.sign-in", Ct);
        Assert.NotEmpty(Items(today));
        var before = await admin.GetFromJsonAsync<JsonElement>("/api/audit?to=2026-11-22&action=auth.sign-in", Ct);
        Assert.Empty(Items(before));
    }

    [Theory]
    [InlineData("from=0001-01-01", "from")]
    [InlineData("to=9999-12-31", "to")]
    [InlineData("from=2026-13-01", "from")]
    [InlineData("from=2026-11-24&to=2026-11-23", "to")]
    [InlineData("page=0", "page")]
    [InlineData("page=-3", "page")]
    [InlineData("kind=everything", "kind")]
    [InlineData("actor=%3Cscript%3E", "actor")]
    public async Task A_bad_filter_is_refused_with_the_field_named(string query, string field)
    {
        var response = await (await Factory.SignedInAsync("admin")).GetAsync("/api/audit?" + query, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await Problem.ReadAsync(response);
        Assert.True(problem.HasFieldError(field), problem.Body.ToString());
    }

    [Fact]
    public async Task A_page_number_that_is_not_a_number_is_a_bad_request()
    {
        var response = await (await Factory.SignedInAsync("admin")).GetAsync("/api/audit?page=abc", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await Problem.ReadAsync(response);
    }

    [Fact]
    public async Task The_audit_page_shows_chinese_action_names_and_field_changes_not_codes_or_json()
    {
        var admin = await Factory.SignedInAsync("th-admin");
        (await admin.PostAsJsonAsync("/api/departments", new { name = "页面审计测试局" + Guid.NewGuid().ToString("N")[..4], regionCode = "440106" }, Ct)).EnsureSuccessStatusCode();
        var html = await admin.GetStringAsync("/admin/audit", Ct);
        var body = html[html.IndexOf("<tbody>", StringComparison.Ordinal)..html.IndexOf("</tbody>", StringComparison.Ordinal)];
        Assert.Contains("新建部门", body);
        Assert.Contains("登录", body);
        Assert.Contains("名称：页面审计测试局", body);
        Assert.DoesNotContain("department.create", body);
        Assert.DoesNotContain("auth.sign-in", body);
        Assert.DoesNotContain("\"entity\"", body);
        Assert.DoesNotContain("SystemAdmin", body);
    }

    [Fact]
    public async Task Sign_in_records_mask_the_resident_id_used_as_user_name()
    {
        await Factory.SignedInAsync(LiSi);
        await Factory.Anonymous().PostAsJsonAsync("/api/auth/login", new { userName = LiSi, password = "wrong-password1" }, Ct);
        var leaked = await Factory.WithDbAsync(async db =>
            await db.AuditRecords.CountAsync(r => r.Target.Contains(LiSi) || r.Summary.Contains(LiSi), Ct)
            + await db.SecurityEvents.CountAsync(r => r.Target.Contains(LiSi) || r.Summary.Contains(LiSi), Ct));
        Assert.Equal(0, leaked);
        Assert.True(await Factory.WithDbAsync(db => db.AuditRecords.AnyAsync(r => r.Target == "账号 440106********4569", Ct)));
        Assert.True(await Factory.WithDbAsync(db => db.SecurityEvents.AnyAsync(r => r.Target == "账号 440106********4569", Ct)));
    }

    [Fact]
    public async Task A_registration_record_masks_the_resident_id_and_the_phone_number()
    {
        var id = TestIds.ResidentId();
        (await Factory.Anonymous().PostAsJsonAsync("/api/accounts/citizens", new
        {
            realName = "王审计", residentId = id, password = "Register2026!", phone = "13912345678", regionCode = "440106",
        }, Ct)).EnsureSuccessStatusCode();
        var record = await Factory.WithDbAsync(db => db.AuditRecords.OrderByDescending(r => r.Sequence)
            .FirstAsync(r => r.Action == "account.register-citizen", Ct));
        Assert.DoesNotContain(id, record.Target + record.Summary);
        Assert.DoesNotContain("13912345678", record.Summary);
        Assert.Contains("139****5678", record.Summary);
        Assert.Equal("440106", record.RegionCode); // the new account's region, though the actor is anonymous
    }

    [Fact]
    public async Task A_failed_sign_in_goes_to_the_security_chain_and_leaves_the_business_chain_alone()
    {
        var before = await Factory.WithDbAsync(db => db.Set<AuditHead>().AsNoTracking().ToListAsync(Ct));
        await Factory.Anonymous().PostAsJsonAsync("/api/auth/login", new { userName = "nobody-" + Guid.NewGuid().ToString("N")[..6], password = "x-password-1" }, Ct);
        await Factory.Anonymous().PostAsJsonAsync("/api/auth/login", new { userName = "hall", password = "wrong-password1" }, Ct);
        var after = await Factory.WithDbAsync(db => db.Set<AuditHead>().AsNoTracking().ToListAsync(Ct));
        Assert.Equal(before.Single(h => h.Id == AuditHead.Business).Sequence, after.Single(h => h.Id == AuditHead.Business).Sequence);
        Assert.Equal(before.Single(h => h.Id == AuditHead.Security).Sequence + 2, after.Single(h => h.Id == AuditHead.Security).Sequence);

        var page = await (await Factory.SignedInAsync("admin")).GetFromJsonAsync<JsonElement>("/api/audit?kind=security", Ct);
        Assert.Contains(Items(page), r => r.GetProperty("actionName").GetString() == "登录失败" && r.GetProperty("target").GetString() == "账号 hall");
    }

    [Fact]
    public async Task Awkward_text_is_stored_as_hashed_and_the_chain_still_verifies()
    {
        var awkward = "名称\u0000截断 😀𠮷 " + new string('长', 400);
        var sequence = await Factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            db.Audit("catalog.edit-draft", "事项 " + awkward, "子项名称：" + awkward + new string('文', 20_000));
            await db.SaveChangesAsync(Ct);
            // The answer does not wait for the sealing round its commit asked for; a reader of the chain does.
            await sp.GetRequiredService<OneStop.Platform.Audit.AuditSealer>().SealAsync(Ct);
            return await db.AuditRecords.MaxAsync(r => r.Sequence, Ct);
        });
        var stored = await Factory.WithDbAsync(db => db.AuditRecords.SingleAsync(r => r.Sequence == sequence, Ct));
        Assert.Contains("😀𠮷", stored.Target);
        Assert.DoesNotContain('\u0000', stored.Target + stored.Summary);
        Assert.True(stored.Summary.Length > 20_000);
        var verify = await (await Factory.SignedInAsync("admin")).GetFromJsonAsync<JsonElement>("/api/audit/verify", Ct);
        Assert.True(verify.GetProperty("intact").GetBoolean(), verify.ToString());
    }

    [Fact]
    public async Task The_chain_verifies_and_an_edited_record_is_named_as_the_first_broken_one()
    {
        var admin = await Factory.SignedInAsync("admin");
        var ok = await admin.GetFromJsonAsync<JsonElement>("/api/audit/verify", Ct);
        Assert.True(ok.GetProperty("intact").GetBoolean(), ok.ToString());

        var victim = await Factory.WithDbAsync(db => db.AuditRecords.OrderBy(r => r.Sequence).Skip(1).Select(r => new { r.Sequence, r.Summary }).FirstAsync(Ct));
        await Factory.WithDbAsync(db => db.AuditRecords.Where(r => r.Sequence == victim.Sequence)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Summary, "篡改"), Ct));
        try
        {
            var broken = await admin.GetFromJsonAsync<JsonElement>("/api/audit/verify", Ct);
            Assert.False(broken.GetProperty("intact").GetBoolean());
            Assert.Equal(victim.Sequence, broken.GetProperty("firstBrokenSequence").GetInt64());
        }
        finally
        {
            // Put the evidence back so the other tests of this class see an intact chain.
            await Factory.WithDbAsync(db => db.AuditRecords.Where(r => r.Sequence == victim.Sequence)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Summary, victim.Summary), Ct));
        }
    }

    [Fact]
    public async Task An_edited_security_event_breaks_the_security_chain()
    {
        await Factory.Anonymous().PostAsJsonAsync("/api/auth/login", new { userName = "hall", password = "wrong-password1" }, Ct);
        var victim = await Factory.WithDbAsync(db => db.SecurityEvents.OrderByDescending(r => r.Sequence).Select(r => new { r.Sequence, r.Target }).FirstAsync(Ct));
        await Factory.WithDbAsync(db => db.SecurityEvents.Where(r => r.Sequence == victim.Sequence)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Target, "账号 someone-else"), Ct));
        try
        {
            var broken = await (await Factory.SignedInAsync("admin")).GetFromJsonAsync<JsonElement>("/api/audit/verify", Ct);
            Assert.False(broken.GetProperty("intact").GetBoolean());
            Assert.Equal("安全事件", broken.GetProperty("brokenChain").GetString());
            Assert.Equal(victim.Sequence, broken.GetProperty("firstBrokenSequence").GetInt64());
        }
        finally
        {
            await Factory.WithDbAsync(db => db.SecurityEvents.Where(r => r.Sequence == victim.Sequence)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Target, victim.Target), Ct));
        }
    }

    [Fact]
    public async Task Roles_outside_supervision_cannot_read_the_trail()
    {
        var response = await (await Factory.SignedInAsync("approver")).GetAsync("/api/audit", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
