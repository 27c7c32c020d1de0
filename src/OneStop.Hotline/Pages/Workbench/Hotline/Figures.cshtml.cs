using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Hotline.Figures;
using OneStop.Platform.Errors;

namespace OneStop.Hotline.Pages.Workbench.Hotline;

/// <summary>
/// 热点与统计 for the centre and supervisors: the same figures as GET /api/hotline/figures, as tables and ECharts
/// charts (the charts' data travels in data-chart attributes; wwwroot/js/hotline-figures.js draws them).
/// </summary>
internal sealed class FiguresModel(FiguresQuery query) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    [BindProperty(SupportsGet = true)] public string? Region { get; set; }

    public HotlineFigures? Figures { get; private set; }
    public ErrorList Errors { get; } = new();

    public async Task OnGetAsync(CancellationToken ct)
    {
        DateOnly? from = null, to = null;
        if (!string.IsNullOrWhiteSpace(From) && !DateOnly.TryParse(From, out var f)) Errors.Add("开始日期格式不正确");
        else if (!string.IsNullOrWhiteSpace(From)) from = DateOnly.Parse(From);
        if (!string.IsNullOrWhiteSpace(To) && !DateOnly.TryParse(To, out var t)) Errors.Add("结束日期格式不正确");
        else if (!string.IsNullOrWhiteSpace(To)) to = DateOnly.Parse(To);
        if (Errors.Messages.Count > 0) return;
        try
        {
            Figures = await query.RunAsync(from, to, Region, ct);
            From = Figures.From.ToString("yyyy-MM-dd");
            To = Figures.To.ToString("yyyy-MM-dd");
            Region = Figures.RegionCode;
        }
        catch (RequestValidationException e)
        {
            foreach (var m in e.Errors.SelectMany(x => x.Value)) Errors.Add(m);
        }
    }

    /// <summary>Chart data as JSON for a data attribute (the page encodes it; no inline script).</summary>
    public static string Chart(object data) => JsonSerializer.Serialize(data);

    public static string Percent(Rate r) => r.Percent is { } p ? $"{p:0.0}%" : "—";
}
