namespace OneStop.Catalog.Items;

/// <summary>
/// 事项要素质量检查 before publishing (the Zhejiang data-quality practice the seeds cite). All issues are returned at
/// once so a catalog administrator fixes the version in one pass. Imports list these issues instead of fixing them.
/// </summary>
public static class PublishingChecks
{
    private static readonly string[] LicenceSteps = ["受理", "审核", "审批", "办结", "送达"];
    private static readonly string[] VagueMaterialNames = ["其他材料", "有关材料", "相关材料", "其它材料", "其他相关材料"];

    public static IReadOnlyList<PublishingIssue> Run(ItemContent c)
    {
        // Content that is not even well-formed (a hole in a list, an undefined kind) cannot be judged further.
        var malformed = ContentCheck.Issues(c);
        if (malformed.Count > 0) return malformed;
        var issues = new List<PublishingIssue>();
        void Add(string field, string code, string message) => issues.Add(new PublishingIssue(field, code, message));

        if (string.IsNullOrWhiteSpace(c.MainItemName)) Add("mainItemName", "catalog.name-required", "事项名称不能为空");
        if (string.IsNullOrWhiteSpace(c.ImplementationCode)) Add("implementationCode", "catalog.code-required", "实施编码不能为空");
        if (string.IsNullOrWhiteSpace(c.DepartmentName)) Add("departmentName", "catalog.department-required", "实施主体不能为空");

        if (c.StatutoryLimitDays is < 0 || c.PromisedLimitDays is < 0)
            Add("promisedLimitDays", "catalog.negative-limit", "办理时限不能为负数");
        if (c.PromisedLimitDays is { } promised && c.StatutoryLimitDays is { } statutory && promised > statutory)
            Add("promisedLimitDays", "catalog.promised-exceeds-statutory", $"承诺时限 {promised} 个工作日超过法定时限 {statutory} 个工作日");
        if (c.CaseType == CaseType.Immediate && c.PromisedLimitDays is not (null or 0))
            Add("caseType", "catalog.immediate-needs-zero-limit", "即办件的承诺时限应为 0（当场办结）");
        if (c.CaseType == CaseType.Promised && c.PromisedLimitDays == 0)
            Add("caseType", "catalog.zero-limit-is-immediate", "承诺时限为 0 的事项应设为即办件");

        if (c.RequiredVisits < 0) Add("requiredVisits", "catalog.negative-visits", "到现场次数不能为负数");
        if (c.RequiredVisits > 0 && string.IsNullOrWhiteSpace(c.VisitsReason))
            Add("visitsReason", "catalog.visits-need-reason", $"需到现场 {c.RequiredVisits} 次，须说明理由");
        if (c.RequiredVisits == 0 && !c.IsOnline && !c.Channels.Contains(HandlingChannel.Post))
            Add("channels", "catalog.zero-visit-needs-post", "零跑动且不能网上办理的事项须支持邮寄");

        for (var i = 0; i < c.Fees.Count; i++)
        {
            var fee = c.Fees[i];
            if (string.IsNullOrWhiteSpace(fee.Basis) || string.IsNullOrWhiteSpace(fee.Standard))
                Add($"fees[{i}]", "catalog.fee-needs-basis", $"收费项目“{fee.Name}”须写明收费标准和依据");
        }

        if (c.Kind == ItemKind.AdministrativeLicence)
        {
            var missing = LicenceSteps.Where(s => !c.Steps.Any(step => step.Name.Contains(s))).ToList();
            if (missing.Count > 0)
                Add("steps", "catalog.licence-steps-missing", "行政许可事项须包含环节：" + string.Join("、", missing));
        }

        for (var i = 0; i < c.Materials.Count; i++)
        {
            var name = c.Materials[i].Name.Trim();
            if (name.Length == 0) Add($"materials[{i}]", "catalog.material-name-required", "材料名称不能为空");
            else if (VagueMaterialNames.Any(v => name == v || name.StartsWith(v) || name.EndsWith(v)))
                Add($"materials[{i}]", "catalog.vague-material", $"材料名称“{name}”含糊，须写明具体材料（兜底条款应删除）");
        }
        return issues;
    }
}
