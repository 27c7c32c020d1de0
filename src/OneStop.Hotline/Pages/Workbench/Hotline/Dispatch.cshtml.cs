using OneStop.Hotline.Tickets;
using OneStop.Hotline.Tickets.Reading;
using OneStop.Platform.Security;

namespace OneStop.Hotline.Pages.Workbench.Hotline;

/// <summary>派单台: 本热线区划内的工单：派单（主办、协办单位）、审核退单和延期申请、并单与拆单、督办超期工单。</summary>
internal sealed class DispatchModel(TicketWork w) : QueuePageModel(w)
{
    public override string Title => "派单台";
    public override string Address => "/workbench/hotline/dispatch";
    public override IReadOnlyList<(TicketQueue Queue, string Label)> Tabs { get; } = [(TicketQueue.ToDispatch, "待派单"), (TicketQueue.Returns, "退单待审"), (TicketQueue.Extensions, "延期待审"), (TicketQueue.Overdue, "已超期")];
    protected override string[] Roles => [Role.HotlineDispatcher, Role.SystemAdmin];
}
