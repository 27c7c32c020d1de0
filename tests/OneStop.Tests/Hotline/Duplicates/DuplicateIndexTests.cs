using OneStop.Hotline.Duplicates;

namespace OneStop.Tests.Hotline.Duplicates;

/// <summary>The index the ticket feed keeps: add, update, remove, propose; county and time window; concurrent use.</summary>
public sealed class DuplicateIndexTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(8));

    private static MatterRecord Open(string number, string text, string region = "440106", double daysAgo = 1, string? category = "010216") =>
        new(Guid.NewGuid(), number, text, category, region, null, null, null, Now.AddDays(-daysAgo));

    private static MatterRecord Incoming(string text, string region = "440106") =>
        new(Guid.NewGuid(), "", text, null, region, null, null, null, Now);

    private static (DuplicateIndex Index, DuplicateFinder Finder) Empty()
    {
        var index = new DuplicateIndex();
        return (index, new DuplicateFinder(index));
    }

    [Fact]
    public void An_open_burst_main_is_proposed_to_the_agent_registering_the_outage_best_first()
    {
        var (index, finder) = Empty();
        var burst = Open("GD001", "棠下村二社这边自来水管爆了，路面一直在冒水，水流到马路上。");
        index.Add(burst);
        index.Add(Open("GD002", "棠下村二社巷子口垃圾堆了好几天没人清运，天气热发臭。", category: "010214"));
        index.Add(Open("GD003", "骏景花园一下大雨地库就水浸，好几辆车被淹。", category: "010212"));

        var proposals = finder.Propose(Incoming("我家在棠下村二社，从早上开始停水，听说是外面的供水管爆裂了。"), 5);

        Assert.NotEmpty(proposals);
        Assert.Equal(burst.TicketId, proposals[0].TicketId);
        Assert.Equal("GD001", proposals[0].Number);
        Assert.True(proposals[0].SameMatter);
        Assert.DoesNotContain(proposals, p => p.Number == "GD003");
        Assert.Equal(proposals.OrderByDescending(p => p.Score).Select(p => p.Score), proposals.Select(p => p.Score));
    }

    [Fact]
    public void A_closed_ticket_removed_from_the_index_is_no_longer_proposed()
    {
        var (index, finder) = Empty();
        var burst = Open("GD010", "东圃二马路地下水管爆了，马路中间一直往外喷水。");
        index.Add(burst);
        var incoming = Incoming("东圃二马路那边路面突然冒水，像是给水管破了。");
        Assert.Contains(finder.Propose(incoming, 5), p => p.TicketId == burst.TicketId);

        Assert.True(index.Remove(burst.TicketId));

        Assert.DoesNotContain(finder.Propose(incoming, 5), p => p.TicketId == burst.TicketId);
        Assert.False(index.Remove(burst.TicketId));
        Assert.Equal(0, index.Count);
    }

    [Fact]
    public void An_updated_ticket_is_proposed_for_its_new_text_only()
    {
        var (index, finder) = Empty();
        var ticket = Open("GD020", "五山路烧烤店油烟直接排放，楼上住户窗户都不敢开。", category: "040206");
        index.Add(ticket);
        index.Update(ticket with { Text = "龙洞小学门口早上车辆乱停，学生过马路很危险。", CategoryCode = "140206" });

        Assert.Equal(1, index.Count);
        Assert.DoesNotContain(finder.Propose(Incoming("五山路那家烧烤夜宵店的油烟熏到整栋楼。"), 5), p => p.TicketId == ticket.TicketId);
        Assert.Contains(finder.Propose(Incoming("龙洞小学放学时门口车太多乱停乱放，孩子很危险。"), 5), p => p.TicketId == ticket.TicketId);
    }

    [Fact]
    public void Matters_of_another_county_or_older_than_the_window_are_not_proposed()
    {
        var (index, finder) = Empty();
        const string text = "昌岗中路这一片从昨晚开始没水，到现在还没恢复，也没有停水通知。";
        index.Add(Open("GD030", text, region: "440105", daysAgo: 40));
        index.Add(Open("GD031", text, region: "440106", daysAgo: 1));
        var recent = Open("GD032", text, region: "440105", daysAgo: 2);
        index.Add(recent);

        var proposals = finder.Propose(Incoming("昌岗中路的居民楼全部停水了，一滴水都没有。", region: "440105"), 5);

        Assert.Equal(["GD032"], proposals.Select(p => p.Number));
    }

    [Fact]
    public void At_most_the_asked_number_of_proposals_come_back()
    {
        var (index, finder) = Empty();
        for (var i = 0; i < 8; i++) index.Add(Open($"GD04{i}", "科韵路那边消火栓被撞断，一直在喷水，请自来水公司关阀。"));
        Assert.Equal(3, finder.Propose(Incoming("科韵路消防栓被车撞了，水柱喷得好高。"), 3).Count);
    }

    [Fact]
    public async Task Agents_propose_while_the_feed_adds_and_removes_without_losing_a_record()
    {
        var (index, finder) = Empty();
        var incoming = Incoming("石牌东路一带频繁跳闸停电，一会来电一会断。");
        var writers = Enumerable.Range(0, 4).Select(w => Task.Run(() =>
        {
            for (var i = 0; i < 500; i++)
            {
                var record = Open($"W{w}-{i}", "石牌东路小区反复停电一天了，供电局说在抢修。", category: "010215");
                index.Add(record);
                if (i % 2 == 0) index.Remove(record.TicketId);
            }
        }));
        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < 200; i++) finder.Propose(incoming, 5);
        }));
        await Task.WhenAll(writers.Concat(readers));

        Assert.Equal(4 * 250, index.Count);
        Assert.Equal(5, finder.Propose(incoming, 5).Count);
    }
}
