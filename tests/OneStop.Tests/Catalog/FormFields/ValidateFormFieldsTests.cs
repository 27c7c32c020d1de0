using OneStop.Catalog.Items;
using OneStop.Platform.Errors;
using OneStop.Tests.Catalog.Items;

namespace OneStop.Tests.Catalog.FormFields;

/// <summary>A catalog administrator's form fields are checked with the item: kinds, choices, keys, and the 秒批 rule over them.</summary>
public sealed class ValidateFormFieldsTests
{
    private static readonly FormField ApplyType = new("applyType", "申领类型", Kind: FormFieldKind.Choice, Options: ["首次申领", "到期换领", "遗失补领"]);

    private static ItemContent With(IReadOnlyList<FormField> fields, params RuleCondition[] conditions) => SampleItems.FoodBusinessLicence() with
    {
        FormFields = fields,
        AutoDecision = conditions.Length == 0 ? null : new AutoDecisionRule("老年人优待证秒批规则", conditions),
    };

    private static IReadOnlyDictionary<string, IReadOnlyList<string>> Errors(ItemContent content) =>
        ContentCheck.Check(content, new Validator()).Errors;

    private static RequestValidationException Refusal(ItemContent content) =>
        Assert.Throws<RequestValidationException>(() => ContentCheck.ThrowIfInvalid(content));

    [Fact]
    public void Typed_fields_and_a_rule_over_a_choice_pass_every_check()
    {
        var content = With([ApplyType, new("floorArea", "经营面积（平方米）", Kind: FormFieldKind.Number),
                new("openedOn", "开业日期", Kind: FormFieldKind.Date), new("phone", "联系电话", Kind: FormFieldKind.Phone)],
            new RuleCondition("applyType", RuleTest.OneOf, Values: ["首次申领", "到期换领"]),
            new RuleCondition("floorArea", RuleTest.AtMost, Max: 200));
        Assert.Empty(Errors(content));
        Assert.Empty(PublishingChecks.Run(content));
    }

    [Fact]
    public void A_choice_field_without_choices_is_refused()
    {
        var e = Refusal(With([ApplyType with { Options = ["首次申领"] }]));
        Assert.Equal("catalog.field-options-required", e.Code);
        Assert.Equal(["“选项”类型的字段须有 2 至 50 个可选项"], e.Errors["formFields[0].options"]);
    }

    [Fact]
    public void A_choice_listed_twice_is_refused() =>
        Assert.Equal("catalog.field-options-duplicate", Refusal(With([ApplyType with { Options = ["首次申领", "首次申领 "] }])).Code);

    [Fact]
    public void Choices_that_differ_only_in_width_are_one_choice_and_refused_as_a_duplicate() =>
        Assert.Equal("catalog.field-options-duplicate", Refusal(With([ApplyType with { Options = ["A类", "Ａ类"] }])).Code);

    [Fact]
    public void A_choice_holding_a_separator_is_refused_because_the_editor_would_split_it() =>
        Assert.Equal("catalog.field-options-separator", Refusal(With([ApplyType with { Options = ["甲、乙", "丙"] }])).Code);

    [Fact]
    public void A_list_of_dates_or_phones_is_refused_because_their_stored_form_differs_from_what_is_typed()
    {
        var e = Refusal(With([new("openedOn", "开业日期", Kind: FormFieldKind.Date)],
            new RuleCondition("openedOn", RuleTest.OneOf, Values: ["2026/1/1"])));
        Assert.Equal("catalog.rule-test-field-kind", e.Code);
        Assert.Equal(["秒批规则第 1 条：“开业日期”是日期字段，不能按取值列表判断"], e.Errors["autoDecision.conditions[0].test"]);
    }

    [Fact]
    public void A_list_of_values_for_a_number_field_must_be_numbers() =>
        Assert.Equal("catalog.rule-value-not-a-number", Refusal(With([new("people", "从业人数", Kind: FormFieldKind.Number)],
            new RuleCondition("people", RuleTest.OneOf, Values: ["1", "一"]))).Code);

    [Fact]
    public void A_rule_value_holding_a_separator_is_refused() =>
        Assert.Equal("catalog.rule-values-separator", Refusal(With([new("venueType", "场所类别")],
            new RuleCondition("venueType", RuleTest.OneOf, Values: ["美容店、理发店"]))).Code);

    [Fact]
    public void Switching_a_choice_field_to_a_date_refuses_the_rule_that_lists_its_choices() =>
        Assert.Equal("catalog.rule-test-field-kind", Refusal(With([ApplyType with { Kind = FormFieldKind.Date, Options = null }],
            new RuleCondition("applyType", RuleTest.OneOf, Values: ["首次申领"]))).Code);

    [Fact]
    public void Choices_on_a_text_field_are_refused_rather_than_silently_shown_nowhere() =>
        Assert.Equal("catalog.field-options-unexpected",
            Refusal(With([new("applyType", "申领类型", Options: ["首次申领", "补领"])])).Code);

    [Fact]
    public void Two_fields_with_one_key_are_refused_because_a_form_could_not_tell_them_apart()
    {
        var e = Refusal(With([new("phone", "联系电话"), new("phone", "手机号码")]));
        Assert.Equal("catalog.field-key-duplicate", e.Code);
        Assert.Contains("“phone”重复", e.Errors["formFields"][0]);
    }

    [Theory]
    [InlineData("applicant.age")]
    [InlineData("申领类型")]
    [InlineData("1st")]
    public void A_key_that_is_not_letters_and_digits_is_refused(string key) =>
        Assert.Equal("catalog.field-key-format", Refusal(With([new(key, "申领类型")])).Code);

    [Fact]
    public void A_rule_value_that_is_no_choice_of_its_field_is_refused_with_the_choices_named()
    {
        var e = Refusal(With([ApplyType], new RuleCondition("applyType", RuleTest.OneOf, Values: ["首次申领", "首次"])));
        Assert.Equal("catalog.rule-value-not-an-option", e.Code);
        Assert.Equal(["秒批规则第 1 条：取值“首次”不是“申领类型”的可选项（首次申领、到期换领、遗失补领）"],
            e.Errors["autoDecision.conditions[0].values"]);
    }

    [Fact]
    public void A_numeric_test_on_a_date_or_choice_field_is_refused()
    {
        var e = Refusal(With([ApplyType, new("openedOn", "开业日期", Kind: FormFieldKind.Date)],
            new RuleCondition("openedOn", RuleTest.AtLeast, Min: 2020)));
        Assert.Equal("catalog.rule-test-field-kind", e.Code);
        Assert.Equal(["秒批规则第 1 条：“开业日期”不是数字字段，不能按数值大小判断"], e.Errors["autoDecision.conditions[0].test"]);
    }

    [Fact]
    public void A_numeric_test_on_a_text_field_of_an_older_version_still_passes() =>
        Assert.Empty(Errors(With([new("floorArea", "经营面积（平方米）")], new RuleCondition("floorArea", RuleTest.AtMost, Max: 200))));
}
