using System.Text.Json;

namespace OneStop.Catalog.Import;

/// <summary>Lenient field access for scraped JSON, where a field may be missing, null, a number or a list.</summary>
internal static class JsonFields
{
    /// <summary>The field as cleaned text (see <see cref="SourceText.Clean"/>); numbers keep their digits.</summary>
    public static string? Text(JsonElement item, string name)
    {
        if (!item.TryGetProperty(name, out var value))
        {
            return null;
        }
        return SourceText.Clean(value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        });
    }

    /// <summary>A list field; a single string counts as a one-entry list, and "无" entries are dropped.</summary>
    public static IReadOnlyList<string> List(JsonElement item, string name)
    {
        if (!item.TryGetProperty(name, out var value))
        {
            return [];
        }
        IEnumerable<string?> entries = value.ValueKind switch
        {
            JsonValueKind.Array => value.EnumerateArray()
                .Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : null),
            JsonValueKind.String => [value.GetString()],
            _ => [],
        };
        return entries.Select(SourceText.Clean).OfType<string>().ToList();
    }
}
