using Microsoft.EntityFrameworkCore;
using OneStop.Hotline.Persistence;
using OneStop.Hotline.Tickets.Domain;
using OneStop.Platform.Errors;

namespace OneStop.Hotline.Tickets.Persistence;

/// <summary>
/// The end of every ticket use case: one audit record naming the action, one save (one transaction). A lost race on
/// the ticket row (another person acted first) becomes 409 hotline.changed and nothing of this action is written.
/// </summary>
internal static class TicketWrites
{
    public static BusinessRuleException Changed => new("hotline.changed", "工单已被他人处理，请刷新后重试",
        "您操作时，该工单已被其他人处理；请重新打开查看最新状态后再操作。");

    public static async Task SaveAsync(HotlineDbContext db, Ticket t, TicketAction action, string? summary, CancellationToken ct)
    {
        db.Audit(AuditAction(action), $"工单 {t.Number}", summary ?? action.Chinese(), t.RegionCode);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw Changed;
        }
        catch (DbUpdateException e) when (StoreConflicts.IsUniqueViolation(e))
        {
            // Two people acting at once both append history entry n+1: the same lost race.
            throw Changed;
        }
    }

    public static string AuditAction(TicketAction action) => "hotline.ticket." + action.Kebab();
}
