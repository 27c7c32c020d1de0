using System.Net;
using System.Net.Http.Json;
using OneStop.Tests.Cases;
using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Hotline.Tickets;

public sealed class TicketLifecycleOnSqlite(SqliteFactory f) : TicketLifecycleTests(f), IClassFixture<SqliteFactory>;
public sealed class TicketLifecycleOnPostgres(PostgresFactory f) : TicketLifecycleTests(f), IClassFixture<PostgresFactory>;

/// <summary>A complaint from the call to the closing callback, step by step over HTTP, as the people of the hotline do it.</summary>
public abstract class TicketLifecycleTests(OneStopFactory factory) : ApiTests(factory)
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_complaint_is_registered_dispatched_signed_replied_called_back_and_closed()
    {
        var s = new HotlineScenario(Factory);
        var phone = HotlineScenario.NewPhone();
        var registered = await s.RegisterAsync(HotlineScenario.Complaint(phone));
        var number = registered.GetProperty("requestNumber").GetString()!;
        Assert.Matches(@"^12345-\d{8}-\d{6}$", number);
        Assert.Equal("待派单", registered.GetProperty("stateName").GetString());
        Assert.Contains(number, registered.GetProperty("acknowledgment").GetString());
        var id = registered.GetProperty("ticketId").GetInt64();

        var dispatched = await s.PostAsync("dispatcher", id, "dispatch", new { departmentId = await s.DepartmentIdAsync(HotlineScenario.Housing), note = "请核实" });
        Assert.Equal("待签收", dispatched.GetProperty("stateName").GetString());
        Assert.Equal(HotlineScenario.Housing, dispatched.GetProperty("departmentName").GetString());
        Assert.False(string.IsNullOrEmpty(dispatched.GetProperty("signDueText").GetString()));

        var signed = await s.PostAsync("handler", id, "sign");
        Assert.Equal("办理中", signed.GetProperty("stateName").GetString());
        var replied = await s.PostAsync("handler", id, "reply", new { text = "已关阀抢修，18 时恢复供水。" });
        Assert.Equal("待回访", replied.GetProperty("stateName").GetString());
        Assert.True(replied.GetProperty("repliedOnTime").GetBoolean());

        var closed = await s.PostAsync("agent", id, "callback", new { requestId = HotlineScenario.RequestId(replied, 0), result = "Satisfied" });
        Assert.Equal("已办结", closed.GetProperty("stateName").GetString());
        Assert.Equal("回访满意", closed.GetProperty("closedHow").GetString());
        Assert.Equal(["Register", "Dispatch", "Sign", "Reply", "RecordCallback", "Close"], HotlineScenario.Actions(closed));

        var lookup = await s.LookupAsync(number, phone);
        Assert.Equal("已办结", lookup.GetProperty("stateName").GetString());
        Assert.Equal("已关阀抢修，18 时恢复供水。", lookup.GetProperty("replyText").GetString());
        Assert.Contains(lookup.GetProperty("updates").EnumerateArray(), u => u.GetProperty("message").GetString()!.Contains("已转交"));
        Assert.True((await s.People.AuditVerifyAsync()).GetProperty("intact").GetBoolean());
    }

    [Fact]
    public async Task A_consultation_answered_from_the_knowledge_base_is_closed_on_the_spot_and_counts_as_first_call_resolution()
    {
        var s = new HotlineScenario(Factory);
        var result = await s.RegisterAsync(new
        {
            type = "Consultation", text = "请问灵活就业人员怎么在天河区参加社保？", requesterName = "李女士", phone = HotlineScenario.NewPhone(),
            regionCode = HotlineScenario.Tianhe, answerNow = "可携带身份证到区政务服务中心社保窗口或通过粤省事办理灵活就业参保登记。",
        });
        Assert.Equal("已办结", result.GetProperty("stateName").GetString());
        var view = await s.GetAsync(result.GetProperty("ticketId").GetInt64(), "agent");
        Assert.True(view.GetProperty("firstCallResolved").GetBoolean());
        Assert.Equal("直接办结", view.GetProperty("closedHow").GetString());
    }

    [Fact]
    public async Task A_complaint_cannot_be_closed_on_the_spot_it_must_be_dispatched()
    {
        var s = new HotlineScenario(Factory);
        var id = (await s.RegisterAsync()).GetProperty("ticketId").GetInt64();
        var refused = await CaseScenario.RefusedAsync(await s.TryAsync("agent", id, "close-directly", new { answer = "已知悉" }), HttpStatusCode.Conflict);
        Assert.Equal("hotline.cannot-close-directly", refused.Code);
        Assert.Equal("待派单", (await s.GetAsync(id)).GetProperty("stateName").GetString());
    }

    [Fact]
    public async Task An_emergency_is_handed_over_to_119_with_who_and_when_recorded()
    {
        var s = new HotlineScenario(Factory);
        var result = await s.RegisterAsync(new
        {
            type = "Help", text = "石牌东路 28 号 3 楼冒出浓烟，有人被困！", phone = HotlineScenario.NewPhone(), regionCode = HotlineScenario.Tianhe,
            handOverTo = "Fire119", handOverNote = "已三方通话转 119",
        });
        Assert.Equal("已移交", result.GetProperty("stateName").GetString());
        var view = await s.GetAsync(result.GetProperty("ticketId").GetInt64(), "agent");
        Assert.Equal("119 消防", view.GetProperty("handOverServiceName").GetString());
        Assert.Equal("12345 坐席 赵云", view.GetProperty("handOver").GetProperty("by").GetString());
    }

    [Fact]
    public async Task Unsatisfied_once_reopens_the_ticket_and_unsatisfied_again_goes_to_the_supervisor()
    {
        var s = new HotlineScenario(Factory);
        var id = await s.RepliedAsync();
        var request = HotlineScenario.RequestId(await s.GetAsync(id), 0);
        var reopened = await s.PostAsync("agent", id, "callback", new { requestId = request, result = "Unsatisfied", comment = "至今仍未恢复供水" });
        Assert.Equal("办理中", reopened.GetProperty("stateName").GetString());
        Assert.Equal(1, reopened.GetProperty("reopenCount").GetInt32());

        await s.PostAsync("handler", id, "reply", new { text = "已更换破损管段，今日恢复供水。" });
        var escalated = await s.PostAsync("agent", id, "callback", new { requestId = request, result = "Unsatisfied", comment = "水压仍然不足" });
        Assert.Equal("监察督办", escalated.GetProperty("stateName").GetString());

        var refused = await CaseScenario.RefusedAsync(await s.TryAsync("dispatcher", id, "supervisor-close", new { opinion = "结案" }), HttpStatusCode.Forbidden);
        Assert.Equal("auth.role-required", refused.Code);
        var closed = await s.PostAsync("supervisor", id, "supervisor-close", new { opinion = "经核实已恢复正常供水，水压问题另行答复。" });
        Assert.Equal("已办结", closed.GetProperty("stateName").GetString());
        Assert.Equal("监察结案", closed.GetProperty("closedHow").GetString());
    }

    [Fact]
    public async Task The_supervisor_can_send_an_escalated_ticket_back_with_a_new_limit()
    {
        var s = new HotlineScenario(Factory);
        var id = await s.RepliedAsync();
        var request = HotlineScenario.RequestId(await s.GetAsync(id), 0);
        await s.PostAsync("agent", id, "callback", new { requestId = request, result = "Unsatisfied", comment = "未解决" });
        await s.PostAsync("handler", id, "reply", new { text = "再次处理。" });
        await s.PostAsync("agent", id, "callback", new { requestId = request, result = "Unsatisfied", comment = "仍未解决" });
        var back = await s.PostAsync("supervisor", id, "reassign", new { opinion = "请住建局主要负责人督办，3 日内彻底解决。" });
        Assert.Equal("办理中", back.GetProperty("stateName").GetString());
        Assert.Equal("Reassign", HotlineScenario.Actions(back).Last());
    }

    [Fact]
    public async Task A_reply_with_a_photo_keeps_the_file_and_the_department_can_download_it()
    {
        var s = new HotlineScenario(Factory);
        var id = await s.HandlingAsync();
        var handler = await s.SignInAsync("handler");
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent("现场已修复，见照片。"), "text");
        var png = new ByteArrayContent([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3]);
        form.Add(png, "files", "../../现场照片.png");
        var view = await CaseScenario.ReadAsync(await handler.PostAsync($"/api/hotline/tickets/{id}/reply-with-files", form, Ct));
        var file = view.GetProperty("reply").GetProperty("attachments")[0];
        Assert.Equal("现场照片.png", file.GetProperty("fileName").GetString());
        var download = await handler.GetAsync($"/api/hotline/tickets/{id}/attachments/{file.GetProperty("sha256").GetString()}", Ct);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("image/png", download.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_anonymous_report_is_closed_at_the_reply_since_nobody_can_be_called_back()
    {
        var s = new HotlineScenario(Factory);
        var id = await s.RepliedAsync(new
        {
            type = "Report", text = "某小区地下室有人违规群租，消防通道堵塞。", anonymous = true, regionCode = HotlineScenario.Tianhe,
        });
        var view = await s.GetAsync(id);
        Assert.Equal("已办结", view.GetProperty("stateName").GetString());
        Assert.Equal("匿名", view.GetProperty("requests")[0].GetProperty("requesterName").GetString());
    }
}
