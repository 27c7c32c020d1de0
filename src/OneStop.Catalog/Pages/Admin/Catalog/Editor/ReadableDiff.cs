using OneStop.Catalog.Items;

namespace OneStop.Catalog.Pages.Admin.Catalog.Editor;

/// <summary>
/// <see cref="VersionDiff"/> as a clerk reads it: each changed field by its Chinese label with old and new values in
/// words, and lists (materials, steps…) row by row, only the rows that differ.
/// </summary>
public static class ReadableDiff
{
    public sealed record Line(string Label, string? Before, string? After);

    private static readonly Dictionary<string, Func<ItemContent, IReadOnlyList<string>>> Lists = new(StringComparer.OrdinalIgnoreCase)
    {
        ["materials"] = c => c.Materials.Select(m =>
            $"{m.Name}｜{m.Necessity.Chinese()}｜{m.Form.Chinese()}｜{m.PaperCopies} 份｜{m.Source.Chinese()}" +
            (m.LicenceType is null ? "" : $"｜{m.LicenceType}") + (m.IssuedBy is null ? "" : $"｜{m.IssuedBy}出具") +
            (m.Notes is null ? "" : $"｜{m.Notes}")).ToList(),
        ["steps"] = c => c.Steps.Select(s => s.Name + (s.LimitDays is { } d ? $"（{d} 个工作日）" : "") + (s.Description is null ? "" : "：" + s.Description)).ToList(),
        ["fees"] = c => c.Fees.Select(f => f.Name + (f.Amount is { } a ? $" {a} 元" : "") + (f.Standard is null ? "" : "，标准：" + f.Standard)
            + (f.Basis is null ? "" : "，依据：" + f.Basis) + (f.Waivable ? "，可减免" : "")).ToList(),
        ["channels"] = c => c.Channels.Select(x => x.Chinese()).ToList(),
        ["intermediaryServices"] = c => c.IntermediaryServices.Select(s => s.Name + (s.LimitDays is { } d ? $"（{d} 个工作日）" : "") + (s.Fee is null ? "" : "，费用：" + s.Fee)).ToList(),
        ["faqs"] = c => c.Faqs.Select(f => $"问：{f.Question} 答：{f.Answer}").ToList(),
        ["formFields"] = c => c.FormFields.Select(f => $"{f.Label}（{f.Key}）{(f.Required ? "必填" : "选填")}｜{f.Kind.Chinese()}" +
            (f.Options is { Count: > 0 } o ? "：" + string.Join("、", o) : "")).ToList(),
    };

    private static readonly Dictionary<string, Func<ItemContent, string?>> Values = new(StringComparer.OrdinalIgnoreCase)
    {
        ["kind"] = c => c.Kind.Chinese(), ["caseType"] = c => c.CaseType.Chinese(), ["crossRegion"] = c => c.CrossRegion.Chinese(),
        ["resultType"] = c => c.ResultType.Chinese(),
        ["onlineDepth"] = c => CatalogLabels.OnlineDepths.FirstOrDefault(d => d.Value == c.OnlineDepth).Label ?? c.OnlineDepth.ToString(),
        ["statutoryLimitDays"] = c => Days(c.StatutoryLimitDays), ["promisedLimitDays"] = c => Days(c.PromisedLimitDays),
        ["requiredVisits"] = c => $"{c.RequiredVisits} 次",
        ["autoDecision"] = c => AutoDecisionText.Describe(c.AutoDecision, c.FormFields),
    };

    public static IReadOnlyList<Line> Between(ItemContent before, ItemContent after)
    {
        var lines = new List<Line>();
        foreach (var change in VersionDiff.Between(before, after))
        {
            var label = ItemFieldLabels.Label(change.Field);
            if (Lists.TryGetValue(change.Field, out var rows))
            {
                var (a, b) = (rows(before), rows(after));
                for (var i = 0; i < Math.Max(a.Count, b.Count); i++)
                {
                    var x = i < a.Count ? a[i] : null;
                    var y = i < b.Count ? b[i] : null;
                    if (x != y) lines.Add(new Line($"{label}第 {i + 1} 行", x ?? "（无）", y ?? "（已删除）"));
                }
            }
            else if (Values.TryGetValue(change.Field, out var value)) lines.Add(new Line(label, value(before), value(after)));
            else lines.Add(new Line(label, Plain(change.Before), Plain(change.After)));
        }
        return lines;
    }

    private static string Days(int? days) => days is { } d ? $"{d} 个工作日" : "（未填）";

    /// <summary>A JSON string value without its quotes; null as "（未填）".</summary>
    private static string Plain(string? json) =>
        json is null or "null" ? "（未填）" : json.StartsWith('"') ? System.Text.Json.JsonSerializer.Deserialize<string>(json) ?? "" : json;
}
