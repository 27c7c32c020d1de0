using System.Globalization;
using OneStop.Catalog.Items;

namespace OneStop.Catalog.Pages.Admin.Catalog.Editor;

/// <summary>
/// The 三级十同 content as the Chinese form posts it. Numbers stay text until saving so that whatever the clerk typed
/// (even "三天") comes back on the page with the error, instead of being lost by model binding.
/// </summary>
public sealed class ItemForm
{
    public string? MainItemName { get; set; }
    public string? SubItemName { get; set; }
    public ItemKind Kind { get; set; }
    public string? BasicCode { get; set; }
    public string? ImplementationCode { get; set; }
    public string? HandlingCode { get; set; }
    public string? DepartmentName { get; set; }
    public string? RegionCode { get; set; }
    public string? LegalBasis { get; set; }
    public string? AcceptanceConditions { get; set; }
    public List<MaterialRow> Materials { get; set; } = [];
    public List<StepRow> Steps { get; set; } = [];
    public string? StatutoryLimitDays { get; set; }
    public string? PromisedLimitDays { get; set; }
    public CaseType CaseType { get; set; } = CaseType.Promised;
    public List<FeeRow> Fees { get; set; } = [];
    public List<HandlingChannel> Channels { get; set; } = [];
    public string? RequiredVisits { get; set; }
    public string? VisitsReason { get; set; }
    public int OnlineDepth { get; set; }
    public CrossRegionScope CrossRegion { get; set; }
    public string? ResultName { get; set; }
    public ResultType ResultType { get; set; } = ResultType.None;
    public List<IntermediaryRow> IntermediaryServices { get; set; } = [];
    public List<FaqRow> Faqs { get; set; } = [];
    public List<FormFieldRow> FormFields { get; set; } = [];
    public string? HandlingLocation { get; set; }
    public string? ConsultPhone { get; set; }
    public string? ComplaintPhone { get; set; }

    /// <summary>
    /// The row a table button just added or moved (row -1: the list's add button, after a row was removed). The page
    /// comes back with it focused, so the browser scrolls there instead of to the top of a long form. Never posted.
    /// </summary>
    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
    public (string List, int Row)? Focus { get; set; }

    public bool IsFocus(string list, int row) => Focus is { } f && f.List == list && f.Row == row;

    /// <summary>秒批 on or off; the rows stay in the form when it is switched off, so switching back loses nothing typed.</summary>
    public bool AutoDecisionEnabled { get; set; }
    public string? RuleName { get; set; }
    public List<RuleConditionRow> RuleConditions { get; set; } = [];

    public sealed class MaterialRow
    {
        public string? Name { get; set; }
        public MaterialNecessity Necessity { get; set; }
        public MaterialForm Form { get; set; }
        public string? PaperCopies { get; set; } = "1";
        public MaterialSource Source { get; set; }
        public string? LicenceType { get; set; }
        public string? IssuedBy { get; set; }
        public string? BlankFormUrl { get; set; }
        public string? SampleUrl { get; set; }
        public string? Notes { get; set; }
    }

    public sealed class StepRow { public string? Name { get; set; } public string? Description { get; set; } public string? LimitDays { get; set; } }

    public sealed class FeeRow
    {
        public string? Name { get; set; }
        public string? Standard { get; set; }
        public string? Basis { get; set; }
        public bool Waivable { get; set; }
        public string? Amount { get; set; }
    }

    public sealed class IntermediaryRow { public string? Name { get; set; } public string? LimitDays { get; set; } public string? Fee { get; set; } public string? Basis { get; set; } }

    public sealed class FaqRow { public string? Question { get; set; } public string? Answer { get; set; } }

    /// <summary>A field as typed: the choices of a 选项 field as one line separated by 、 or commas, like a rule's values.</summary>
    public sealed class FormFieldRow
    {
        public string? Key { get; set; }
        public string? Label { get; set; }
        public bool Required { get; set; } = true;
        public FormFieldKind Kind { get; set; }
        public string? Options { get; set; }
    }

    /// <summary>One condition as typed: numbers as text, the values of 属于以下之一 as one line separated by 、 or commas.</summary>
    public sealed class RuleConditionRow
    {
        public string? Subject { get; set; }
        public RuleTest Test { get; set; }
        public string? Min { get; set; }
        public string? Max { get; set; }
        public string? Values { get; set; }
    }

    public static ItemForm From(ItemContent c) => new()
    {
        AutoDecisionEnabled = c.AutoDecision is not null, RuleName = c.AutoDecision?.Name,
        RuleConditions = c.AutoDecision?.Conditions.Select(r => new RuleConditionRow
        {
            Subject = r.Subject, Test = r.Test, Min = r.Min?.ToString(CultureInfo.InvariantCulture),
            Max = r.Max?.ToString(CultureInfo.InvariantCulture), Values = r.Values is null ? null : string.Join("、", r.Values),
        }).ToList() ?? [],
        MainItemName = c.MainItemName, SubItemName = c.SubItemName, Kind = c.Kind, BasicCode = c.BasicCode,
        ImplementationCode = c.ImplementationCode, HandlingCode = c.HandlingCode, DepartmentName = c.DepartmentName,
        RegionCode = c.RegionCode, LegalBasis = c.LegalBasis, AcceptanceConditions = c.AcceptanceConditions,
        Materials = c.Materials.Select(m => new MaterialRow
        {
            Name = m.Name, Necessity = m.Necessity, Form = m.Form, PaperCopies = Text(m.PaperCopies), Source = m.Source,
            LicenceType = m.LicenceType, IssuedBy = m.IssuedBy, BlankFormUrl = m.BlankFormUrl, SampleUrl = m.SampleUrl, Notes = m.Notes,
        }).ToList(),
        Steps = c.Steps.Select(s => new StepRow { Name = s.Name, Description = s.Description, LimitDays = Text(s.LimitDays) }).ToList(),
        StatutoryLimitDays = Text(c.StatutoryLimitDays), PromisedLimitDays = Text(c.PromisedLimitDays), CaseType = c.CaseType,
        Fees = c.Fees.Select(f => new FeeRow { Name = f.Name, Standard = f.Standard, Basis = f.Basis, Waivable = f.Waivable,
            Amount = f.Amount?.ToString(CultureInfo.InvariantCulture) }).ToList(),
        Channels = [.. c.Channels], RequiredVisits = Text(c.RequiredVisits), VisitsReason = c.VisitsReason, OnlineDepth = c.OnlineDepth,
        CrossRegion = c.CrossRegion, ResultName = c.ResultName, ResultType = c.ResultType,
        IntermediaryServices = c.IntermediaryServices.Select(s => new IntermediaryRow { Name = s.Name, LimitDays = Text(s.LimitDays), Fee = s.Fee, Basis = s.Basis }).ToList(),
        Faqs = c.Faqs.Select(f => new FaqRow { Question = f.Question, Answer = f.Answer }).ToList(),
        FormFields = c.FormFields.Select(f => new FormFieldRow { Key = f.Key, Label = f.Label, Required = f.Required, Kind = f.Kind,
            Options = f.Options is null ? null : string.Join("、", f.Options) }).ToList(),
        HandlingLocation = c.HandlingLocation, ConsultPhone = c.ConsultPhone, ComplaintPhone = c.ComplaintPhone,
    };

    /// <summary>
    /// The content to hand to the use case, or null with <paramref name="errors"/> filled when a number cannot be read.
    /// Everything else (empty names, lengths, enum ranges) is left to the one content checker.
    /// </summary>
    public ItemContent? ToContent(List<string> errors)
    {
        var content = Build(errors);
        return errors.Count == 0 ? content : null;
    }

    /// <summary>
    /// Everything wrong with the form at once: the numbers that could not be read (<paramref name="unreadable"/>, from
    /// <see cref="ToContent"/>) and what the content checker says of the rest, so a clerk does not fix one round of
    /// errors only to meet the next. A 秒批 bound that could not be read is not reported a second time as missing.
    /// </summary>
    public IReadOnlyList<string> AllProblems(IReadOnlyList<string> unreadable)
    {
        var rows = unreadable.Where(p => p.StartsWith("秒批规则第", StringComparison.Ordinal)).Select(p => p[..(p.IndexOf('：') + 1)]).ToHashSet();
        var checks = ContentCheck.Check(Build([]), new OneStop.Platform.Errors.Validator()).Errors
            .Where(e => !(e.Key.EndsWith(".min", StringComparison.Ordinal) || e.Key.EndsWith(".max", StringComparison.Ordinal))
                || !e.Value.Any(m => rows.Any(r => m.StartsWith(r, StringComparison.Ordinal))))
            .SelectMany(e => e.Value.Select(m => ItemFieldLabels.Message(e.Key, m)));
        return [.. unreadable, .. checks.Where(m => !unreadable.Contains(m))];
    }

    private ItemContent Build(List<string> errors)
    {
        int? Days(string path, string? text) => Number(path, text, errors);
        return new ItemContent
        {
            MainItemName = MainItemName ?? "", SubItemName = Blank(SubItemName), Kind = Kind, BasicCode = Blank(BasicCode),
            ImplementationCode = ImplementationCode ?? "", HandlingCode = Blank(HandlingCode), DepartmentName = DepartmentName ?? "",
            RegionCode = RegionCode ?? "", LegalBasis = Blank(LegalBasis), AcceptanceConditions = Blank(AcceptanceConditions),
            Materials = Materials.Select((m, i) => new MaterialRequirement(m.Name ?? "", m.Necessity, m.Form,
                Number($"materials[{i}].paperCopies", m.PaperCopies, errors) ?? 0, m.Source, Blank(m.LicenceType), Blank(m.BlankFormUrl),
                Blank(m.SampleUrl), Blank(m.Notes), Blank(m.IssuedBy))).ToList(),
            Steps = Steps.Select((s, i) => new ProcessStep(s.Name ?? "", Blank(s.Description), Days($"steps[{i}].limitDays", s.LimitDays))).ToList(),
            StatutoryLimitDays = Days("statutoryLimitDays", StatutoryLimitDays),
            PromisedLimitDays = Days("promisedLimitDays", PromisedLimitDays),
            CaseType = CaseType,
            Fees = Fees.Select((f, i) => new Fee(f.Name ?? "", Blank(f.Standard), Blank(f.Basis), f.Waivable, Amount($"fees[{i}].amount", f.Amount, errors))).ToList(),
            Channels = Channels.Distinct().ToList(),
            RequiredVisits = Number("requiredVisits", RequiredVisits, errors) ?? 0,
            VisitsReason = Blank(VisitsReason), OnlineDepth = OnlineDepth, CrossRegion = CrossRegion,
            ResultName = Blank(ResultName), ResultType = ResultType,
            IntermediaryServices = IntermediaryServices.Select((s, i) => new IntermediaryService(s.Name ?? "",
                Days($"intermediaryServices[{i}].limitDays", s.LimitDays), Blank(s.Fee), Blank(s.Basis))).ToList(),
            Faqs = Faqs.Select(f => new Faq(f.Question ?? "", f.Answer ?? "")).ToList(),
            FormFields = FormFields.Select(ToField).ToList(),
            HandlingLocation = Blank(HandlingLocation), ConsultPhone = Blank(ConsultPhone), ComplaintPhone = Blank(ComplaintPhone),
            AutoDecision = AutoDecisionEnabled ? ToRule(errors) : null,
        };
    }

    /// <summary>Choices are kept only for a 选项 field, so switching a field back to 文本 drops them rather than refusing the save.</summary>
    private static FormField ToField(FormFieldRow f) => new(f.Key ?? "", f.Label ?? "", f.Required, f.Kind,
        f.Kind == FormFieldKind.Choice ? Split(f.Options) : null);

    private static List<string> Split(string? line) =>
        (line ?? "").Split(FormFieldValues.ListSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct().ToList();

    /// <summary>Only the inputs the chosen test reads are kept, so a left-over 下限 does not travel with a 属于以下之一.</summary>
    private AutoDecisionRule ToRule(List<string> errors)
    {
        var fields = FormFields.Select(f => new FormField(f.Key?.Trim() ?? "", f.Label?.Trim() ?? "")).ToList();
        return new(RuleName?.Trim() ?? "", RuleConditions.Select((r, i) => ToCondition(r, i, fields, errors)).ToList());
    }

    /// <summary>The condition keeps its subject's label, so the case history names it in Chinese even after a field is renamed.</summary>
    private static RuleCondition ToCondition(RuleConditionRow r, int i, IReadOnlyList<FormField> fields, List<string> errors)
    {
        var subject = r.Subject?.Trim() ?? "";
        var min = r.Test is RuleTest.AtLeast or RuleTest.Between ? RuleNumber(i, "下限", r.Min, errors) : null;
        var max = r.Test is RuleTest.AtMost or RuleTest.Between ? RuleNumber(i, "上限", r.Max, errors) : null;
        IReadOnlyList<string>? values = r.Test == RuleTest.OneOf ? Split(r.Values) : null;
        var label = subject.Length == 0 ? null : AutoDecisionText.SubjectLabel(subject, fields);
        return new RuleCondition(subject, r.Test, min, max, values, label == subject ? null : label);
    }

    private static decimal? RuleNumber(int row, string name, string? text, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (decimal.TryParse(text.Trim(), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)) return n;
        errors.Add($"秒批规则第 {row + 1} 条：{name}须填写阿拉伯数字（如 60）");
        return null;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    private static string? Text(int? n) => n?.ToString(CultureInfo.InvariantCulture);

    private static int? Number(string path, string? text, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return n;
        errors.Add(ItemFieldLabels.Message(path, "须填写阿拉伯数字（如 5）"));
        return null;
    }

    private static decimal? Amount(string path, string? text, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (decimal.TryParse(text.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n)) return n;
        errors.Add(ItemFieldLabels.Message(path, "须填写金额数字（元，如 12.50）"));
        return null;
    }
}
