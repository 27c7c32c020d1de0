using OneStop.Hotline.Taxonomy;
using OneStop.Platform.Calendar;

namespace OneStop.Hotline.Pages.Workbench.Hotline;

/// <summary>How the hotline's staff pages write times and labels: Beijing time, Chinese names, never an enum name.</summary>
public static class HotlineText
{
    public static string Time(DateTimeOffset? t) => t?.ToString("yyyy-MM-dd HH:mm") ?? "—";

    /// <summary>Stored instants (UTC) of the ticket's parts (reply, notes, requests) in Beijing time.</summary>
    public static string Time(DateTime? utc) => utc is { } u ? ChinaTime.ToBeijing(u).ToString("yyyy-MM-dd HH:mm") : "—";

    public static string Category(string? code) => AppealTaxonomy.Find(code)?.Path ?? "未分类";

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} 字节",
        < 1024 * 1024 => $"{bytes / 1024.0:0.#} KB",
        _ => $"{bytes / 1024.0 / 1024.0:0.#} MB",
    };
}
