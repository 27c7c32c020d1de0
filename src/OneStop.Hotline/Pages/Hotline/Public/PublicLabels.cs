using OneStop.Hotline.Tickets.Domain;

namespace OneStop.Hotline.Pages.Hotline.Public;

/// <summary>The request types as the public form offers them, with a line on what each is for.</summary>
public static class PublicLabels
{
    public static readonly IReadOnlyList<(RequestType Type, string Hint)> Types =
    [
        (RequestType.Consultation, "咨询政策、办事流程"),
        (RequestType.Complaint, "对服务、管理不满意"),
        (RequestType.Report, "举报违法违规行为"),
        (RequestType.Help, "遇到困难需要帮助"),
        (RequestType.Suggestion, "对工作提出建议"),
        (RequestType.Praise, "表扬单位或个人"),
    ];
}
