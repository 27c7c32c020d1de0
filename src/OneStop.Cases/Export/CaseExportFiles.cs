using System.Text;
using OneStop.Catalog.Lists;

namespace OneStop.Cases.Export;

/// <summary>The export table as a file people open in Excel or WPS: CSV (UTF-8 with BOM) or XLSX.</summary>
public static class CaseExportFiles
{
    public const string CsvContentType = "text/csv; charset=utf-8";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>CSV per RFC 4180 with a BOM, so Excel opens the Chinese text as UTF-8.</summary>
    public static byte[] Csv(CaseExportTable table)
    {
        var sb = new StringBuilder();
        sb.Append(string.Join(',', table.Columns.Select(Quote))).Append("\r\n");
        foreach (var row in table.Rows) sb.Append(string.Join(',', row.Select(Quote))).Append("\r\n");
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(sb.ToString())];
    }

    /// <summary>The same minimal workbook writer the catalog lists use (one sheet, inline strings).</summary>
    public static byte[] Xlsx(CaseExportTable table) => XlsxWriter.Write("办件信息", table.Columns, table.Rows);

    private static string Quote(string cell)
    {
        // A leading = + - @ would run as a formula in Excel (CSV injection); names come from applicants.
        if (cell.Length > 0 && "=+-@".Contains(cell[0])) cell = "'" + cell;
        return cell.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + cell.Replace("\"", "\"\"") + "\"" : cell;
    }
}
