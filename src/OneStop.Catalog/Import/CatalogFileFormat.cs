using System.Text;
using System.Text.Json;

namespace OneStop.Catalog.Import;

/// <summary>Recognises a catalog file and reads it with the matching reader.</summary>
public static class CatalogFileFormat
{
    public const string SupportedFormats =
        "支持的格式：OneStop 导出的事项 JSON Lines（onestop catalog export）；广东政务服务网事项 JSON Lines（每行一个含 TASK_CODE 的 JSON 对象，如 policy.jsonl）；" +
        "四川政务服务网事项 CSV（表头含 department,main_item,item_name,item_code,task_type，如 guangan_district_items.csv）。";

    /// <summary>Reads every row of a catalog file in either supported format.</summary>
    /// <exception cref="InvalidDataException">The file is in neither format.</exception>
    public static IEnumerable<ImportRow> Read(string path) => Detect(path) switch
    {
        CatalogFormat.GuangdongJsonl => GuangdongCatalogReader.Read(path),
        CatalogFormat.SichuanCsv => SichuanCatalogReader.Read(path),
        var format => throw new InvalidOperationException($"No reader for {format}."),
    };

    /// <summary>The file's format, judged by its first non-blank line.</summary>
    /// <exception cref="InvalidDataException">The file is empty or in neither format.</exception>
    public static CatalogFormat Detect(string path)
    {
        // The content decides, not the extension: derived and renamed copies keep their shape, not always their name.
        var first = FirstLine(path);
        if (first is null)
        {
            throw new InvalidDataException($"目录文件 {Path.GetFileName(path)} 是空的。{SupportedFormats}");
        }
        if (first.StartsWith('{') && HasProperty(first, Importing.OneStopCatalogFile.Marker))
        {
            return CatalogFormat.OneStopJsonl;
        }
        if (first.StartsWith('{') && IsGuangdongItem(first))
        {
            return CatalogFormat.GuangdongJsonl;
        }
        if (IsSichuanHeader(first))
        {
            return CatalogFormat.SichuanCsv;
        }
        throw new InvalidDataException($"无法识别目录文件 {Path.GetFileName(path)} 的格式。{SupportedFormats}");
    }

    private static string? FirstLine(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                return line.Trim();
            }
        }
        return null;
    }

    private static bool IsGuangdongItem(string line) => HasProperty(line, "TASK_CODE");

    private static bool HasProperty(string line, string property)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty(property, out _);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool IsSichuanHeader(string line)
    {
        var header = CsvSplitter.Read(new StringReader(line)).FirstOrDefault();
        var columns = header?.Fields.Select(f => f.Trim()).ToHashSet() ?? [];
        return SichuanCatalogReader.RequiredColumns.All(columns.Contains);
    }
}
