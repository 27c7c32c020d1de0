using System.Text.RegularExpressions;

namespace OneStop.Catalog.Pages.Admin.Catalog.Editor;

/// <summary>
/// The content checker's and the publishing checks' field paths ("materials[2].name") as the Chinese labels of the
/// form ("申请材料第 3 行：名称"). The one place where those paths are named for people; the editor, the diff page and
/// the error lists use it.
/// </summary>
public static partial class ItemFieldLabels
{
    public static readonly IReadOnlyDictionary<string, string> Fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["mainItemName"] = "主项名称", ["subItemName"] = "子项（业务办理项）名称", ["kind"] = "事项类型", ["basicCode"] = "基本编码",
        ["implementationCode"] = "实施编码", ["handlingCode"] = "业务办理项编码", ["departmentName"] = "实施主体",
        ["regionCode"] = "行政区划", ["legalBasis"] = "设定依据", ["acceptanceConditions"] = "受理条件",
        ["materials"] = "申请材料", ["steps"] = "办理流程", ["statutoryLimitDays"] = "法定时限", ["promisedLimitDays"] = "承诺时限",
        ["caseType"] = "办件类型", ["fees"] = "收费", ["channels"] = "办理渠道", ["requiredVisits"] = "到现场次数",
        ["visitsReason"] = "到现场原因", ["onlineDepth"] = "网办深度", ["crossRegion"] = "跨区域通办",
        ["resultName"] = "办理结果名称", ["resultType"] = "结果类型", ["intermediaryServices"] = "中介服务", ["faqs"] = "常见问题",
        ["formFields"] = "申请表字段", ["handlingLocation"] = "办理地点", ["consultPhone"] = "咨询电话", ["complaintPhone"] = "监督投诉电话",
        ["content"] = "事项内容", ["json"] = "JSON 内容", ["validFrom"] = "生效日期", ["lastDay"] = "最后实施日",
        ["autoDecision"] = "秒批规则", ["variation"] = "本地差异", ["extraChannels"] = "增加的办理渠道", ["waivedMaterials"] = "免提交材料", ["notOffered"] = "本地不实施",
    };

    /// <summary>The fields of a list's rows (a material's, a step's, a form field's…).</summary>
    public static readonly IReadOnlyDictionary<string, string> RowFields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["name"] = "名称", ["necessity"] = "必要性", ["form"] = "形式", ["paperCopies"] = "纸质份数", ["source"] = "来源",
        ["licenceType"] = "证照类型", ["blankFormUrl"] = "空白表格地址", ["sampleUrl"] = "示例样表地址", ["notes"] = "备注",
        ["issuedBy"] = "出具单位", ["description"] = "说明", ["limitDays"] = "时限", ["standard"] = "收费标准", ["basis"] = "依据",
        ["amount"] = "金额", ["waivable"] = "可减免", ["fee"] = "费用", ["question"] = "问题", ["answer"] = "解答",
        ["key"] = "字段代码", ["label"] = "字段名称", ["required"] = "必填", ["kind"] = "类型", ["options"] = "可选项",
    };

    /// <summary>"materials[2].name" → "申请材料第 3 行：名称"; "channels[0]" → "办理渠道第 1 项"; unknown paths stay as they are.</summary>
    public static string Label(string path)
    {
        if (path.StartsWith(RulePrefix, StringComparison.Ordinal)) return RuleLabel(path[RulePrefix.Length..]);
        var m = PathPattern().Match(path.StartsWith("variation.", StringComparison.Ordinal) ? path["variation.".Length..] : path);
        if (!m.Success) return path;
        var list = Fields.GetValueOrDefault(m.Groups["list"].Value, m.Groups["list"].Value);
        if (!m.Groups["index"].Success) return list;
        var row = int.Parse(m.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture) + 1;
        if (!m.Groups["field"].Success) return $"{list}第 {row} 项";
        return $"{list}第 {row} 行：{RowFields.GetValueOrDefault(m.Groups["field"].Value, m.Groups["field"].Value)}";
    }

    private const string RulePrefix = "autoDecision";

    private static readonly Dictionary<string, string> RuleFields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["subject"] = "条件对象", ["test"] = "判断", ["min"] = "下限", ["max"] = "上限", ["values"] = "取值", ["label"] = "条件名称",
    };

    /// <summary>"autoDecision.conditions[1].min" → "秒批规则第 2 条：下限"; "autoDecision.name" → "秒批规则：规则名称".</summary>
    private static string RuleLabel(string rest)
    {
        if (rest is "" or ".enabled") return "秒批规则";
        if (rest == ".name") return "秒批规则：规则名称";
        var m = PathPattern().Match(rest.TrimStart('.'));
        if (!m.Success || !m.Groups["index"].Success) return "秒批规则：条件";
        var row = int.Parse(m.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture) + 1;
        return m.Groups["field"].Success
            ? $"秒批规则第 {row} 条：{RuleFields.GetValueOrDefault(m.Groups["field"].Value, m.Groups["field"].Value)}"
            : $"秒批规则第 {row} 条";
    }

    /// <summary>A checker's message about one field as a sentence: "申请材料第 3 行：名称不能为空".</summary>
    public static string Message(string path, string message)
    {
        // The 秒批 checks name their row in the message itself (the API reply has no labels).
        if (message.StartsWith("秒批规则", StringComparison.Ordinal)) return message;
        var label = Label(path);
        var field = label.Contains('：') ? label[(label.LastIndexOf('：') + 1)..] : label;
        // Messages that already name the field ("纸质份数须在…") or read on from it ("不能为空") join without a colon.
        if (message.StartsWith(field, StringComparison.Ordinal)) return label[..^field.Length] + message;
        return message.StartsWith("不能", StringComparison.Ordinal) || message.StartsWith("须", StringComparison.Ordinal)
            ? label + message
            : $"{label}：{message}";
    }

    [GeneratedRegex(@"^(?<list>[A-Za-z]+)(\[(?<index>\d+)\](\.(?<field>[A-Za-z]+))?)?$")]
    private static partial Regex PathPattern();
}
