using System.Text.Json.Nodes;

namespace OneStop.Platform.Audit;

/// <summary>
/// What changed inside a structured value, place by place: "Materials[4].DeferredDueDate": null → "2026-12-09".
/// Objects are compared key by key and lists of objects element by element; a list of plain values (roles, the
/// items needing a material) is one value. Each value is masked by the name it has where it changed.
/// </summary>
internal static class StructuredChanges
{
    /// <summary>Past this many places the record says that more changed (a structure replaced wholesale).</summary>
    public const int Limit = 40;
    public const string MoreKey = "…";

    public static void Diff(string property, JsonNode? from, JsonNode? to, IDictionary<string, object?> into)
    {
        var places = new List<(string Path, JsonNode? From, JsonNode? To)>();
        Walk(property, from, to, places);
        foreach (var (path, a, b) in places.Take(Limit))
        {
            var leaf = Leaf(path);
            into[path] = new { from = ChangeSummary.MaskLeaf(leaf, a), to = ChangeSummary.MaskLeaf(leaf, b) };
        }
        if (places.Count > Limit) into[property + MoreKey] = places.Count - Limit;
    }

    private static void Walk(string path, JsonNode? from, JsonNode? to, List<(string, JsonNode?, JsonNode?)> places)
    {
        if (JsonNode.DeepEquals(from, to)) return;
        if (from is JsonObject or null && to is JsonObject or null)
        {
            var a = from as JsonObject;
            var b = to as JsonObject;
            var keys = (a?.Select(p => p.Key) ?? []).Concat(b?.Select(p => p.Key) ?? []).Distinct();
            foreach (var key in keys)
            {
                var x = a is not null && a.TryGetPropertyValue(key, out var av) ? av : null;
                var y = b is not null && b.TryGetPropertyValue(key, out var bv) ? bv : null;
                // A new element's empty parts are not changes (null → null).
                if (x is null && y is null) continue;
                Walk($"{path}.{key}", x, y, places);
            }
            return;
        }
        if (from is JsonArray or null && to is JsonArray or null && HasContainers(from) | HasContainers(to))
        {
            var a = from as JsonArray;
            var b = to as JsonArray;
            for (var i = 0; i < Math.Max(a?.Count ?? 0, b?.Count ?? 0); i++)
                Walk($"{path}[{i}]", a is not null && i < a.Count ? a[i] : null, b is not null && i < b.Count ? b[i] : null, places);
            return;
        }
        places.Add((path, from, to));
    }

    private static bool HasContainers(JsonNode? node) => node is JsonArray list && list.Any(e => e is JsonObject or JsonArray);

    /// <summary>The name a value has where it changed: "Materials[4].DeferredDueDate" → "DeferredDueDate".</summary>
    public static string Leaf(string path)
    {
        var name = path[(path.LastIndexOf('.') + 1)..];
        var bracket = name.IndexOf('[');
        return bracket < 0 ? name : name[..bracket];
    }
}
