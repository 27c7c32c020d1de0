using OneStop.Cases.Reading;

namespace OneStop.Cases.Pages;

/// <summary>How the case pages (applicants' and staff's) write dates, times and sizes: YYYY-MM-DD in Beijing time, sizes in KB/MB.</summary>
public static class CaseText
{
    public static string Day(DateOnly? d) => d?.ToString("yyyy-MM-dd") ?? "—";

    public static string Day(DateTimeOffset? t) => t?.ToString("yyyy-MM-dd") ?? "—";

    public static string Time(DateTimeOffset? t) => t?.ToString("yyyy-MM-dd HH:mm") ?? "—";

    /// <summary>Applicants' names in staff lists: 张* (a company's name is public and stays).</summary>
    public static string Name(string name) => PublicProgress.MaskName(name);

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} 字节",
        < 1024 * 1024 => $"{bytes / 1024.0:0.#} KB",
        _ => $"{bytes / 1024.0 / 1024.0:0.#} MB",
    };

    public static string Necessity(bool required, bool deferrable, string status) =>
        status == "Waived" ? "免提交" : deferrable ? "容缺" : required ? "必要" : "非必要";
}
