using System.Text.Json;
using OneStop.Catalog.Search;

namespace OneStop.Tests.Catalog.Search;

/// <summary>
/// The 2,262 real items of 广东政务服务网 (shared data, never copied into the repository), read straight from the
/// portal's export so these tests do not depend on the product's importer.
/// </summary>
internal static class GuangdongItems
{
    private static readonly Lazy<IReadOnlyList<SearchDocument>> Loaded = new(Read);
    private static readonly Lazy<CatalogSearchIndex> Built = new(() => CatalogSearchIndex.Build(Loaded.Value, DefaultSynonyms.List));

    /// <summary>The items; skips the calling test when the shared data is absent.</summary>
    public static IReadOnlyList<SearchDocument> Documents
    {
        get
        {
            SharedData.RequireRoot();
            return Loaded.Value;
        }
    }

    public static CatalogSearchIndex Index
    {
        get
        {
            SharedData.RequireRoot();
            return Built.Value;
        }
    }

    private static List<SearchDocument> Read()
    {
        var path = Path.Combine(SharedData.RequireRoot(), "gov-service-items", "guangdong-gdzwfw", "policy.jsonl");
        return File.ReadLines(path).Where(line => line.Length > 0).Select((line, row) =>
        {
            using var json = JsonDocument.Parse(line);
            var item = json.RootElement;
            var name = Text(item, "TASK_NAME")!;
            // The portal's catalog name (CATANAME) is the item's other name when it differs, e.g. 律师执业、变更、注销许可.
            var subName = Text(item, "subTaskName") ?? (Text(item, "CATANAME") is { } catalogName && catalogName != name ? catalogName : null);
            // material_intro is a list of names, or the string 无 when the portal lists none.
            var materials = item.TryGetProperty("material_intro", out var list) && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray().Select(material => material.GetString() ?? "").ToList()
                : [];
            return new SearchDocument(row + 1, Text(item, "TASK_CODE")!, name, subName, Text(item, "DEPT_NAME")!,
                Text(item, "AREACODE")!, Text(item, "TASK_TYPE_TEXT")!, materials, []);
        }).ToList();
    }

    private static string? Text(JsonElement item, string field) =>
        item.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
