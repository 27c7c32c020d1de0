using OneStop.Platform.Errors;

namespace OneStop.Catalog.Items;

/// <summary>
/// The one structural check of item content, used by the admin API, the admin pages, local variations and the
/// importer alike: every list present and without holes, every enum a defined value, numbers within bounds, texts
/// within length and free of control characters. "&lt;" and "&gt;" are allowed: real legal bases and conditions use
/// them, and every page encodes its output. Business rules (limits, visits, fees…) are <see cref="PublishingChecks"/>.
/// </summary>
public static partial class ContentCheck
{
    /// <summary>One fee of one item above 1 亿元 is a typing error; the bound also keeps bundle totals far from decimal overflow.</summary>
    public const decimal MaxFeeAmount = 100_000_000m;
    public const int MaxDays = 3650;
    private const int MaxListLength = 200;

    /// <summary>Lengths are those real catalogs need (Guangdong lists several phone numbers with office hours in one field).</summary>
    public static Validator Check(ItemContent content, Validator v)
    {
        Text(v, "mainItemName", content.MainItemName, 200, required: true);
        Text(v, "subItemName", content.SubItemName, 200);
        Text(v, "handlingItemName", content.HandlingItemName, 200);
        Text(v, "implementationCode", content.ImplementationCode, 64, required: true);
        Text(v, "basicCode", content.BasicCode, 64);
        Text(v, "handlingCode", content.HandlingCode, 64);
        Text(v, "departmentName", content.DepartmentName, 100, required: true);
        Text(v, "regionCode", content.RegionCode, 12, required: true);
        Text(v, "legalBasis", content.LegalBasis, 4000);
        Text(v, "acceptanceConditions", content.AcceptanceConditions, 4000);
        Text(v, "resultName", content.ResultName, 200);
        Text(v, "handlingLocation", content.HandlingLocation, 300);
        Text(v, "visitsReason", content.VisitsReason, 300);
        Text(v, "consultPhone", content.ConsultPhone, 2000);
        Text(v, "complaintPhone", content.ComplaintPhone, 2000);
        Defined(v, "kind", content.Kind);
        Defined(v, "caseType", content.CaseType);
        Defined(v, "crossRegion", content.CrossRegion);
        Defined(v, "resultType", content.ResultType);
        Days(v, "statutoryLimitDays", content.StatutoryLimitDays);
        Days(v, "promisedLimitDays", content.PromisedLimitDays);
        if (content.RequiredVisits is < 0 or > 10) v.Add("requiredVisits", "到现场次数须在 0 至 10 之间");
        if (content.OnlineDepth is < 0 or > 4) v.Add("onlineDepth", "网办深度须在 0 至 4 之间");

        Each(v, "materials", content.Materials, (field, m) =>
        {
            Text(v, field + ".name", m.Name, 200, required: true);
            Defined(v, field + ".necessity", m.Necessity);
            Defined(v, field + ".form", m.Form);
            Defined(v, field + ".source", m.Source);
            if (m.PaperCopies is < 0 or > 100) v.Add(field + ".paperCopies", "纸质份数须在 0 至 100 之间");
            Text(v, field + ".licenceType", m.LicenceType, 100);
            Text(v, field + ".blankFormUrl", m.BlankFormUrl, 500);
            Text(v, field + ".sampleUrl", m.SampleUrl, 500);
            Text(v, field + ".notes", m.Notes, 1000);
            Text(v, field + ".issuedBy", m.IssuedBy, 100);
        });
        Each(v, "steps", content.Steps, (field, s) =>
        {
            Text(v, field + ".name", s.Name, 50, required: true);
            Text(v, field + ".description", s.Description, 1000);
            Days(v, field + ".limitDays", s.LimitDays);
        });
        Each(v, "fees", content.Fees, (field, f) =>
        {
            Text(v, field + ".name", f.Name, 100, required: true);
            Text(v, field + ".standard", f.Standard, 1000);
            Text(v, field + ".basis", f.Basis, 1000);
            if (f.Amount is < 0 or > MaxFeeAmount)
                v.Add(field + ".amount", $"收费金额须在 0 至 {MaxFeeAmount:0} 元之间", "catalog.fee-out-of-range");
            else if (f.Amount is { } amount && decimal.Round(amount, 2) != amount)
                v.Add(field + ".amount", "收费金额最多保留两位小数（到分）", "catalog.fee-out-of-range");
        });
        Each(v, "channels", content.Channels, (field, c) => Defined(v, field, c));
        Each(v, "intermediaryServices", content.IntermediaryServices, (field, s) =>
        {
            Text(v, field + ".name", s.Name, 200, required: true);
            Days(v, field + ".limitDays", s.LimitDays);
            Text(v, field + ".fee", s.Fee, 200);
            Text(v, field + ".basis", s.Basis, 1000);
        });
        Each(v, "faqs", content.Faqs, (field, f) =>
        {
            Text(v, field + ".question", f.Question, 500, required: true);
            Text(v, field + ".answer", f.Answer, 4000, required: true);
        });
        Each(v, "formFields", content.FormFields, (field, f) =>
        {
            Text(v, field + ".key", f.Key, 64, required: true);
            Text(v, field + ".label", f.Label, 100, required: true);
            CheckFormField(v, field, f);
        });
        var keys = (content.FormFields ?? []).Where(f => f?.Key is not null).GroupBy(f => f.Key.Trim(), StringComparer.Ordinal);
        foreach (var twice in keys.Where(g => g.Count() > 1))
            v.Add("formFields", $"申请表字段代码“{twice.Key}”重复：一张表中每个字段代码只能用一次", "catalog.field-key-duplicate");
        AutoDecisionRuleCheck.Check(content, v);
        return v;
    }

    /// <summary>
    /// A key is what a bundle merges by and a 秒批 rule names: letters and digits, so it never reads as the rule's own
    /// "applicant.age". A choice field lists its choices; other kinds have none (they would be shown nowhere).
    /// </summary>
    private static void CheckFormField(Validator v, string field, FormField f)
    {
        if (f.Key is { Length: > 0 } key && !FieldKey().IsMatch(key.Trim()))
            v.Add(field + ".key", "字段代码只能用英文字母、数字和下划线，并以字母开头（如 applyType）", "catalog.field-key-format");
        Defined(v, field + ".kind", f.Kind);
        var options = f.Options ?? [];
        if (f.Kind != FormFieldKind.Choice)
        {
            if (options.Count > 0) v.Add(field + ".options", "只有“选项”类型的字段才填写可选项", "catalog.field-options-unexpected");
            return;
        }
        if (options.Count < 2 || options.Count > FormFieldValues.MaxOptions)
        {
            v.Add(field + ".options", $"“选项”类型的字段须有 2 至 {FormFieldValues.MaxOptions} 个可选项", "catalog.field-options-required");
            return;
        }
        // One path for every choice: the editor shows all of them in one input, separated by 、.
        foreach (var option in options) Text(v, field + ".options", option, FormFieldValues.MaxOptionLength, required: true);
        var given = options.Where(o => !string.IsNullOrWhiteSpace(o)).ToList();
        if (given.Any(o => o.IndexOfAny(FormFieldValues.ListSeparators) >= 0))
            v.Add(field + ".options", "可选项中不能有顿号、逗号或分号（它们用来分隔可选项）", "catalog.field-options-separator");
        // "Ａ类" and "A类" are one choice to an applicant typing either: the form could store only one of them.
        if (given.Select(FormFieldValues.Fold).Distinct(StringComparer.Ordinal).Count() != given.Count)
            v.Add(field + ".options", "可选项不能重复（全角与半角、前后空格不算不同）", "catalog.field-options-duplicate");
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*$")]
    private static partial System.Text.RegularExpressions.Regex FieldKey();

    public static Validator Check(LocalVariation variation, Validator v)
    {
        Text(v, "variation.departmentName", variation.DepartmentName, 100);
        Days(v, "variation.promisedLimitDays", variation.PromisedLimitDays);
        Text(v, "variation.handlingLocation", variation.HandlingLocation, 300);
        Text(v, "variation.consultPhone", variation.ConsultPhone, 2000);
        Text(v, "variation.complaintPhone", variation.ComplaintPhone, 2000);
        if (variation.RequiredVisits is < 0 or > 10) v.Add("variation.requiredVisits", "到现场次数须在 0 至 10 之间");
        Text(v, "variation.visitsReason", variation.VisitsReason, 300);
        Each(v, "variation.extraChannels", variation.ExtraChannels, (field, c) => Defined(v, field, c));
        Each(v, "variation.waivedMaterials", variation.WaivedMaterials, (field, m) => Text(v, field, m, 200, required: true));
        return v;
    }

    /// <summary>Field errors of <paramref name="content"/> (empty when it is sound).</summary>
    public static IReadOnlyList<PublishingIssue> Issues(ItemContent content)
    {
        var v = Check(content, new Validator());
        return v.Errors.SelectMany(e => e.Value.Select(m => new PublishingIssue(e.Key, "catalog.invalid-content", m))).ToList();
    }

    public static void ThrowIfInvalid([System.Diagnostics.CodeAnalysis.NotNull] ItemContent? content)
    {
        if (content is null) throw RequestValidationException.For("content", "请提交事项内容", "catalog.content-required");
        Check(content, new Validator()).ThrowIfInvalid("catalog.invalid-content");
    }

    private static void Text(Validator v, string field, string? value, int maxLength, bool required = false)
    {
        if (value is null && !required) return;
        v.Text(field, value, maxLength, required, markupAllowed: true);
    }

    private static void Defined<T>(Validator v, string field, T value) where T : struct, Enum
    {
        if (!Enum.IsDefined(value)) v.Add(field, "取值不在允许的范围内", "catalog.unknown-value");
    }

    private static void Days(Validator v, string field, int? days)
    {
        if (days is < 0 or > MaxDays) v.Add(field, $"天数须在 0 至 {MaxDays} 之间");
    }

    private static void Each<T>(Validator v, string field, IReadOnlyList<T>? list, Action<string, T> check)
    {
        if (list is null) { v.Add(field, "须为数组（没有内容时提交 []）", "catalog.list-required"); return; }
        if (list.Count > MaxListLength) { v.Add(field, $"不能超过 {MaxListLength} 项"); return; }
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is null) v.Add($"{field}[{i}]", "不能为 null", "catalog.list-required");
            else check($"{field}[{i}]", list[i]);
        }
    }
}
