using OneStop.Catalog.Items;
using OneStop.Catalog.Pages.Admin.Catalog.Editor;
using OneStop.Platform.Errors;
using OneStop.Tests.Catalog.Items;

namespace OneStop.Tests.Catalog.AutoDecision;

/// <summary>A 秒批 rule is checked when the draft is saved (API and form alike) and again before publishing.</summary>
public sealed class ValidateAutoDecisionRuleTests
{
    private static ItemContent WithRule(params RuleCondition[] conditions) => WithRule("食品经营许可秒批规则", conditions);

    private static ItemContent WithRule(string name, params RuleCondition[] conditions) => SampleItems.FoodBusinessLicence() with
    {
        FormFields = [new("floorArea", "经营面积（平方米）"), new("venueType", "场所类别")],
        AutoDecision = new AutoDecisionRule(name, conditions),
    };

    private static IReadOnlyDictionary<string, IReadOnlyList<string>> Errors(ItemContent content) =>
        ContentCheck.Check(content, new Validator()).Errors;

    private static RequestValidationException Refusal(ItemContent content) =>
        Assert.Throws<RequestValidationException>(() => ContentCheck.ThrowIfInvalid(content));

    private static readonly RuleCondition Good = new(RuleSubjects.ApplicantAge, RuleTest.AtLeast, Min: 18);

    [Fact]
    public void A_sound_rule_over_a_form_field_and_the_applicant_passes_every_check()
    {
        var content = WithRule(Good, new RuleCondition("floorArea", RuleTest.Between, Min: 0, Max: 200),
            new RuleCondition("venueType", RuleTest.OneOf, Values: ["美容店", "理发店"]),
            new RuleCondition(RuleSubjects.ApplicantRegion, RuleTest.WithinItemRegion));
        Assert.Empty(Errors(content));
        Assert.Empty(PublishingChecks.Run(content));
    }

    [Fact]
    public void A_rule_without_a_name_is_refused()
    {
        var e = Refusal(WithRule("  ", Good));
        Assert.Equal("catalog.rule-name-required", e.Code);
        Assert.Equal(["秒批规则：须填写规则名称"], e.Errors["autoDecision.name"]);
    }

    [Fact]
    public void A_rule_without_conditions_is_refused()
    {
        var e = Refusal(WithRule());
        Assert.Equal("catalog.rule-conditions-required", e.Code);
        Assert.Equal(["秒批规则：至少要有一个条件"], e.Errors["autoDecision.conditions"]);
    }

    [Fact]
    public void A_subject_that_is_no_field_of_this_version_is_refused_with_its_row()
    {
        var e = Refusal(WithRule(Good, new RuleCondition("income", RuleTest.AtMost, Max: 3000)));
        Assert.Equal("catalog.rule-unknown-subject", e.Code);
        Assert.Equal(["秒批规则第 2 条：条件对象“income”不是本版本的申请表字段，也不是申请人年龄或户籍地"],
            e.Errors["autoDecision.conditions[1].subject"]);
    }

    [Theory]
    [InlineData(RuleTest.AtLeast, null, null, "catalog.rule-min-required", "min", "秒批规则第 1 条：“不小于”须填写数值")]
    [InlineData(RuleTest.AtMost, 5, null, "catalog.rule-max-required", "max", "秒批规则第 1 条：“不大于”须填写数值")]
    [InlineData(RuleTest.Between, 5, null, "catalog.rule-range-required", "min", "秒批规则第 1 条：“介于”须填写下限和上限")]
    [InlineData(RuleTest.Between, 9, 5, "catalog.rule-range-inverted", "min", "秒批规则第 1 条：下限 9 大于上限 5")]
    public void A_numeric_test_without_the_numbers_it_needs_is_refused(RuleTest test, int? min, int? max, string code, string field, string message)
    {
        var e = Refusal(WithRule(new RuleCondition("floorArea", test, min, max)));
        Assert.Equal(code, e.Code);
        Assert.Equal([message], e.Errors["autoDecision.conditions[0]." + field]);
    }

    [Fact]
    public void Between_with_equal_bounds_is_one_number_and_allowed()
    {
        Assert.Empty(Errors(WithRule(new RuleCondition("floorArea", RuleTest.Between, 100, 100))));
    }

    [Fact]
    public void One_of_without_a_non_empty_value_is_refused()
    {
        var e = Refusal(WithRule(new RuleCondition("venueType", RuleTest.OneOf, Values: ["", "  "])));
        Assert.Equal("catalog.rule-values-required", e.Code);
        Assert.Equal(["秒批规则第 1 条：“属于以下之一”须至少填写一个取值"], e.Errors["autoDecision.conditions[0].values"]);
    }

    [Fact]
    public void Within_the_items_region_applies_only_to_the_applicants_region()
    {
        var e = Refusal(WithRule(new RuleCondition("venueType", RuleTest.WithinItemRegion)));
        Assert.Equal("catalog.rule-region-test", e.Code);
        Assert.Equal(["秒批规则第 1 条：“在本事项实施区划内”只能用于申请人户籍地"], e.Errors["autoDecision.conditions[0].test"]);
    }

    [Fact]
    public void The_applicants_region_is_not_a_number()
    {
        var e = Refusal(WithRule(Good, new RuleCondition(RuleSubjects.ApplicantRegion, RuleTest.AtLeast, Min: 440000)));
        Assert.Equal("catalog.rule-region-test", e.Code);
        Assert.Equal(["秒批规则第 2 条：申请人户籍地只能判断“在本事项实施区划内”"], e.Errors["autoDecision.conditions[1].test"]);
    }

    [Fact]
    public void An_undefined_test_is_refused()
    {
        var e = Refusal(WithRule(new RuleCondition("floorArea", (RuleTest)42, Min: 1)));
        Assert.Equal("catalog.unknown-value", e.Code);
    }

    [Fact]
    public void Control_characters_in_the_rules_texts_are_refused_like_any_other_text()
    {
        var name = Errors(WithRule("秒批\u0007规则", Good));
        Assert.True(name.ContainsKey("autoDecision.name"), string.Join(", ", name.Keys));
        var value = Errors(WithRule(new RuleCondition("venueType", RuleTest.OneOf, Values: ["美容店\u0000"])));
        Assert.True(value.ContainsKey("autoDecision.conditions[0].values"), string.Join(", ", value.Keys));
        var label = Errors(WithRule(new RuleCondition("floorArea", RuleTest.AtMost, Max: 5, Label: new string('长', 101))));
        Assert.True(label.ContainsKey("autoDecision.conditions[0].label"), string.Join(", ", label.Keys));
    }

    [Fact]
    public void A_broken_rule_also_stops_publishing()
    {
        var issues = PublishingChecks.Run(WithRule(new RuleCondition("income", RuleTest.AtLeast, Min: 1)));
        Assert.Contains(issues, i => i.Field == "autoDecision.conditions[0].subject");
    }

    [Fact]
    public void Every_rule_error_reads_in_Chinese_in_the_editor()
    {
        var content = WithRule("", new RuleCondition("income", RuleTest.AtLeast), new RuleCondition("floorArea", RuleTest.AtLeast),
            new RuleCondition("floorArea", RuleTest.Between, 9, 1), new RuleCondition("venueType", RuleTest.OneOf, Values: [""]),
            new RuleCondition(RuleSubjects.ApplicantRegion, RuleTest.AtMost, Max: 1),
            new RuleCondition("floorArea", RuleTest.AtMost, Max: 1, Label: new string('长', 101)),
            new RuleCondition("venueType", RuleTest.OneOf, Values: ["美容\u0001店"]));
        var errors = Errors(content);
        Assert.True(errors.Count >= 7, string.Join(", ", errors.Keys));
        var latin = new System.Text.RegularExpressions.Regex("[A-Za-z]");
        var shown = errors.SelectMany(e => e.Value.Select(m => ItemFieldLabels.Message(e.Key, m))).ToList();
        var unnamed = errors.Keys.Where(k => latin.IsMatch(ItemFieldLabels.Label(k))).ToList();
        Assert.True(unnamed.Count == 0, "no Chinese label for: " + string.Join(", ", unnamed));
        Assert.All(shown, m => Assert.StartsWith("秒批规则", m));
    }

    [Fact]
    public void The_editor_names_each_rule_field_in_Chinese()
    {
        Assert.Equal("秒批规则第 2 条：下限", ItemFieldLabels.Label("autoDecision.conditions[1].min"));
        Assert.Equal("秒批规则：规则名称", ItemFieldLabels.Label("autoDecision.name"));
        Assert.Equal("秒批规则第 1 条：取值不能超过 100 个字符", ItemFieldLabels.Message("autoDecision.conditions[0].values", "不能超过 100 个字符"));
        Assert.Equal("秒批规则第 3 条：下限 9 大于上限 5", ItemFieldLabels.Message("autoDecision.conditions[2].min", "秒批规则第 3 条：下限 9 大于上限 5"));
    }

    [Fact]
    public void The_form_keeps_what_was_typed_and_names_a_bound_typed_in_words()
    {
        var form = ItemForm.From(WithRule(Good));
        form.RuleConditions.Add(new ItemForm.RuleConditionRow { Subject = "floorArea", Test = RuleTest.AtMost, Max = "二百" });
        var errors = new List<string>();
        Assert.Null(form.ToContent(errors));
        Assert.Equal(["秒批规则第 2 条：上限须填写阿拉伯数字（如 60）"], errors);
        Assert.Equal("二百", form.RuleConditions[1].Max);
    }

    [Fact]
    public void The_form_round_trips_a_rule_and_labels_each_condition_by_its_subject()
    {
        var content = WithRule(new RuleCondition(RuleSubjects.ApplicantAge, RuleTest.AtLeast, Min: 60, Label: "申请人年龄"),
            new RuleCondition("venueType", RuleTest.OneOf, Values: ["美容店", "理发店"], Label: "场所类别"));
        var back = ItemForm.From(content).ToContent([]);
        Assert.NotNull(back);
        Assert.Empty(VersionDiff.Between(content, back));
    }

    [Fact]
    public void Switching_the_rule_off_in_the_form_removes_it_from_the_content()
    {
        var form = ItemForm.From(WithRule(Good));
        form.AutoDecisionEnabled = false;
        var back = form.ToContent([]);
        Assert.NotNull(back);
        Assert.Null(back.AutoDecision);
        Assert.Single(form.RuleConditions);
    }
}
