using System.Globalization;
using OneStop.Platform.Regions;

namespace OneStop.Catalog.Items;

/// <summary>
/// 秒批: a rule over an application's form fields (and two facts about the applicant) under which the item is
/// accepted and decided at once. Stored with the item version, so a case is decided by the rule of the version it
/// was applied for; the case history names the rule.
/// </summary>
public sealed record AutoDecisionRule(string Name, IReadOnlyList<RuleCondition> Conditions)
{
    /// <summary>Holds when every condition holds; otherwise names each that failed, in Chinese, for the case history.</summary>
    public RuleOutcome Evaluate(RuleFacts facts)
    {
        var failures = new List<string>();
        foreach (var condition in Conditions)
        {
            if (condition.Check(facts) is { } failure) failures.Add(failure);
        }
        return new RuleOutcome(failures.Count == 0 && Conditions.Count > 0, failures);
    }
}

/// <summary>What a condition tests; <see cref="WithinItemRegion"/> applies to <see cref="RuleSubjects.ApplicantRegion"/>.</summary>
public enum RuleTest { AtLeast, AtMost, Between, OneOf, WithinItemRegion }

/// <summary>The subjects besides form-field keys: facts the platform knows about the applicant.</summary>
public static class RuleSubjects
{
    /// <summary>Age in full years on the day of application, from the resident ID's birth date.</summary>
    public const string ApplicantAge = "applicant.age";

    /// <summary>The applicant's registered region (their account's region, else the resident ID's area code).</summary>
    public const string ApplicantRegion = "applicant.region";
}

public sealed record RuleCondition(string Subject, RuleTest Test, decimal? Min = null, decimal? Max = null,
    IReadOnlyList<string>? Values = null, string? Label = null)
{
    internal string? Check(RuleFacts facts)
    {
        // Without a label the history still reads Chinese for the two platform facts.
        var label = Label ?? Subject switch
        {
            RuleSubjects.ApplicantAge => "申请人年龄", RuleSubjects.ApplicantRegion => "申请人户籍地", _ => Subject,
        };
        if (Subject == RuleSubjects.ApplicantRegion || Test == RuleTest.WithinItemRegion)
        {
            var region = facts.ApplicantRegionCode;
            var within = region is not null && RegionCode.TryParse(region, out var own)
                && RegionCode.TryParse(facts.ItemRegionCode, out var item) && own.IsWithin(item);
            return within ? null : "申请人户籍不在本事项实施区划内";
        }
        var text = Subject == RuleSubjects.ApplicantAge
            ? AgeOf(facts.ApplicantResidentId, facts.On)?.ToString(CultureInfo.InvariantCulture)
            : facts.Fields.GetValueOrDefault(Subject)?.Trim();
        if (string.IsNullOrEmpty(text)) return $"{label}未填写";
        if (Test == RuleTest.OneOf)
            return Values is { } values && values.Any(v => SameValue(v, text)) ? null : $"{label}“{text}”不在允许的取值内";
        if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
            return $"{label}“{text}”不是数字";
        return Test switch
        {
            RuleTest.AtLeast when number < Min => $"{label}为 {number}，低于 {Min}",
            RuleTest.AtMost when number > Max => $"{label}为 {number}，高于 {Max}",
            RuleTest.Between when number < Min || number > Max => $"{label}为 {number}，不在 {Min}–{Max} 之间",
            _ => null,
        };
    }

    /// <summary>One value of 属于以下之一: equal numbers (1 and 1.0), or the same text after folding widths and spaces.</summary>
    private static bool SameValue(string value, string text) =>
        FormFieldValues.Number(value) is { } a && FormFieldValues.Number(text) is { } b ? a == b : FormFieldValues.Same(value, text);

    private static int? AgeOf(string? residentId, DateOnly on)
    {
        if (residentId is not { Length: 18 } ||
            !DateOnly.TryParseExact(residentId.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth))
            return null;
        var age = on.Year - birth.Year;
        if (on < birth.AddYears(age)) age--;
        return age;
    }
}

public sealed record RuleFacts(IReadOnlyDictionary<string, string?> Fields, string? ApplicantResidentId,
    string? ApplicantRegionCode, string ItemRegionCode, DateOnly On);

public sealed record RuleOutcome(bool Holds, IReadOnlyList<string> Failures);
