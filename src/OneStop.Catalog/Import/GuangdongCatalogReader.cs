using System.Globalization;
using System.Text.Json;

namespace OneStop.Catalog.Import;

/// <summary>
/// Reads 广东政务服务网 item exports: JSON Lines, one item object per line (policy.jsonl and the older
/// zhongshan_policy schema).
/// </summary>
public static class GuangdongCatalogReader
{
    private const string LocationPrefix = "办理地点";

    public static IEnumerable<ImportRow> Read(string path)
    {
        var line = 0;
        foreach (var text in File.ReadLines(path))
        {
            line++;
            if (!string.IsNullOrWhiteSpace(text))
            {
                yield return ReadLine(text, line);
            }
        }
    }

    private static ImportRow ReadLine(string text, int line)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? ReadItem(document.RootElement, line)
                : new ImportRow.Rejected(line, "不是 JSON 对象");
        }
        catch (JsonException e)
        {
            return new ImportRow.Rejected(line, $"JSON 格式错误（第 {e.BytePositionInLine + 1} 字节附近）");
        }
    }

    private static ImportRow ReadItem(JsonElement item, int line)
    {
        var code = JsonFields.Text(item, "TASK_CODE");
        var name = JsonFields.Text(item, "TASK_NAME");
        var department = JsonFields.Text(item, "DEPT_NAME");
        var kind = JsonFields.Text(item, "TASK_TYPE_TEXT") ?? JsonFields.Text(item, "matter_type");
        var missing = SourceText.MissingFields(
            ("实施编码（TASK_CODE）", code), ("事项名称（TASK_NAME）", name),
            ("实施主体（DEPT_NAME）", department), ("事项类型（TASK_TYPE_TEXT）", kind));
        if (missing is not null)
        {
            return new ImportRow.Rejected(line, missing);
        }
        var mainName = JsonFields.Text(item, "parentCatalogName") ?? JsonFields.Text(item, "CATANAME") ?? name!;
        var subName = JsonFields.Text(item, "subCatalogName");
        var statutory = SourceText.Limit(JsonFields.Text(item, "handle_time"));
        var promised = PromisedLimit(item);
        return new ImportRow.Accepted(new ImportedItem
        {
            Source = ImportSources.Guangdong,
            RowNumber = line,
            ImplementationCode = code!,
            // CATAID is the sub-item's catalog code and sits inside TASK_CODE; parentCatalogId ends in "Y" for a
            // main item that has sub-items, so it is only the fallback.
            BasicCode = JsonFields.Text(item, "CATAID") ?? JsonFields.Text(item, "parentCatalogId"),
            MainItemName = mainName,
            SubItemName = subName == mainName ? null : subName,
            // The third level (业务办理项): nine handling items can share one sub-item, and only this tells them apart.
            HandlingItemName = JsonFields.Text(item, "subTaskName") is { } handling && handling != subName && handling != mainName ? handling : null,
            Name = name!,
            KindText = kind!,
            DepartmentName = department!,
            DepartmentCode = JsonFields.Text(item, "ORGCODE"),
            RegionCode = SourceText.RegionCode(JsonFields.Text(item, "AREACODE")),
            StatutoryLimit = statutory.Limit,
            UnparsedStatutoryLimit = statutory.Unparsed,
            PromisedLimit = promised.Limit,
            UnparsedPromisedLimit = promised.Unparsed,
            AcceptanceConditions = JsonFields.Text(item, "accept_standard"),
            Materials = JsonFields.List(item, "material_intro"),
            RequiredVisits = int.TryParse(JsonFields.Text(item, "visit_number"), NumberStyles.None,
                CultureInfo.InvariantCulture, out var visits) ? visits : null,
            OnlineCapable = JsonFields.Text(item, "ONLINECHECK") switch { "1" => true, "0" => false, _ => null },
            SupportsPost = SourceText.YesNo(JsonFields.Text(item, "courier_service")),
            OnlineBooking = SourceText.YesNo(JsonFields.Text(item, "online_book")),
            HandlingLocation = HandlingLocation(JsonFields.Text(item, "handle_location")),
            ConsultPhone = JsonFields.Text(item, "consult_phone"),
            ComplaintPhone = JsonFields.Text(item, "complain_phone"),
            ServiceObjects = JsonFields.List(item, "service_object_name"),
            Themes = JsonFields.List(item, "theme_category"),
            Link = JsonFields.Text(item, "URL"),
        });
    }

    // The older schema (zhongshan_policy) has office hours in handle_time_limit and the promised limit in handle_type.
    private static (TimeLimit? Limit, string? Unparsed) PromisedLimit(JsonElement item)
    {
        var promised = SourceText.Limit(JsonFields.Text(item, "handle_time_limit"));
        if (promised.Unparsed is not null && TimeLimit.TryParse(JsonFields.Text(item, "handle_type"), out var older))
        {
            return (older, null);
        }
        return promised;
    }

    // "无线下办理窗口" is the portal's way of saying there is no window to go to, not a place.
    private static string? HandlingLocation(string? text)
    {
        if (text is null || text.StartsWith("无线下办理", StringComparison.Ordinal))
        {
            return null;
        }
        if (text.StartsWith(LocationPrefix, StringComparison.Ordinal))
        {
            text = text[LocationPrefix.Length..].TrimStart('：', ':');
        }
        return SourceText.Clean(text);
    }
}
