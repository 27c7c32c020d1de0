using OneStop.Cases.Reading;

namespace OneStop.Cases.Pages.Workbench.Cases;

/// <summary>Dates and people as the workbench shows them: YYYY-MM-DD in Beijing time, names masked in lists.</summary>
internal static class CaseText
{
    public static string Day(DateOnly? d) => d?.ToString("yyyy-MM-dd") ?? "—";

    public static string Time(DateTimeOffset? t) => t?.ToString("yyyy-MM-dd HH:mm") ?? "—";

    public static string Name(string name) => PublicProgress.MaskName(name);

    public static string Size(long bytes) => bytes < 1024 * 1024 ? $"{Math.Max(1, bytes / 1024)} KB" : $"{bytes / 1024.0 / 1024:0.0} MB";
}
