using OneStop.Hotline.Tickets;
using OneStop.Hotline.Tickets.Reading;
using OneStop.Platform.Security;

namespace OneStop.Hotline.Pages.Workbench.Hotline;

/// <summary>回访: 承办单位已答复的工单：逐一回访每位诉求人（并单的诉求人各自回访），记录满意、不满意或未接通。</summary>
internal sealed class CallbacksModel(TicketWork w) : QueuePageModel(w)
{
    public override string Title => "回访";
    public override string Address => "/workbench/hotline/callbacks";
    public override IReadOnlyList<(TicketQueue Queue, string Label)> Tabs { get; } = [(TicketQueue.Callbacks, "待回访")];
    protected override string[] Roles => [Role.HotlineAgent, Role.HotlineDispatcher, Role.SystemAdmin];
}
