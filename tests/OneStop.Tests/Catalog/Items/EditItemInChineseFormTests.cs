using System.Text.RegularExpressions;
using OneStop.Catalog.Items;
using OneStop.Catalog.Pages.Admin.Catalog.Editor;

namespace OneStop.Tests.Catalog.Items;

/// <summary>The catalog editor speaks Chinese: every field the checks can complain about has a label, rows are numbered from 1.</summary>
public sealed class EditItemInChineseFormTests
{
    private static readonly Regex Latin = new("[A-Za-z]");

    /// <summary>Every field and every row field broken at once, so the checker reports each path it knows.</summary>
    private static ItemContent EverythingWrong()
    {
        var tooLong = new string('长', 5000);
        return new ItemContent
        {
            MainItemName = "", SubItemName = tooLong, Kind = (ItemKind)99, BasicCode = tooLong, ImplementationCode = "",
            HandlingCode = tooLong, DepartmentName = "", RegionCode = "", LegalBasis = tooLong, AcceptanceConditions = tooLong,
            Materials = [new("", (MaterialNecessity)9, (MaterialForm)9, -1, (MaterialSource)9, tooLong, tooLong, tooLong, tooLong, tooLong)],
            Steps = [new("", tooLong, -1)], StatutoryLimitDays = -1, PromisedLimitDays = -1, CaseType = (CaseType)9,
            Fees = [new("", tooLong, tooLong, false, -1)], Channels = [(HandlingChannel)9], RequiredVisits = -1, VisitsReason = tooLong,
            OnlineDepth = 9, CrossRegion = (CrossRegionScope)9, ResultName = tooLong, ResultType = (ResultType)9,
            IntermediaryServices = [new("", -1, tooLong, tooLong)], Faqs = [new("", "")], FormFields = [new("", ""), new("1st", tooLong, Kind: (FormFieldKind)9, Options: [""]),
                new("applyType", "申领类型", Kind: FormFieldKind.Choice, Options: [tooLong, tooLong])],
            HandlingLocation = tooLong, ConsultPhone = tooLong, ComplaintPhone = tooLong,
        };
    }

    [Fact]
    public void Every_field_the_content_checker_refuses_is_named_in_Chinese()
    {
        var paths = ContentCheck.Check(EverythingWrong(), new OneStop.Platform.Errors.Validator()).Errors.Keys.ToList();
        Assert.True(paths.Count > 40, $"the checker reported only {paths.Count} fields");
        var unnamed = paths.Where(p => Latin.IsMatch(ItemFieldLabels.Label(p))).ToList();
        Assert.True(unnamed.Count == 0, "no Chinese label for: " + string.Join(", ", unnamed));
    }

    [Fact]
    public void Every_field_the_publishing_checks_refuse_is_named_in_Chinese()
    {
        var broken = SampleItems.FoodBusinessLicence() with
        {
            MainItemName = "", ImplementationCode = "", DepartmentName = "", PromisedLimitDays = 99, RequiredVisits = 2,
            VisitsReason = null, Steps = [], CaseType = CaseType.Immediate, Channels = [],
        };
        var issues = PublishingChecks.Run(broken);
        Assert.NotEmpty(issues);
        var unnamed = issues.Select(i => i.Field).Where(f => Latin.IsMatch(ItemFieldLabels.Label(f))).ToList();
        Assert.True(unnamed.Count == 0, "no Chinese label for: " + string.Join(", ", unnamed));
    }

    [Fact]
    public void A_drop_down_value_that_could_not_be_bound_is_named_by_its_label_in_the_editor_and_the_variation_form()
    {
        var state = new Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary();
        state.AddModelError("RuleConditions[1].Test", "The value '7' is not valid.");
        state.AddModelError("AutoDecisionEnabled", "The value 'yes' is not valid.");
        state.AddModelError("variation.ExtraChannels[0]", "The value 'Fax' is not valid.");
        state.SetModelValue("SubItemName", "食品经营许可", "食品经营许可"); // bound fine: not reported
        string[] expected = [$"秒批规则第 2 条：判断：{UnboundChoices.Message}", $"秒批规则：{UnboundChoices.Message}", $"增加的办理渠道第 1 项：{UnboundChoices.Message}"];
        Assert.Equal(expected.Order(), UnboundChoices.In(state).Order());
    }

    [Fact]
    public void A_material_without_a_name_is_reported_by_its_row_from_one()
    {
        Assert.Equal("申请材料第 3 行：名称", ItemFieldLabels.Label("materials[2].name"));
        Assert.Equal("申请材料第 3 行：名称不能为空", ItemFieldLabels.Message("materials[2].name", "不能为空"));
        Assert.Equal("申请材料第 1 行：纸质份数须在 0 至 100 之间", ItemFieldLabels.Message("materials[0].paperCopies", "纸质份数须在 0 至 100 之间"));
        Assert.Equal("承诺时限：天数须在 0 至 3650 之间", ItemFieldLabels.Message("promisedLimitDays", "天数须在 0 至 3650 之间"));
    }

    [Fact]
    public void A_limit_typed_in_words_comes_back_as_typed_with_a_Chinese_message()
    {
        var form = ItemForm.From(SampleItems.FoodBusinessLicence());
        form.PromisedLimitDays = "十天";
        form.Materials[0].PaperCopies = "两份";
        var errors = new List<string>();
        Assert.Null(form.ToContent(errors));
        Assert.Contains("承诺时限须填写阿拉伯数字（如 5）", errors);
        Assert.Contains("申请材料第 1 行：纸质份数须填写阿拉伯数字（如 5）", errors);
        Assert.Equal("十天", form.PromisedLimitDays);
    }

    [Fact]
    public void The_form_round_trips_an_item_without_losing_a_field()
    {
        var item = SampleItems.FoodBusinessLicence();
        var back = ItemForm.From(item).ToContent([]);
        Assert.NotNull(back);
        Assert.Empty(VersionDiff.Between(item, back));
    }

    [Fact]
    public void A_choice_field_round_trips_through_the_form_and_a_text_field_drops_left_over_choices()
    {
        var item = SampleItems.FoodBusinessLicence() with
        {
            FormFields = [new("applyType", "申领类型", Kind: FormFieldKind.Choice, Options: ["首次申领", "到期换领"]), new("shopName", "名称")],
        };
        var form = ItemForm.From(item);
        Assert.Equal("首次申领、到期换领", form.FormFields[0].Options);
        form.FormFields[1].Options = "甲、乙";      // typed while it was a 选项 field, then switched back to 文本
        var back = form.ToContent([])!;
        Assert.Equal(["首次申领", "到期换领"], back.FormFields[0].Options!);
        Assert.Null(back.FormFields[1].Options);
        Assert.Empty(ContentCheck.Check(back, new OneStop.Platform.Errors.Validator()).Errors);
    }

    [Fact]
    public void A_bound_typed_in_words_and_a_rule_row_left_empty_are_reported_in_one_round()
    {
        var form = ItemForm.From(SampleItems.FoodBusinessLicence() with { FormFields = [new("floorArea", "经营面积（平方米）")] });
        form.AutoDecisionEnabled = true;
        form.RuleName = "小店秒批规则";
        form.RuleConditions = [new() { Subject = "floorArea", Test = RuleTest.AtMost, Max = "两百" }, new() { Test = RuleTest.AtLeast }];
        var unreadable = new List<string>();
        Assert.Null(form.ToContent(unreadable));

        var all = form.AllProblems(unreadable);

        Assert.Equal("秒批规则第 1 条：上限须填写阿拉伯数字（如 60）", all[0]);
        Assert.Contains("秒批规则第 2 条：须选择条件对象", all);
        Assert.DoesNotContain(all, m => m.StartsWith("秒批规则第 1 条：“不大于”须填写数值", StringComparison.Ordinal));
    }

    [Fact]
    public void A_row_button_brings_the_page_back_at_the_row_it_changed()
    {
        var form = ItemForm.From(SampleItems.FoodBusinessLicence());
        Assert.True(RowActions.Apply(form, "add:ruleConditions"));
        Assert.True(form.IsFocus("ruleConditions", 0));
        Assert.True(RowActions.Apply(form, "down:materials:0"));
        Assert.True(form.IsFocus("materials", 1));
        Assert.True(RowActions.Apply(form, "remove:materials:0"));
        Assert.True(form.IsFocus("materials", -1));     // the list's add button: the row itself is gone
        Assert.False(form.IsFocus("ruleConditions", 0));
    }

    [Fact]
    public void Material_rows_are_added_moved_and_removed_without_script()
    {
        var form = ItemForm.From(SampleItems.FoodBusinessLicence());
        var count = form.Materials.Count;
        Assert.True(count >= 2);
        var (first, second) = (form.Materials[0].Name, form.Materials[1].Name);
        Assert.True(RowActions.Apply(form, "down:materials:0"));
        Assert.Equal([second, first], form.Materials.Take(2).Select(m => m.Name));
        Assert.True(RowActions.Apply(form, "add:materials"));
        Assert.Equal(count + 1, form.Materials.Count);
        Assert.True(RowActions.Apply(form, "remove:materials:0"));
        Assert.Equal(first, form.Materials[0].Name);
        Assert.False(RowActions.Apply(form, "remove:materials:99"));
        Assert.False(RowActions.Apply(form, "drop:tables:0"));
    }
}
