using OneStop.Hotline;
using OneStop.Hotline.Tickets.Domain;
using OneStop.Hotline.Tickets.Persistence;
using OneStop.Platform.Audit;
using OneStop.Platform.Errors;

namespace OneStop.Tests.Hotline.Tickets;

/// <summary>The ticket state table, row by row and pair by pair, and the names every action is audited and shown with.</summary>
public sealed class TicketTransitionsTests
{
    public static TheoryData<TicketState, TicketAction, TicketState> Rows()
    {
        var data = new TheoryData<TicketState, TicketAction, TicketState>();
        foreach (var t in TicketTransitions.All) data.Add(t.From, t.Action, t.To);
        return data;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Each_row_of_the_table_leads_where_it_says(TicketState from, TicketAction action, TicketState to) =>
        Assert.Equal(to, TicketTransitions.Next(from, action));

    [Fact]
    public void Every_other_pair_is_refused_with_409_and_a_stable_code()
    {
        var refused = 0;
        foreach (var from in Enum.GetValues<TicketState>())
        foreach (var action in Enum.GetValues<TicketAction>())
        {
            if (TicketTransitions.All.Any(t => t.From == from && t.Action == action)) continue;
            var e = Assert.Throws<BusinessRuleException>(() => TicketTransitions.Next(from, action));
            Assert.Equal(409, e.Status);
            Assert.Matches(@"^hotline\.(not-in|cannot)-[a-z-]+$", e.Code);
            Assert.Contains(from.Chinese(), e.Title);
            refused++;
        }
        Assert.True(refused > 150, $"only {refused} refused pairs: is the loop still covering the table?");
    }

    [Fact]
    public void Final_states_allow_nothing_but_a_split_out_of_a_merge()
    {
        foreach (var action in Enum.GetValues<TicketAction>())
        {
            Assert.False(TicketTransitions.IsAllowed(TicketState.Closed, action), $"closed ticket allows {action}");
            Assert.False(TicketTransitions.IsAllowed(TicketState.HandedOver, action), $"handed-over ticket allows {action}");
            Assert.Equal(action == TicketAction.Split, TicketTransitions.IsAllowed(TicketState.Merged, action));
        }
    }

    [Fact]
    public void Every_action_has_a_chinese_name_and_an_audit_name()
    {
        foreach (var action in Enum.GetValues<TicketAction>())
        {
            Assert.NotEqual("其他", action.Chinese());
            Assert.True(HotlineAuditWords.Words.Actions.ContainsKey(TicketWrites.AuditAction(action)), $"{TicketWrites.AuditAction(action)} has no name in the hotline's audit words");
        }
        foreach (var state in Enum.GetValues<TicketState>()) Assert.NotEqual("未知", state.Chinese());
    }
}
