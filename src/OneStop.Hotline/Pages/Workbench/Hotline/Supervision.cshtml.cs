using OneStop.Hotline.Tickets;
using OneStop.Hotline.Tickets.Reading;
using OneStop.Platform.Security;

namespace OneStop.Hotline.Pages.Workbench.Hotline;

/// <summary>电子监察: 重办后仍不满意的工单由电子监察结案或重新交办；超期工单可督办。</summary>
internal sealed class SupervisionModel(TicketWork w) : QueuePageModel(w)
{
    public override string Title => "电子监察";
    public override string Address => "/workbench/hotline/supervision";
    public override IReadOnlyList<(TicketQueue Queue, string Label)> Tabs { get; } = [(TicketQueue.Escalated, "监察督办"), (TicketQueue.Overdue, "已超期")];
    protected override string[] Roles => [Role.Supervisor];
}
