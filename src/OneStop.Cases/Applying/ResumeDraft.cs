using Microsoft.EntityFrameworkCore;
using OneStop.Cases.Domain;
using OneStop.Cases.Persistence;
using OneStop.Platform.Security;

namespace OneStop.Cases.Applying;

/// <summary>
/// The applicant's own unfinished draft for the same item (or bundle), so that pressing 在线申请 again comes back
/// to what they typed instead of starting a second, empty draft.
/// </summary>
public static class ResumeDraft
{
    public static async Task<long?> FindAsync(CasesDbContext db, DataScope scope, long? itemId, long? bundleId, CancellationToken ct)
    {
        if (scope.User.AccountId is not { } me || (itemId is null == bundleId is null)) return null;
        var drafts = db.Cases.AsNoTracking().Where(c => c.ApplicantAccountId == me && c.State == CaseState.Draft
            && c.Channel == CaseChannel.Online);
        drafts = itemId is { } item
            ? drafts.Where(c => c.Kind == CaseKind.Single && c.ItemId == item)
            : drafts.Where(c => c.Kind == CaseKind.Bundle && c.BundleId == bundleId);
        return await drafts.OrderByDescending(c => c.Id).Select(c => (long?)c.Id).FirstOrDefaultAsync(ct);
    }
}
