using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OneStop.Catalog.Items;
using OneStop.Catalog.Statistics;
using OneStop.Platform.Errors;

namespace OneStop.Catalog.Lists;

public sealed record CatalogList(string Key, string Title, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);

/// <summary>
/// 清单: the lists the reform documents require published — the catalog itself, 最多跑一次, 零跑动, 证明事项,
/// 中介服务事项, 收费项目 — each as JSON, CSV (for Excel) or a public page.
/// </summary>
public static class CatalogLists
{
    public static readonly IReadOnlyDictionary<string, string> Titles = new Dictionary<string, string>
    {
        ["items"] = "政务服务事项目录",
        ["most-one-visit"] = "“最多跑一次”事项清单",
        ["zero-visit"] = "“零跑动”事项清单",
        ["certificates"] = "证明事项清单",
        ["intermediaries"] = "中介服务事项清单",
        ["fees"] = "收费项目清单",
    };

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/catalog/lists/{key}", async (string key, string? region, string? format, CatalogSnapshot snapshot, CancellationToken ct) =>
            {
                var list = Build(key, await CatalogStatistics.InRegionAsync(snapshot, region, ct));
                if (format is null or "json") return Results.Ok(list);
                return format switch
                {
                    "csv" => Results.File(Csv(list), "text/csv; charset=utf-8", $"{list.Title}.csv"),
                    "xlsx" => Results.File(XlsxWriter.Write(list.Title, list.Columns, list.Rows),
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{list.Title}.xlsx"),
                    _ => throw RequestValidationException.For("format", "导出格式应为 json、csv 或 xlsx", "catalog.invalid-format"),
                };
            })
            .WithName("CatalogList").WithSummary("事项清单：items / most-one-visit / zero-visit / certificates / intermediaries / fees；format=csv / xlsx 导出").AllowAnonymous();

    public static CatalogList Build(string key, IReadOnlyList<ItemContent> items)
    {
        if (!Titles.TryGetValue(key, out var title))
            throw new NotFoundException("catalog.list-not-found", "没有这份清单");
        var ordered = items.OrderBy(i => i.DepartmentName, StringComparer.Ordinal).ThenBy(i => i.DisplayName, StringComparer.Ordinal).ToList();
        return key switch
        {
            "items" => new(key, title, ["实施编码", "事项名称", "事项类型", "实施主体", "法定时限", "承诺时限", "到现场次数"],
                ordered.Select(i => Row(i.ImplementationCode, i.DisplayName, i.Kind.Chinese(), i.DepartmentName, Days(i.StatutoryLimitDays), Days(i.PromisedLimitDays), i.RequiredVisits.ToString())).ToList()),
            "most-one-visit" => new(key, title, ["事项名称", "实施主体", "到现场次数", "承诺时限", "网上可办"],
                ordered.Where(i => i.RequiredVisits <= 1).Select(i => Row(i.DisplayName, i.DepartmentName, i.RequiredVisits.ToString(), Days(i.PromisedLimitDays), i.IsOnline ? "是" : "否")).ToList()),
            "zero-visit" => new(key, title, ["事项名称", "实施主体", "办理渠道", "承诺时限"],
                ordered.Where(i => i.RequiredVisits == 0).Select(i => Row(i.DisplayName, i.DepartmentName, string.Join("、", i.Channels.Select(ChannelName)), Days(i.PromisedLimitDays))).ToList()),
            "certificates" => new(key, title, ["事项名称", "证明材料", "开具单位", "设定依据"],
                ordered.SelectMany(i => i.Materials.Where(m => m.Source == MaterialSource.GovernmentIssued)
                    .Select(m => Row(i.DisplayName, m.Name, m.IssuedBy ?? m.LicenceType ?? "", i.LegalBasis ?? ""))).ToList()),
            "intermediaries" => new(key, title, ["事项名称", "中介服务", "时限", "收费", "依据"],
                ordered.SelectMany(i => i.IntermediaryServices.Select(s => Row(i.DisplayName, s.Name, Days(s.LimitDays), s.Fee ?? "", s.Basis ?? ""))).ToList()),
            _ => new(key, title, ["事项名称", "收费项目", "收费标准", "收费依据", "可减免"],
                ordered.SelectMany(i => i.Fees.Select(f => Row(i.DisplayName, f.Name, f.Standard ?? "", f.Basis ?? "", f.Waivable ? "是" : "否"))).ToList()),
        };
    }

    public static string ChannelName(HandlingChannel c) => c switch
    {
        HandlingChannel.Window => "窗口", HandlingChannel.Online => "网上", HandlingChannel.Post => "邮寄",
        HandlingChannel.Appointment => "预约", _ => "自助终端",
    };

    private static string Days(int? days) => days switch { null => "", 0 => "即办", _ => $"{days} 个工作日" };

    private static IReadOnlyList<string> Row(params string[] cells) => cells;

    /// <summary>CSV with a BOM so that Excel opens the Chinese text correctly; cells quoted per RFC 4180.</summary>
    public static byte[] Csv(CatalogList list)
    {
        var sb = new StringBuilder();
        sb.AppendLine(string.Join(',', list.Columns.Select(Quote)));
        foreach (var row in list.Rows) sb.AppendLine(string.Join(',', row.Select(Quote)));
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(sb.ToString())];
    }

    private static string Quote(string cell)
    {
        // A leading = + - @ would run as a formula in Excel (CSV injection).
        if (cell.Length > 0 && "=+-@".Contains(cell[0])) cell = "'" + cell;
        return cell.Contains(',') || cell.Contains('"') || cell.Contains('\n') ? "\"" + cell.Replace("\"", "\"\"") + "\"" : cell;
    }
}
