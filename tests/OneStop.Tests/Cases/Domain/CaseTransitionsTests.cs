using OneStop.Cases;
using OneStop.Cases.Domain;
using OneStop.Cases.Persistence;
using OneStop.Platform.Audit;
using OneStop.Platform.Errors;

namespace OneStop.Tests.Cases.Domain;

/// <summary>The state table, transition by transition: each allowed move, and every other pair refused with its code.</summary>
public sealed class CaseTransitionsTests
{
    public static TheoryData<CaseState, CaseAction, CaseState> Allowed()
    {
        var data = new TheoryData<CaseState, CaseAction, CaseState>();
        foreach (var t in CaseTransitions.All) data.Add(t.From, t.Action, t.To);
        return data;
    }

    [Theory]
    [MemberData(nameof(Allowed))]
    public void An_allowed_action_leads_to_its_state(CaseState from, CaseAction action, CaseState to) =>
        Assert.Equal(to, CaseTransitions.Next(from, action));

    [Fact]
    public void Every_other_action_is_refused_with_409_and_a_stable_code()
    {
        var refused = 0;
        foreach (var from in Enum.GetValues<CaseState>())
        foreach (var action in Enum.GetValues<CaseAction>())
        {
            if (CaseTransitions.IsAllowed(from, action)) continue;
            var e = Assert.IsType<BusinessRuleException>(Record.Exception(() => CaseTransitions.Next(from, action)));
            Assert.Equal(409, e.Status);
            Assert.StartsWith("case.", e.Code);
            Assert.Contains(from.Chinese(), e.Title);
            refused++;
        }
        Assert.True(refused > 100, $"only {refused} refusals: the table allows too much");
    }

    [Fact]
    public void Accepting_outside_pre_review_says_the_case_is_not_in_pre_review()
    {
        var e = Assert.IsType<BusinessRuleException>(Record.Exception(() => CaseTransitions.Next(CaseState.InReview, CaseAction.Accept)));
        Assert.Equal("case.not-in-pre-review", e.Code);
        Assert.Equal("办件当前状态为“审查中”，不能受理", e.Title);
    }

    [Theory]
    [InlineData(CaseState.Refused)]
    [InlineData(CaseState.Withdrawn)]
    public void A_refused_or_withdrawn_case_is_final(CaseState final) =>
        Assert.DoesNotContain(CaseTransitions.All, t => t.From == final);

    [Fact]
    public void Every_action_and_state_has_a_chinese_name_and_every_audited_action_a_trail_name()
    {
        Assert.All(Enum.GetValues<CaseAction>(), a => Assert.NotEqual("未知操作", a.Chinese()));
        Assert.All(Enum.GetValues<CaseState>(), s => Assert.NotEqual("未知", s.Chinese()));
        var missing = Enum.GetValues<CaseAction>().Select(CaseWrites.AuditAction).Where(a => !CaseAuditWords.Words.Actions.ContainsKey(a)).ToList();
        Assert.Empty(missing);
    }
}
