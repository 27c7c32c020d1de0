using OneStop.Catalog.Items;

namespace OneStop.Tests.Catalog.AutoDecision;

/// <summary>秒批: the rule stored with an item version decides an application from its fields and the applicant.</summary>
public sealed class EvaluateAutoDecisionRuleTests
{
    /// <summary>Born 1966-03-15 in 天河区 (the check digit is not the evaluator's concern).</summary>
    private const string BornMarch15Of1966 = "440106196603151234";

    private static readonly DateOnly Day = new(2026, 3, 15);

    private static RuleFacts Facts(DateOnly on, string? residentId = BornMarch15Of1966, string? region = "440106",
        Dictionary<string, string?>? fields = null) =>
        new(fields ?? [], residentId, region, "440106", on);

    private static AutoDecisionRule Rule(params RuleCondition[] conditions) => new("测试秒批规则", conditions);

    private static readonly RuleCondition SixtyOrOlder = new(RuleSubjects.ApplicantAge, RuleTest.AtLeast, Min: 60);

    [Fact]
    public void An_applicant_turning_sixty_on_the_day_of_application_is_sixty()
    {
        var outcome = Rule(SixtyOrOlder).Evaluate(Facts(Day));
        Assert.True(outcome.Holds, string.Join("；", outcome.Failures));
    }

    [Fact]
    public void An_applicant_whose_sixtieth_birthday_is_tomorrow_is_still_fifty_nine()
    {
        var outcome = Rule(SixtyOrOlder).Evaluate(Facts(Day.AddDays(-1)));
        Assert.False(outcome.Holds);
        Assert.Equal("申请人年龄为 59，低于 60", Assert.Single(outcome.Failures));
    }

    /// <summary>In a common year the birthday of someone born on 29 February is taken as 28 February (DateOnly.AddYears).</summary>
    [Fact]
    public void An_applicant_born_on_the_twenty_ninth_of_february_has_a_birthday_on_the_twenty_eighth_in_common_years()
    {
        var rule = Rule(new RuleCondition(RuleSubjects.ApplicantAge, RuleTest.AtLeast, Min: 62));
        Assert.False(rule.Evaluate(Facts(new DateOnly(2026, 2, 27), "440106196402291234")).Holds);
        Assert.True(rule.Evaluate(Facts(new DateOnly(2026, 2, 28), "440106196402291234")).Holds);
    }

    [Fact]
    public void An_applicant_without_a_readable_resident_id_has_no_age_and_goes_to_a_person()
    {
        var outcome = Rule(SixtyOrOlder).Evaluate(Facts(Day, residentId: "91440106MA59C9XX1X"));
        Assert.False(outcome.Holds);
        Assert.Equal("申请人年龄未填写", Assert.Single(outcome.Failures));
    }

    [Theory]
    [InlineData("440106", true)]
    [InlineData("440106006", true)]
    [InlineData("440104", false)]
    [InlineData("440100", false)]
    [InlineData(null, false)]
    public void The_applicant_must_be_registered_within_the_items_region(string? region, bool holds)
    {
        var rule = Rule(new RuleCondition(RuleSubjects.ApplicantRegion, RuleTest.WithinItemRegion));
        var outcome = rule.Evaluate(Facts(Day, region: region));
        Assert.Equal(holds, outcome.Holds);
        if (!holds) Assert.Equal("申请人户籍不在本事项实施区划内", Assert.Single(outcome.Failures));
    }

    [Fact]
    public void A_value_from_the_list_holds_and_any_other_is_named_in_the_failure()
    {
        var rule = Rule(new RuleCondition("applyType", RuleTest.OneOf, Values: ["首次申领", "到期换领"], Label: "申领类型"));
        Assert.True(rule.Evaluate(Facts(Day, fields: new() { ["applyType"] = " 到期换领 " })).Holds);
        var outcome = rule.Evaluate(Facts(Day, fields: new() { ["applyType"] = "遗失补领" }));
        Assert.False(outcome.Holds);
        Assert.Equal("申领类型“遗失补领”不在允许的取值内", Assert.Single(outcome.Failures));
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("5", true)]
    [InlineData("3.5", true)]
    [InlineData("0", false)]
    [InlineData("6", false)]
    public void A_number_between_the_bounds_holds_including_both_bounds(string members, bool holds)
    {
        var rule = Rule(new RuleCondition("householdSize", RuleTest.Between, Min: 1, Max: 5, Label: "家庭人口"));
        var outcome = rule.Evaluate(Facts(Day, fields: new() { ["householdSize"] = members }));
        Assert.Equal(holds, outcome.Holds);
        if (!holds) Assert.Equal($"家庭人口为 {members}，不在 1–5 之间", Assert.Single(outcome.Failures));
    }

    [Fact]
    public void A_missing_field_fails_with_its_label()
    {
        var rule = Rule(new RuleCondition("floorArea", RuleTest.AtMost, Max: 200, Label: "经营面积"));
        var outcome = rule.Evaluate(Facts(Day));
        Assert.Equal("经营面积未填写", Assert.Single(outcome.Failures));
        Assert.Equal("经营面积未填写", Assert.Single(rule.Evaluate(Facts(Day, fields: new() { ["floorArea"] = "  " })).Failures));
    }

    [Fact]
    public void A_number_typed_in_words_is_not_a_number()
    {
        var rule = Rule(new RuleCondition("floorArea", RuleTest.AtMost, Max: 200, Label: "经营面积"));
        var outcome = rule.Evaluate(Facts(Day, fields: new() { ["floorArea"] = "一百" }));
        Assert.False(outcome.Holds);
        Assert.Equal("经营面积“一百”不是数字", Assert.Single(outcome.Failures));
    }

    [Fact]
    public void Every_failing_condition_is_named_so_the_person_who_takes_over_sees_all_of_them()
    {
        var rule = Rule(SixtyOrOlder, new RuleCondition(RuleSubjects.ApplicantRegion, RuleTest.WithinItemRegion),
            new RuleCondition("floorArea", RuleTest.AtMost, Max: 200, Label: "经营面积"));
        var outcome = rule.Evaluate(Facts(Day.AddYears(-1), region: "440104", fields: new() { ["floorArea"] = "150" }));
        Assert.False(outcome.Holds);
        Assert.Equal(["申请人年龄为 59，低于 60", "申请人户籍不在本事项实施区划内"], outcome.Failures);
    }

    [Fact]
    public void A_rule_without_conditions_never_decides()
    {
        Assert.False(Rule().Evaluate(Facts(Day)).Holds);
    }
    [Fact]
    public void A_listed_value_with_stray_spaces_or_full_width_letters_still_matches_the_applicants_choice()
    {
        var rule = Rule(new RuleCondition("applyType", RuleTest.OneOf, Values: [" 首次申领 ", "Ａ类"]));
        Assert.True(rule.Evaluate(Facts(Day, fields: new() { ["applyType"] = "首次申领" })).Holds);
        Assert.True(rule.Evaluate(Facts(Day, fields: new() { ["applyType"] = "A类" })).Holds);
        Assert.False(rule.Evaluate(Facts(Day, fields: new() { ["applyType"] = "遗失补领" })).Holds);
    }

    [Fact]
    public void A_listed_number_matches_the_same_number_written_otherwise()
    {
        var rule = Rule(new RuleCondition("people", RuleTest.OneOf, Values: ["1", "2"]));
        Assert.True(rule.Evaluate(Facts(Day, fields: new() { ["people"] = "1.0" })).Holds);
        Assert.False(rule.Evaluate(Facts(Day, fields: new() { ["people"] = "3" })).Holds);
    }
}
