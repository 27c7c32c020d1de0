namespace OneStop.Hotline.Figures;

/// <summary>热点与统计 of a period: what people asked about, where, when, what is rising, how the departments did.</summary>
public sealed record HotlineFigures(DateOnly From, DateOnly To, string RegionCode, string? RegionName, int Requests,
    IReadOnlyList<CountRow> ByCategory, IReadOnlyList<CountRow> ByRegion, IReadOnlyList<CountRow> ByPlace,
    IReadOnlyList<DayCount> ByDay, IReadOnlyList<RisingTopic> Rising, IReadOnlyList<DepartmentFigures> Departments,
    CentreFigures Centre);

public sealed record CountRow(string? Code, string Name, int Count);

public sealed record DayCount(DateOnly Day, int Count);

/// <summary>
/// 上升热点: similar requests (same 一级 category, same place or same key term) of the last 7 days of the period
/// against the 21 days before. Ratio = this week ÷ the weekly average before (null when there were none before).
/// </summary>
public sealed record RisingTopic(string Name, string CategoryName, string? Place, IReadOnlyList<string> Terms, int ThisWeek,
    int ThreeWeeksBefore, double? Ratio, IReadOnlyList<string> RequestNumbers);

/// <summary>A rate with what it is made of; Percent is null when there is nothing to count (shown as "—").</summary>
public sealed record Rate(int Numerator, int Denominator)
{
    public double? Percent => Denominator == 0 ? null : Math.Round(100.0 * Numerator / Denominator, 1);
}

/// <summary>One department's work in the period (definitions: docs/adr/0022-open311-mapping.md, "Figures").</summary>
public sealed record DepartmentFigures(long? DepartmentId, string Name, int Tickets, Rate SignedOnTime, Rate RepliedOnTime,
    Rate Resolved, Rate Satisfied, Rate Returned);

/// <summary>The centre's own figure: 首呼解决率 = consultations closed during the first call ÷ consultations.</summary>
public sealed record CentreFigures(int Consultations, Rate FirstCallResolved);
