using Microsoft.Extensions.Configuration;

namespace OneStop.Catalog.Notices;

/// <summary>A service hall (政务服务大厅) as a notice names it: where to go and when it is open.</summary>
public sealed record NoticeHall(string RegionCode, string Name, string? Address, string? Hours);

/// <summary>
/// The halls of the installation, from configuration (<c>Notices:Halls</c>: a list of RegionCode, Name, Address,
/// Hours): neither the catalog nor the Platform's department directory records opening hours, and a county sets them
/// for its hall, not per item. An item's region finds the hall of the nearest region above it (440106 → 4401 → 44),
/// so a city can set one hall for all its districts. ADR 0014 explains the choice.
/// </summary>
public sealed class NoticeHalls(IConfiguration configuration)
{
    private readonly IReadOnlyList<NoticeHall> _halls = configuration.GetSection("Notices:Halls").GetChildren()
        .Select(s => new NoticeHall(Short(s["RegionCode"]), s["Name"]?.Trim() ?? "政务服务中心",
            Blank(s["Address"]), Blank(s["Hours"])))
        .Where(h => h.RegionCode.Length > 0)
        .ToList();

    public NoticeHall? For(string? regionCode)
    {
        for (var code = Short(regionCode); code.Length > 0; code = code.Length > 2 ? code[..(code.Length - 2)] : "")
            if (_halls.FirstOrDefault(h => h.RegionCode == code) is { } hall) return hall;
        return null;
    }

    // GB/T 2260 codes: province 44(0000), city 4401(00), county 440106; written with or without the trailing zeros.
    private static string Short(string? code)
    {
        var c = (code ?? "").Trim();
        while (c.Length > 2 && c.EndsWith("00", StringComparison.Ordinal)) c = c[..^2];
        return c;
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
