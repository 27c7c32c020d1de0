using System.Text;
using OneStop.Catalog.Items;

namespace OneStop.Catalog.Importing;

public sealed record RowProblem(int Row, string Reason);

public sealed record QualityFinding(int Row, string ImplementationCode, string Name, IReadOnlyList<PublishingIssue> Issues);

/// <summary>导入报告: what was imported, updated, left unchanged and rejected (with row and reason).</summary>
public sealed record CatalogImportReport(string File, int Read, int Imported, int Updated, int Unchanged,
    IReadOnlyList<RowProblem> Rejected, IReadOnlyList<QualityFinding> QualityFindings)
{
    public string Summary => $"读取 {Read} 行：新增 {Imported}，更新 {Updated}，未变 {Unchanged}，拒绝 {Rejected.Count}；" +
        $"未通过发布检查（已按原样发布，见数据质量页）{QualityFindings.Count}";

    /// <summary>The report as CSV (with BOM for Excel): one line per rejected row and per quality finding.</summary>
    public byte[] ToCsv()
    {
        var sb = new StringBuilder("类别,行号,实施编码,事项名称,代码,说明\n");
        foreach (var r in Rejected) sb.Append($"拒绝,{r.Row},,,import.rejected,{Quote(r.Reason)}\n");
        foreach (var f in QualityFindings)
        foreach (var i in f.Issues)
            sb.Append($"质量问题,{f.Row},{Quote(f.ImplementationCode)},{Quote(f.Name)},{i.Code},{Quote(i.Message)}\n");
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(sb.ToString())];
    }

    private static string Quote(string s) => "\"" + s.Replace("\"", "\"\"") + "\"";
}
