using System.Globalization;
using System.Text.Json;

namespace OneStop.Platform.Audit;

/// <summary>One changed row as people read it: "修改 账号 #5" with lines "连续登录失败次数：0 → 1".</summary>
internal sealed record AuditChange(string Operation, string Entity, string Key, IReadOnlyList<string> Fields);

/// <summary>
/// Splits a stored summary into the use case's note and the entity changes the writer appended as JSON
/// (<see cref="ChangeSummary"/>), and renders the changes field by field in Chinese.
/// </summary>
internal static class AuditChanges
{
    private const int MaxValue = 120;

    public static (string Note, IReadOnlyList<AuditChange> Changes) Read(string summary, AuditVocabulary words)
    {
        if (string.IsNullOrEmpty(summary)) return ("", []);
        var start = summary[0] is '[' or '{' ? 0 : IndexOfJson(summary);
        if (start < 0) return (summary, []);
        try
        {
            using var json = JsonDocument.Parse(summary[start..]);
            var note = start == 0 ? "" : summary[..start].TrimEnd('\n');
            return (note, Render(json.RootElement, words));
        }
        catch (JsonException) { return (summary, []); }
    }

    private static int IndexOfJson(string s)
    {
        var a = s.IndexOf("\n[", StringComparison.Ordinal);
        var b = s.IndexOf("\n{", StringComparison.Ordinal);
        var i = a < 0 ? b : b < 0 ? a : Math.Min(a, b);
        return i < 0 ? -1 : i + 1;
    }

    private static List<AuditChange> Render(JsonElement root, AuditVocabulary words)
    {
        var list = new List<AuditChange>();
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("counts", out var counts))
        {
            foreach (var c in counts.EnumerateObject())
            {
                var parts = c.Name.Split('.');
                list.Add(new AuditChange(AuditVocabulary.OperationName(parts.ElementAtOrDefault(1) ?? ""),
                    words.EntityName(parts[0]), "", [$"共 {c.Value} 条"]));
            }
            return list;
        }
        if (root.ValueKind != JsonValueKind.Array) return list;
        foreach (var item in root.EnumerateArray())
        {
            var fields = new List<string>();
            var entity = Text(item, "entity");
            if (item.TryGetProperty("fields", out var f) && f.ValueKind == JsonValueKind.Object)
                foreach (var field in f.EnumerateObject())
                {
                    if (field.Name.EndsWith(StructuredChanges.MoreKey, StringComparison.Ordinal))
                    {
                        var of = words.PlaceName(entity, field.Name[..^StructuredChanges.MoreKey.Length]);
                        fields.Add($"{of}：另有 {field.Value} 处变更未逐项列出");
                        continue;
                    }
                    var name = words.PlaceName(entity, field.Name);
                    var leaf = StructuredChanges.Leaf(field.Name);
                    Func<JsonElement, string> show = leaf == "Roles" ? Roles : v => Show(v, words, entity, leaf);
                    fields.Add(field.Value.ValueKind == JsonValueKind.Object && field.Value.TryGetProperty("from", out var from)
                        && field.Value.TryGetProperty("to", out var to)
                        ? $"{name}：{show(from)} → {show(to)}"
                        : $"{name}：{show(field.Value)}");
                }
            list.Add(new AuditChange(AuditVocabulary.OperationName(Text(item, "op")), words.EntityName(entity),
                Key(words, entity, Text(item, "key")), fields));
        }
        return list;
    }

    /// <summary>A new row named by a unique index ("CaseId=3,Sequence=2") reads "办件 3，序号 2".</summary>
    private static string Key(AuditVocabulary words, string entity, string key) => !key.Contains('=') ? key
        : string.Join("，", key.Split(',').Select(pair => pair.Split('=', 2) is [var name, var value]
            ? $"{words.PlaceName(entity, name)} {value}" : pair));

    private static string Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) ? v.ValueKind == JsonValueKind.String ? v.GetString() ?? "" : v.ToString() : "";

    private static string Roles(JsonElement value) => value.ValueKind == JsonValueKind.Array
        ? AuditVocabulary.RoleNames(string.Join(',', value.EnumerateArray().Select(r => r.ToString())))
        : Show(value, null, "", "");

    /// <param name="field">The name the value has where it changed (in a record of <paramref name="entity"/>): coded values (a
    /// state, an action) are shown in Chinese.</param>
    private static string Show(JsonElement value, AuditVocabulary? words, string entity, string field)
    {
        var text = value.ValueKind switch
        {
            JsonValueKind.Null or JsonValueKind.Undefined => "（空）",
            JsonValueKind.True => "是",
            JsonValueKind.False => "否",
            JsonValueKind.String => words?.ValueName(entity, field, value.GetString() ?? "") ?? Time(value.GetString() ?? ""),
            JsonValueKind.Array => string.Join("、", value.EnumerateArray().Select(v => Show(v, words, entity, field))),
            _ => value.ToString(),
        };
        if (text.Length == 0) return "（空白）";
        return text.Length > MaxValue ? text[..MaxValue] + "…" : text;
    }

    /// <summary>Instants are stored in UTC; people read Beijing time.</summary>
    private static string Time(string text) =>
        text.Length >= 19 && text[4] == '-' && text[10] == 'T' && DateTime.TryParse(text, CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var utc)
            ? Calendar.ChinaTime.ToBeijing(utc).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)
            : text;
}
