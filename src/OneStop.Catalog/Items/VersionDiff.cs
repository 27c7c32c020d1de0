using System.Text.Json;
using System.Text.Json.Nodes;

namespace OneStop.Catalog.Items;

public sealed record FieldChange(string Field, string? Before, string? After);

/// <summary>What changed between two versions, field by field, for the history page and the audit trail.</summary>
public static class VersionDiff
{
    private static readonly JsonSerializerOptions Json = CatalogJson.Options;

    public static IReadOnlyList<FieldChange> Between(ItemContent before, ItemContent after)
    {
        var a = JsonSerializer.SerializeToNode(before, Json)!.AsObject();
        var b = JsonSerializer.SerializeToNode(after, Json)!.AsObject();
        var changes = new List<FieldChange>();
        foreach (var key in a.Select(p => p.Key).Union(b.Select(p => p.Key)))
        {
            var x = a[key]?.ToJsonString(Json);
            var y = b[key]?.ToJsonString(Json);
            if (!JsonNode.DeepEquals(a[key], b[key])) changes.Add(new FieldChange(key, x, y));
        }
        return changes;
    }
}
