using System.Text;
using System.Text.RegularExpressions;

namespace OneStop.Catalog.Import;

/// <summary>
/// Reads the 四川政务服务网 district catalog CSV (guangan_district_items.csv): department, main_item, item_name,
/// item_code, task_type, dept_code, area_code, link. Columns are found by header name.
/// </summary>
public static partial class SichuanCatalogReader
{
    private const string Unclassified = "未分类";

    internal static readonly IReadOnlyList<string> RequiredColumns =
        ["department", "main_item", "item_name", "item_code", "task_type"];

    public static IEnumerable<ImportRow> Read(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var records = CsvSplitter.Read(reader).GetEnumerator();
        if (!records.MoveNext())
        {
            yield break;
        }
        var header = records.Current.Fields.Select(f => f.Trim()).ToList();
        var missing = RequiredColumns.Where(c => !header.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            yield return new ImportRow.Rejected(records.Current.LineNumber, "表头缺少列：" + string.Join("、", missing));
            yield break;
        }
        while (records.MoveNext())
        {
            yield return ReadRecord(records.Current, header);
        }
    }

    private static ImportRow ReadRecord(CsvRecord record, List<string> header)
    {
        if (record.Error is not null)
        {
            return new ImportRow.Rejected(record.LineNumber, "CSV 格式错误：" + record.Error);
        }
        if (record.Fields.Count != header.Count)
        {
            return new ImportRow.Rejected(record.LineNumber, $"有 {record.Fields.Count} 个字段，表头有 {header.Count} 个");
        }
        string? Field(string column)
        {
            var index = header.IndexOf(column);
            return index < 0 ? null : SourceText.Clean(record.Fields[index]);
        }
        var code = Field("item_code");
        var name = Field("item_name");
        var department = Field("department");
        var kind = SichuanTaskTypes.KindText(Field("task_type"));
        var missing = SourceText.MissingFields(
            ("实施编码（item_code）", code), ("事项名称（item_name）", name),
            ("实施部门（department）", department), ("事项类型（task_type）", kind));
        if (missing is not null)
        {
            return new ImportRow.Rejected(record.LineNumber, missing);
        }
        var main = Field("main_item");
        var isSubItem = main is not null && main != Unclassified && main != name;
        return new ImportRow.Accepted(new ImportedItem
        {
            Source = ImportSources.Sichuan,
            RowNumber = record.LineNumber,
            ImplementationCode = code!,
            BasicCode = BasicCode(code!),
            MainItemName = isSubItem ? main! : name!,
            SubItemName = isSubItem ? name : null,
            Name = name!,
            KindText = kind!,
            DepartmentName = department!,
            DepartmentCode = Field("dept_code"),
            RegionCode = SourceText.RegionCode(Field("area_code")),
            Link = Field("link"),
        });
    }

    // 实施编码 here is 基本编码-区划(12)-000-主体代码-1-00 (511A0138000000-511602000000-000-…); a few codes lack the
    // region part (E-000021-001-1111111111111111), and then the basic code cannot be told apart safely.
    private static string? BasicCode(string code)
    {
        var match = ImplementationCodeShape().Match(code);
        return match.Success ? match.Groups["basic"].Value : null;
    }

    [GeneratedRegex("^(?<basic>.+?)-[0-9]{12}-[0-9]{3}-")]
    private static partial Regex ImplementationCodeShape();
}
