using System.Net;
using OneStop.Tests.Cases;
using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Hotline.Tickets;

public sealed class MergingAndSplittingOnSqlite(SqliteFactory f) : MergingAndSplittingTests(f), IClassFixture<SqliteFactory>;
public sealed class MergingAndSplittingOnPostgres(PostgresFactory f) : MergingAndSplittingTests(f), IClassFixture<PostgresFactory>;

/// <summary>
/// 并单: one ticket for the department, every requester linked to it, each getting the updates, the reply and their
/// own callback; 拆单 undoes a wrong merge.
/// </summary>
public abstract class MergingAndSplittingTests(OneStopFactory factory) : ApiTests(factory)
{
    [Fact]
    public async Task A_second_caller_merged_at_intake_gets_the_reply_and_a_callback_of_their_own()
    {
        var s = new HotlineScenario(Factory);
        var (phoneA, phoneB) = (HotlineScenario.NewPhone(), HotlineScenario.NewPhone());
        var first = await s.RegisterAsync(HotlineScenario.Complaint(phoneA));
        var id = first.GetProperty("ticketId").GetInt64();
        var second = await s.RegisterAsync(HotlineScenario.Complaint(phoneB, "天河路那边水管破了，水漫到人行道上，过不了人。", mergeInto: id));
        Assert.True(second.GetProperty("merged").GetBoolean());
        Assert.Equal(id, second.GetProperty("ticketId").GetInt64());
        Assert.NotEqual(first.GetProperty("requestNumber").GetString(), second.GetProperty("requestNumber").GetString());

        await s.PostAsync("dispatcher", id, "dispatch", new { departmentId = await s.DepartmentIdAsync(HotlineScenario.Housing) });
        await s.PostAsync("handler", id, "sign");
        var replied = await s.PostAsync("handler", id, "reply", new { text = "已抢修完毕。" });
        Assert.Equal(2, replied.GetProperty("requests").GetArrayLength());

        foreach (var (number, phone) in new[] { (first.GetProperty("requestNumber").GetString()!, phoneA), (second.GetProperty("requestNumber").GetString()!, phoneB) })
        {
            var lookup = await s.LookupAsync(number, phone);
            Assert.Equal("已抢修完毕。", lookup.GetProperty("replyText").GetString());
            Assert.Contains(lookup.GetProperty("updates").EnumerateArray(), u => u.GetProperty("message").GetString()!.Contains("住房和城乡建设局"));
        }

        // One callback each: the ticket closes after the second.
        var afterFirst = await s.PostAsync("agent", id, "callback", new { requestId = HotlineScenario.RequestId(replied, 0), result = "Satisfied" });
        Assert.Equal("待回访", afterFirst.GetProperty("stateName").GetString());
        var twice = await CaseScenario.RefusedAsync(await s.TryAsync("agent", id, "callback", new { requestId = HotlineScenario.RequestId(replied, 0), result = "Satisfied" }), HttpStatusCode.Conflict);
        Assert.Equal("hotline.callback-done", twice.Code);
        var closed = await s.PostAsync("agent", id, "callback", new { requestId = HotlineScenario.RequestId(replied, 1), result = "Satisfied" });
        Assert.Equal("已办结", closed.GetProperty("stateName").GetString());
        var lookupB = await s.LookupAsync(second.GetProperty("requestNumber").GetString()!, phoneB);
        Assert.Equal("满意", lookupB.GetProperty("callbackName").GetString());
        Assert.True(lookupB.GetProperty("merged").GetBoolean());
    }

    [Fact]
    public async Task Two_open_tickets_about_one_matter_are_merged_and_the_merged_one_follows_the_kept_one()
    {
        var s = new HotlineScenario(Factory);
        var kept = await s.DispatchedAsync();
        var phone = HotlineScenario.NewPhone();
        var other = await s.RegisterAsync(HotlineScenario.Complaint(phone, "天河路 385 号附近爆管"));
        var otherId = other.GetProperty("ticketId").GetInt64();
        var merged = await s.PostAsync("dispatcher", kept, "merge", new { sourceTicketId = otherId });
        Assert.Equal(2, merged.GetProperty("requests").GetArrayLength());
        var gone = await s.GetAsync(otherId);
        Assert.Equal("已并单", gone.GetProperty("stateName").GetString());
        Assert.Equal(kept, gone.GetProperty("mergedIntoId").GetInt64());
        var lookup = await s.LookupAsync(other.GetProperty("requestNumber").GetString()!, phone);
        Assert.Equal("待签收", lookup.GetProperty("stateName").GetString());

        var self = await CaseScenario.RefusedAsync(await s.TryAsync("dispatcher", kept, "merge", new { sourceTicketId = kept }), HttpStatusCode.Conflict);
        Assert.Equal("hotline.merge-self", self.Code);
    }

    [Fact]
    public async Task A_wrong_merge_is_split_again_and_the_request_waits_for_its_own_dispatch()
    {
        var s = new HotlineScenario(Factory);
        var kept = await s.DispatchedAsync();
        var phone = HotlineScenario.NewPhone();
        var wrong = await s.RegisterAsync(HotlineScenario.Complaint(phone, "天河路 385 号小区物业乱收停车费", mergeInto: kept));
        var view = await s.GetAsync(kept);
        var request = view.GetProperty("requests").EnumerateArray().First(r => r.GetProperty("number").GetString() == wrong.GetProperty("requestNumber").GetString());

        var opening = view.GetProperty("requests").EnumerateArray().First(r => r.GetProperty("number").GetString() == view.GetProperty("number").GetString());
        var founding = await CaseScenario.RefusedAsync(await s.TryAsync("dispatcher", kept, "split",
            new { requestId = opening.GetProperty("id").GetInt64(), reason = "误并" }), HttpStatusCode.Conflict);
        Assert.Equal("hotline.split-founding-request", founding.Code);

        var split = await s.PostAsync("dispatcher", kept, "split", new { requestId = request.GetProperty("id").GetInt64(), reason = "物业收费与爆管不是同一事项" });
        Assert.Equal("待派单", split.GetProperty("stateName").GetString());
        Assert.Equal(wrong.GetProperty("requestNumber").GetString(), split.GetProperty("number").GetString());
        Assert.Equal(1, (await s.GetAsync(kept)).GetProperty("requests").GetArrayLength());
        var lookup = await s.LookupAsync(wrong.GetProperty("requestNumber").GetString()!, phone);
        Assert.False(lookup.GetProperty("merged").GetBoolean());
        Assert.Contains(lookup.GetProperty("updates").EnumerateArray(), u => u.GetProperty("message").GetString()!.Contains("单独立单"));
    }

    [Fact]
    public async Task A_ticket_merged_away_comes_back_when_its_request_is_split_out()
    {
        var s = new HotlineScenario(Factory);
        var kept = await s.DispatchedAsync();
        var other = (await s.RegisterAsync(HotlineScenario.Complaint(text: "另一件事：天河路 385 号井盖缺失"))).GetProperty("ticketId").GetInt64();
        var merged = await s.PostAsync("dispatcher", kept, "merge", new { sourceTicketId = other });
        var moved = merged.GetProperty("requests")[1].GetProperty("id").GetInt64();
        var back = await s.PostAsync("dispatcher", kept, "split", new { requestId = moved, reason = "井盖缺失另案处理" });
        Assert.Equal(other, back.GetProperty("id").GetInt64());
        Assert.Equal("待派单", back.GetProperty("stateName").GetString());
        Assert.Equal(["Register", "MergeInto", "Split"], HotlineScenario.Actions(back));
    }
}
