using OneStop.Platform.Errors;

namespace OneStop.Catalog.Items;

/// <summary>
/// Whether a 秒批 rule can be evaluated at all: named, with conditions over subjects the version knows, each test
/// with the values it needs. Part of <see cref="ContentCheck"/>, so the edit API, the form editor and the publishing
/// checks refuse the same rules. Messages name the row ("秒批规则第 2 条：……"), so they read alone in an API reply.
/// </summary>
public static class AutoDecisionRuleCheck
{
    public const int MaxConditions = 20;
    public const int MaxValues = 50;

    /// <summary>Bound on Min/Max: far beyond any age, income or area, and far from decimal overflow.</summary>
    public const decimal MaxNumber = 1_000_000_000_000m;

    private const string Field = "autoDecision";

    public static void Check(ItemContent content, Validator v)
    {
        if (content.AutoDecision is not { } rule) return;
        v.Text(Field + ".name", rule.Name, 100, required: false, markupAllowed: true);
        if (string.IsNullOrWhiteSpace(rule.Name))
            v.Add(Field + ".name", "秒批规则：须填写规则名称", "catalog.rule-name-required");
        if (rule.Conditions is null || rule.Conditions.Count == 0)
        {
            v.Add(Field + ".conditions", "秒批规则：至少要有一个条件", "catalog.rule-conditions-required");
            return;
        }
        if (rule.Conditions.Count > MaxConditions)
        {
            v.Add(Field + ".conditions", $"秒批规则：条件不能超过 {MaxConditions} 个", "catalog.rule-conditions-required");
            return;
        }
        var fields = (content.FormFields ?? []).Where(f => f?.Key is not null)
            .GroupBy(f => f.Key.Trim(), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        for (var i = 0; i < rule.Conditions.Count; i++)
        {
            var row = $"{Field}.conditions[{i}]";
            var say = $"秒批规则第 {i + 1} 条：";
            if (rule.Conditions[i] is not { } c) { v.Add(row, say + "不能为空", "catalog.list-required"); continue; }
            Check(c, row, say, fields, v);
        }
    }

    private static void Check(RuleCondition c, string row, string say, IReadOnlyDictionary<string, FormField> fields, Validator v)
    {
        if (c.Label is not null) v.Text(row + ".label", c.Label, 100, required: false, markupAllowed: true);
        if (!Enum.IsDefined(c.Test)) { v.Add(row + ".test", say + "判断方式不在允许的范围内", "catalog.unknown-value"); return; }
        var subject = c.Subject?.Trim();
        var isAge = subject == RuleSubjects.ApplicantAge;
        var isRegion = subject == RuleSubjects.ApplicantRegion;
        if (string.IsNullOrEmpty(subject))
        {
            v.Add(row + ".subject", say + "须选择条件对象", "catalog.rule-subject-required");
            return;
        }
        if (!isAge && !isRegion && !fields.ContainsKey(subject))
        {
            v.Add(row + ".subject", say + $"条件对象“{Shown(subject)}”不是本版本的申请表字段，也不是申请人年龄或户籍地",
                "catalog.rule-unknown-subject");
            return;
        }
        // The evaluator judges applicant.region by the item's region only: any other test on it would be ignored.
        if (isRegion != (c.Test == RuleTest.WithinItemRegion))
        {
            v.Add(row + ".test", say + (isRegion ? "申请人户籍地只能判断“在本事项实施区划内”" : "“在本事项实施区划内”只能用于申请人户籍地"),
                "catalog.rule-region-test");
            return;
        }
        switch (c.Test)
        {
            case RuleTest.AtLeast when c.Min is null:
                v.Add(row + ".min", say + "“不小于”须填写数值", "catalog.rule-min-required"); break;
            case RuleTest.AtMost when c.Max is null:
                v.Add(row + ".max", say + "“不大于”须填写数值", "catalog.rule-max-required"); break;
            case RuleTest.Between when c.Min is null || c.Max is null:
                v.Add(row + ".min", say + "“介于”须填写下限和上限", "catalog.rule-range-required"); break;
            case RuleTest.Between when c.Min > c.Max:
                v.Add(row + ".min", say + $"下限 {c.Min} 大于上限 {c.Max}", "catalog.rule-range-inverted"); break;
            case RuleTest.OneOf:
                CheckValues(c, row, say, v); break;
        }
        if (fields.GetValueOrDefault(subject) is { } field) CheckAgainstField(c, field, row, say, v);
        foreach (var (name, number) in new[] { ("min", c.Min), ("max", c.Max) })
        {
            if (number is { } n && Math.Abs(n) > MaxNumber)
                v.Add($"{row}.{name}", say + "数值超出允许的范围", "catalog.rule-number-out-of-range");
        }
    }

    private static void CheckValues(RuleCondition c, string row, string say, Validator v)
    {
        var values = c.Values ?? [];
        if (values.Count > MaxValues) { v.Add(row + ".values", say + $"取值不能超过 {MaxValues} 个", "catalog.rule-values-required"); return; }
        if (!values.Any(x => !string.IsNullOrWhiteSpace(x)))
        {
            v.Add(row + ".values", say + "“属于以下之一”须至少填写一个取值", "catalog.rule-values-required");
            return;
        }
        for (var j = 0; j < values.Count; j++)
        {
            if (values[j] is null) { v.Add(row + ".values", say + "取值不能为 null", "catalog.list-required"); continue; }
            v.Text(row + ".values", values[j], 100, required: false, markupAllowed: true);
            if (values[j].IndexOfAny(FormFieldValues.ListSeparators) >= 0)
                v.Add(row + ".values", say + $"取值“{Shown(values[j])}”中不能有顿号、逗号或分号（它们用来分隔取值）", "catalog.rule-values-separator");
        }
    }

    /// <summary>
    /// A test the field's values can pass: numbers compare numbers (a text field too, as older versions have them),
    /// and a value of 属于以下之一 over a choice field is one of its choices, or the rule would never hold for it.
    /// </summary>
    private static void CheckAgainstField(RuleCondition c, FormField field, string row, string say, Validator v)
    {
        var numeric = c.Test is RuleTest.AtLeast or RuleTest.AtMost or RuleTest.Between;
        if (numeric && field.Kind is not (FormFieldKind.Number or FormFieldKind.Text))
        {
            v.Add(row + ".test", say + $"“{field.Label}”不是数字字段，不能按数值大小判断", "catalog.rule-test-field-kind");
            return;
        }
        if (c.Test != RuleTest.OneOf) return;
        // A date, a phone or an ID is stored in a form of its own (2026-01-01 for "2026/1/1"): a list of them would miss.
        if (field.Kind is FormFieldKind.Date or FormFieldKind.Phone or FormFieldKind.ResidentId)
        {
            v.Add(row + ".test", say + $"“{field.Label}”是{field.Kind.Chinese()}字段，不能按取值列表判断", "catalog.rule-test-field-kind");
            return;
        }
        var values = (c.Values ?? []).Where(x => !string.IsNullOrWhiteSpace(x)).ToList();
        if (field.Kind == FormFieldKind.Number)
        {
            foreach (var value in values.Where(x => FormFieldValues.Number(x) is null))
                v.Add(row + ".values", say + $"取值“{Shown(value)}”不是数字，“{field.Label}”是数字字段", "catalog.rule-value-not-a-number");
            return;
        }
        if (field.Kind != FormFieldKind.Choice) return;
        var options = (field.Options ?? []).Where(o => o is not null).ToList();
        foreach (var value in values.Where(x => !options.Any(o => FormFieldValues.Same(o, x))))
            v.Add(row + ".values", say + $"取值“{Shown(value)}”不是“{field.Label}”的可选项（{string.Join("、", options)}）",
                "catalog.rule-value-not-an-option");
    }

    /// <summary>A subject as typed, cut short so a long key does not fill the message.</summary>
    private static string Shown(string subject) => subject.Length > 30 ? subject[..30] + "…" : subject;
}
