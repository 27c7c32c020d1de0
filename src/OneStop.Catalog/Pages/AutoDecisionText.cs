using OneStop.Catalog.Items;

namespace OneStop.Catalog.Pages;

/// <summary>A 秒批 rule in the words of the editor, the version diff and the public guide: subjects by their labels.</summary>
public static class AutoDecisionText
{
    public static readonly (RuleTest Value, string Label)[] Tests =
    [
        (RuleTest.AtLeast, "不小于"), (RuleTest.AtMost, "不大于"), (RuleTest.Between, "介于"),
        (RuleTest.OneOf, "属于以下之一"), (RuleTest.WithinItemRegion, "在本事项实施区划内"),
    ];

    public static string Chinese(this RuleTest test) => Tests.FirstOrDefault(t => t.Value == test).Label ?? "未知";

    /// <summary>The subjects a condition may test: the version's form fields by label, then the applicant's age and region.</summary>
    public static IReadOnlyList<(string Key, string Label)> Subjects(IEnumerable<FormField> fields) =>
        [.. fields.Where(f => !string.IsNullOrWhiteSpace(f.Key)).Select(f => (f.Key, string.IsNullOrWhiteSpace(f.Label) ? f.Key : f.Label)),
            (RuleSubjects.ApplicantAge, "申请人年龄"), (RuleSubjects.ApplicantRegion, "申请人户籍地")];

    public static string SubjectLabel(string subject, IEnumerable<FormField> fields) =>
        Subjects(fields).FirstOrDefault(s => s.Key == subject).Label ?? subject;

    /// <summary>"申请人年龄 不小于 60"; "家庭人口 介于 1–5"; "申请类型 属于以下之一：新办、补办".</summary>
    public static string Describe(RuleCondition c, IEnumerable<FormField> fields)
    {
        var subject = c.Label ?? SubjectLabel(c.Subject, fields);
        return c.Test switch
        {
            RuleTest.AtLeast => $"{subject}不小于 {c.Min}",
            RuleTest.AtMost => $"{subject}不大于 {c.Max}",
            RuleTest.Between => $"{subject}介于 {c.Min} 至 {c.Max} 之间",
            RuleTest.OneOf => $"{subject}属于以下之一：{string.Join("、", c.Values ?? [])}",
            RuleTest.WithinItemRegion => $"{subject}在本事项实施区划内",
            _ => subject,
        };
    }

    /// <summary>The whole rule on one line, for the version diff: "老年人补贴秒批：申请人年龄不小于 60；且……".</summary>
    public static string Describe(AutoDecisionRule? rule, IEnumerable<FormField> fields) =>
        rule is null ? "（未设置秒批）" : $"{rule.Name}：" + string.Join("；且", rule.Conditions.Select(c => Describe(c, fields)));
}
