using System.Text;
using System.Text.Json;
using OneStop.Catalog.Items;

namespace OneStop.Catalog.Importing;

/// <summary>One item of a catalog file in the shape the importer works with, or why a row could not be read.</summary>
public sealed record ContentRow(int Row, string Source, ItemContent? Content, string? Error);

/// <summary>
/// OneStop's own catalog exchange format: JSON Lines, one item per line, carrying the complete version content, so an
/// export from one platform imports into another without loss.
/// </summary>
public static class OneStopCatalogFile
{
    public const string Marker = "onestopCatalog";

    private sealed record Line(int OnestopCatalog, string Source, ItemContent Content);

    public static void Write(Stream output, IEnumerable<EffectiveItem> items)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true);
        foreach (var item in items)
            writer.WriteLine(JsonSerializer.Serialize(new Line(1, item.Source, item.Content), CatalogJson.Options));
    }

    public static IEnumerable<ContentRow> Read(string path)
    {
        var row = 0;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            row++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            Line? parsed;
            try { parsed = JsonSerializer.Deserialize<Line>(line, CatalogJson.Options); }
            catch (JsonException) { parsed = null; }
            if (parsed?.Content is null || parsed.OnestopCatalog != 1 || string.IsNullOrWhiteSpace(parsed.Content.ImplementationCode))
                yield return new ContentRow(row, "onestop", null, "不是有效的 OneStop 事项行（JSON 格式或必填字段有误）");
            else
                yield return new ContentRow(row, string.IsNullOrWhiteSpace(parsed.Source) ? "onestop" : parsed.Source, parsed.Content, null);
        }
    }
}
