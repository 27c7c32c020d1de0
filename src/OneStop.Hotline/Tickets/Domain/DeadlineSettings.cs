namespace OneStop.Hotline.Tickets.Domain;

/// <summary>
/// 办理时限, configurable per type and urgency (section <c>Hotline:Deadlines</c> of the settings). Signing: clock
/// minutes for 特急 and 紧急 (the hotline runs 7×24), working days otherwise; finishing and extensions: working days
/// on the official calendar, counted from the day after dispatch, due at the end of that Beijing day.
/// </summary>
public sealed class DeadlineSettings
{
    /// <summary>特急 (risk to life or property): sign within these minutes.</summary>
    public int CriticalSignMinutes { get; set; } = 15;

    /// <summary>紧急 (water, power, gas cut off): sign within these minutes.</summary>
    public int UrgentSignMinutes { get; set; } = 30;

    /// <summary>一般: sign within these working days.</summary>
    public int NormalSignWorkdays { get; set; } = 1;

    /// <summary>Finishing limit in working days by type (咨询 2, 投诉 5, 举报 5, 求助 3, 建议 10, 表扬 5).</summary>
    public Dictionary<RequestType, int> FinishWorkdays { get; set; } = new()
    {
        [RequestType.Consultation] = 2, [RequestType.Complaint] = 5, [RequestType.Report] = 5,
        [RequestType.Help] = 3, [RequestType.Suggestion] = 10, [RequestType.Praise] = 5,
    };

    /// <summary>At most this many working days to finish a 特急 ticket, and a 紧急 one, whatever its type.</summary>
    public int CriticalFinishWorkdays { get; set; } = 1;

    public int UrgentFinishWorkdays { get; set; } = 2;

    /// <summary>One extension per ticket, at most this many working days.</summary>
    public int MaxExtensionWorkdays { get; set; } = 10;

    /// <summary>Overdue tickets are urged again every this many hours, up to <see cref="MaxUrgeLevel"/> notices.</summary>
    public int UrgeEveryHours { get; set; } = 4;

    public int MaxUrgeLevel { get; set; } = 3;

    public int FinishWorkdaysFor(RequestType type, Urgency urgency)
    {
        var byType = FinishWorkdays.TryGetValue(type, out var n) ? n : 5;
        return urgency switch
        {
            Urgency.Critical => Math.Min(byType, CriticalFinishWorkdays),
            Urgency.Urgent => Math.Min(byType, UrgentFinishWorkdays),
            _ => byType,
        };
    }
}
