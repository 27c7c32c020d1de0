using Microsoft.EntityFrameworkCore;
using OneStop.Cases.Domain;
using OneStop.Platform.Errors;

namespace OneStop.Cases.Persistence;

/// <summary>
/// The end of every case use case: one audit record naming the action, one save (one transaction). A lost race on
/// the case row (another person acted first) becomes 409 case.changed and nothing of this action is written.
/// </summary>
internal static class CaseWrites
{
    public static BusinessRuleException Changed => new("case.changed", "办件已被他人处理，请刷新后重试",
        "您操作时，该办件已被其他人处理；请重新打开查看最新状态后再操作。");

    public static async Task SaveAsync(CasesDbContext db, Case c, CaseAction action, string? summary, CancellationToken ct)
    {
        db.Audit(AuditAction(action), Target(c), summary ?? action.Chinese(), c.RegionCode);
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
            // Two people acting at once both append history entry n+1. On PostgreSQL the loser's insert waits for the
            // winner and then meets its committed (case, sequence) row before the revision check runs: the same lost race.
            throw Changed;
        }
    }

    public static string AuditAction(CaseAction action) => "case." + action.Kebab();

    /// <summary>A new draft has no id before its save: it is named by its item (the record's change summary gives the id).</summary>
    public static string Target(Case c) => c.Number is { } n ? $"办件 {n}" : c.Id == 0 ? $"新办件草稿（{c.ItemName}）" : $"办件草稿 {c.Id}";
}
