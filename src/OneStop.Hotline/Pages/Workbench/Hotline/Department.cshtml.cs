using OneStop.Hotline.Tickets;
using OneStop.Hotline.Tickets.Reading;
using OneStop.Platform.Security;

namespace OneStop.Hotline.Pages.Workbench.Hotline;

/// <summary>承办工作台: 派给本单位的工单：在签收时限内签收或申请退单，在办结时限内答复；协办工单提交协办意见。</summary>
internal sealed class DepartmentModel(TicketWork w) : QueuePageModel(w)
{
    public override string Title => "承办工作台";
    public override string Address => "/workbench/hotline/department";
    public override IReadOnlyList<(TicketQueue Queue, string Label)> Tabs { get; } = [(TicketQueue.ToSign, "待签收"), (TicketQueue.Handling, "办理中"), (TicketQueue.CoHandling, "协办"), (TicketQueue.Overdue, "已超期")];
    protected override string[] Roles => [Role.DepartmentHandler];
}
