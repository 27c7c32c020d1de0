using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OneStop.Hotline.Tickets;
using OneStop.Hotline.Tickets.Domain;
using OneStop.Hotline.Tickets.Reading;
using OneStop.Platform.Errors;

namespace OneStop.Hotline.Pages.Workbench.Hotline;

/// <summary>
/// After the console's post: the request number to read out to the caller and the acknowledgment the intake gave
/// (carried once by TempData; a reload shows the same facts from the ticket). The emergency flag shows as a red banner.
/// </summary>
internal sealed class AcknowledgmentModel(TicketWork w) : PageModel
{
    public string Number { get; private set; } = "";
    public string Acknowledgment { get; private set; } = "";
    public TicketView Ticket { get; private set; } = null!;
    public bool Merged { get; private set; }

    public async Task OnGetAsync(string number, CancellationToken ct)
    {
        w.Scope.Staff(ConsoleModel.Roles);
        var request = number.Length > 32 ? null
            : await w.Db.Set<HotlineRequest>().AsNoTracking().FirstOrDefaultAsync(r => r.Number == number, ct);
        if (request is null) throw new NotFoundException("hotline.request-not-found", "未找到该诉求");
        var t = await TicketAccess.ForReadingAsync(w.Db, w.Scope, request.TicketId, ct);
        Number = request.Number;
        Ticket = TicketView.Of(t, w.Now, TicketAccess.SeesRequesters(w.Scope, t));
        Merged = t.Number != request.Number;
        Acknowledgment = TempData["hotline.ack"] as string
            ?? (Merged ? $"您的诉求已受理，编号 {Number}。同一事项已在办理（工单 {t.Number}），办理结果将同时答复您。"
                : $"您的诉求已受理，编号 {Number}。当前状态：{t.State.Chinese()}。");
    }
}
