using System.Net;
using OneStop.Tests.Cases;
using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Hotline.Tickets;

public sealed class ReturnsAndExtensionsOnSqlite(SqliteFactory f) : ReturnsAndExtensionsTests(f), IClassFixture<SqliteFactory>;
public sealed class ReturnsAndExtensionsOnPostgres(PostgresFactory f) : ReturnsAndExtensionsTests(f), IClassFixture<PostgresFactory>;

/// <summary>退单 within the signing limit and the dispatcher's decision; one 延期 per ticket, approved by the dispatcher.</summary>
public abstract class ReturnsAndExtensionsTests(OneStopFactory factory) : ApiTests(factory)
{
    [Fact]
    public async Task A_wrongly_dispatched_ticket_is_returned_and_dispatched_again_to_the_right_department()
    {
        var s = new HotlineScenario(Factory);
        var id = await s.DispatchedAsync();
        var returned = await s.PostAsync("handler", id, "return", new { reason = "占道经营不属于住建局职责，应由城管局处理" });
        Assert.Equal("退单待审", returned.GetProperty("stateName").GetString());
        var back = await s.PostAsync("dispatcher", id, "return/approve", new { note = "同意，改派城管" });
        Assert.Equal("待派单", back.GetProperty("stateName").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, back.GetProperty("departmentId").ValueKind);

        var again = await s.PostAsync("dispatcher", id, "dispatch", new { departmentId = await s.DepartmentIdAsync(HotlineScenario.UrbanManagement) });
        Assert.Equal(HotlineScenario.UrbanManagement, again.GetProperty("departmentName").GetString());
        // 住建局's handler no longer reaches it.
        var refused = await CaseScenario.RefusedAsync(await s.TryAsync("handler", id, "sign"), HttpStatusCode.Forbidden);
        Assert.Equal("hotline.out-of-scope", refused.Code);
    }

    [Fact]
    public async Task A_rejected_return_stays_with_the_department_which_must_sign_it()
    {
        var s = new HotlineScenario(Factory);
        var id = await s.DispatchedAsync();
        await s.PostAsync("handler", id, "return", new { reason = "非本单位职责" });
        var noReason = await CaseScenario.RefusedAsync(await s.TryAsync("dispatcher", id, "return/reject", new { note = "" }), HttpStatusCode.BadRequest);
        Assert.Equal("hotline.note-required", noReason.Code);
        var kept = await s.PostAsync("dispatcher", id, "return/reject", new { note = "供水管网属住建局监管范围，请签收办理" });
        Assert.Equal("待签收", kept.GetProperty("stateName").GetString());
        Assert.Equal("办理中", (await s.PostAsync("handler", id, "sign")).GetProperty("stateName").GetString());
    }

    [Fact]
    public async Task A_return_is_refused_after_signing()
    {
        var s = new HotlineScenario(Factory);
        var id = await s.HandlingAsync();
        var refused = await CaseScenario.RefusedAsync(await s.TryAsync("handler", id, "return", new { reason = "不是我们的" }), HttpStatusCode.Conflict);
        Assert.Equal("hotline.not-in-dispatched", refused.Code);
    }

    [Fact]
    public async Task A_return_is_refused_once_the_signing_limit_has_passed()
    {
        await using var own = await Factory.WithOwnClockAsync();
        var s = new HotlineScenario(own.Factory);
        var id = await s.DispatchedAsync(HotlineScenario.Complaint(urgency: "Critical"));
        own.Clock.Advance(TimeSpan.FromMinutes(16));
        var refused = await CaseScenario.RefusedAsync(await s.TryAsync("handler", id, "return", new { reason = "不是我们的" }), HttpStatusCode.Conflict);
        Assert.Equal("hotline.return-too-late", refused.Code);
        Assert.Equal("待签收", (await s.GetAsync(id)).GetProperty("stateName").GetString());
    }

    [Fact]
    public async Task One_extension_approved_by_the_dispatcher_moves_the_deadline_and_a_second_is_refused()
    {
        var s = new HotlineScenario(Factory);
        var id = await s.HandlingAsync();
        var before = (await s.GetAsync(id)).GetProperty("dueAt").GetDateTimeOffset();
        var tooLong = await CaseScenario.RefusedAsync(await s.TryAsync("handler", id, "extension", new { workdays = 11, reason = "工程量大" }), HttpStatusCode.BadRequest);
        Assert.Equal("hotline.extension-workdays", tooLong.Code);
        await s.PostAsync("handler", id, "extension", new { workdays = 3, reason = "需更换主管道，施工需要时间" });
        var selfApprove = await CaseScenario.RefusedAsync(await s.TryAsync("handler", id, "extension/approve", new { }), HttpStatusCode.Forbidden);
        Assert.Equal("auth.role-required", selfApprove.Code);
        var approved = await s.PostAsync("dispatcher", id, "extension/approve", new { note = "同意" });
        var after = approved.GetProperty("dueAt").GetDateTimeOffset();
        Assert.True(after > before.AddDays(2), $"{before} → {after}");
        Assert.True(approved.GetProperty("extension").GetProperty("approved").GetBoolean());
        var again = await CaseScenario.RefusedAsync(await s.TryAsync("handler", id, "extension", new { workdays = 2, reason = "还需时间" }), HttpStatusCode.Conflict);
        Assert.Equal("hotline.extension-once", again.Code);
    }

    [Fact]
    public async Task A_rejected_extension_keeps_the_deadline()
    {
        var s = new HotlineScenario(Factory);
        var id = await s.HandlingAsync();
        var before = (await s.GetAsync(id)).GetProperty("dueText").GetString();
        await s.PostAsync("handler", id, "extension", new { workdays = 5, reason = "人手不足" });
        var rejected = await s.PostAsync("dispatcher", id, "extension/reject", new { note = "人手不足不是延期理由" });
        Assert.Equal(before, rejected.GetProperty("dueText").GetString());
        Assert.False(rejected.GetProperty("extension").GetProperty("approved").GetBoolean());
    }

    [Fact]
    public async Task Overdue_tickets_are_urged_once_per_interval_and_at_most_three_times()
    {
        await using var own = await Factory.WithOwnClockAsync();
        var s = new HotlineScenario(own.Factory);
        var id = await s.DispatchedAsync(HotlineScenario.Complaint(urgency: "Urgent"));
        own.Clock.Advance(TimeSpan.FromMinutes(31));
        async Task<int> UrgeAsync() => await own.Factory.WithScopeAsync(sp =>
            Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<OneStop.Hotline.Tickets.Urging.OverdueUrging>(sp)
                .RunOnceAsync(TestContext.Current.CancellationToken));
        Assert.True(await UrgeAsync() >= 1);
        Assert.Equal(0, await UrgeAsync()); // not again within the interval
        for (var i = 0; i < 4; i++)
        {
            own.Clock.Advance(TimeSpan.FromHours(5));
            await UrgeAsync();
        }
        var view = await s.GetAsync(id);
        Assert.Equal(3, view.GetProperty("urgeLevel").GetInt32());
        Assert.Equal(3, HotlineScenario.Actions(view).Count(a => a == "Urge"));
        Assert.True(view.GetProperty("overdue").GetBoolean());
    }
}
