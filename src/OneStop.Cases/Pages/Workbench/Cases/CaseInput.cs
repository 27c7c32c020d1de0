using OneStop.Cases.PreReview;

namespace OneStop.Cases.Pages.Workbench.Cases;

/// <summary>
/// What the staff typed on the case page. Each form posts its own part; after a refusal the page shows it again as
/// typed. <see cref="Revision"/> is the case as the person saw it: acting on an older view is refused (已被他人处理).
/// </summary>
public sealed class CaseInput
{
    public int Revision { get; set; }
    public bool Confirmed { get; set; }
    public string? Note { get; set; }
    public string? AcceptNote { get; set; }

    // 预审 / 审查中补正: a check per material and free lines, one notice.
    public List<MaterialCheck> Checks { get; set; } = [];
    public string? OtherProblems { get; set; }
    public string? RefuseReason { get; set; }

    // 审查
    public string? Opinion { get; set; }
    public string? Procedure { get; set; }
    public string? ProcedureReason { get; set; }
    public string? ProcedureResult { get; set; }
    public int? ExtensionDays { get; set; }
    public string? ExtensionReason { get; set; }
    public string? ExtensionOpinion { get; set; }
    public string? Decision { get; set; }
    public string? DecisionReason { get; set; }

    /// <summary>The 一次性告知 list: every material marked 需补正 with its problem, then each free line.</summary>
    public SupplementRequestBody Supplement(IReadOnlyList<string> materialNames, out Dictionary<string, string> labels)
    {
        var items = new List<SupplementItemBody>();
        labels = [];
        foreach (var check in Checks.Where(c => c.NeedsFix && c.Index >= 0 && c.Index < materialNames.Count))
        {
            labels[$"items[{items.Count}].problem"] = $"“{materialNames[check.Index]}”的问题说明";
            items.Add(new SupplementItemBody(materialNames[check.Index], check.Problem));
        }
        foreach (var line in (OtherProblems ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            labels[$"items[{items.Count}].problem"] = "其他需补正事项";
            labels[$"items[{items.Count}].material"] = "其他需补正事项";
            var colon = line.IndexOfAny(['：', ':']);
            items.Add(colon > 0 ? new SupplementItemBody(line[..colon].Trim(), line[(colon + 1)..].Trim()) : new SupplementItemBody("其他事项", line));
        }
        return new SupplementRequestBody(items, Note);
    }
}

/// <summary>One material's check: 合格, or 需补正 with what is wrong.</summary>
public sealed class MaterialCheck
{
    public int Index { get; set; }
    public bool NeedsFix { get; set; }
    public string? Problem { get; set; }
}
