using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Http;

public abstract class AuditTrailTests(OneStopFactory factory) : ApiTests(factory)
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Creating_a_department_writes_an_audit_record_naming_the_actor_and_the_change()
    {
        var name = "天河区审计测试局" + Guid.NewGuid().ToString("N")[..6];
        var admin = await Factory.SignedInAsync("th-admin");
        (await admin.PostAsJsonAsync("/api/departments", new { name, regionCode = "440106" }, Ct)).EnsureSuccessStatusCode();

        var page = await admin.GetFromJsonAsync<JsonElement>("/api/audit?action=department.create", Ct);
        var record = page.GetProperty("items").EnumerateArray().First(r => r.GetProperty("target").GetString()!.Contains(name));
        Assert.Equal("天河区系统管理员", record.GetProperty("actorName").GetString());
        Assert.Contains("SystemAdmin", record.GetProperty("actorRoles").GetString());
        Assert.Contains(name, record.GetProperty("summary").GetString());
        Assert.Equal("440106", record.GetProperty("regionCode").GetString());
    }

    [Fact]
    public async Task A_county_supervisor_sees_nothing_of_another_region_in_the_trail()
    {
        // 市级监察看得到区级记录；区级管理员看不到市级或越秀区的记录
        var county = await (await Factory.SignedInAsync("th-admin")).GetFromJsonAsync<JsonElement>("/api/audit", Ct);
        Assert.All(county.GetProperty("items").EnumerateArray(),
            r => Assert.StartsWith("440106", r.GetProperty("regionCode").GetString()));
    }

    [Fact]
    public async Task The_chain_verifies_and_an_edited_record_is_named_as_the_first_broken_one()
    {
        var admin = await Factory.SignedInAsync("admin");
        var ok = await admin.GetFromJsonAsync<JsonElement>("/api/audit/verify", Ct);
        Assert.True(ok.GetProperty("intact").GetBoolean());

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
    public async Task Roles_outside_supervision_cannot_read_the_trail()
    {
        var response = await (await Factory.SignedInAsync("approver")).GetAsync("/api/audit", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
