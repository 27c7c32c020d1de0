using OneStop.Hotline.Tickets.Domain;

namespace OneStop.Hotline.Pages.Workbench.Hotline;

/// <summary>
/// What staff typed on the ticket page. Each form posts its own part; after a refusal the page shows it as typed.
/// <see cref="Revision"/> is the ticket as the person saw it: acting on an older view is refused (已被他人处理).
/// </summary>
public sealed class TicketInput
{
    public int Revision { get; set; }
    public bool Confirmed { get; set; }

    // 派单
    public long? DepartmentId { get; set; }
    public List<long> CoDepartmentIds { get; set; } = [];
    public string? Category1 { get; set; }
    public string? Category2 { get; set; }
    public string? CategoryCode { get; set; }
    public Urgency? Urgency { get; set; }
    public string? Note { get; set; }
    // 退单、延期的审核, 督办
    public string? DecisionNote { get; set; }
    public string? UrgeNote { get; set; }
    // 并单、拆单
    public string? MergeNumber { get; set; }
    public long? SplitRequestId { get; set; }
    public string? SplitReason { get; set; }

    // 承办
    public string? ReturnReason { get; set; }
    public int? ExtensionDays { get; set; }
    public string? ExtensionReason { get; set; }
    public string? ReplyText { get; set; }
    public string? CoOpinion { get; set; }

    // 回访
    public long? CallbackRequestId { get; set; }
    public CallbackResult? CallbackResult { get; set; }
    public string? CallbackComment { get; set; }

    // 电子监察
    public string? Opinion { get; set; }

    // 坐席: a registered ticket answered or handed over after the call
    public string? Answer { get; set; }
    public EmergencyService? HandOverService { get; set; }
    public string? HandOverNote { get; set; }
}
