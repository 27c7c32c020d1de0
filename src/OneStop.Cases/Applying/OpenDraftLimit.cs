using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using OneStop.Cases.Domain;
using OneStop.Cases.Persistence;
using OneStop.Platform.Errors;

namespace OneStop.Cases.Applying;

/// <summary>
/// How many online drafts one applicant may have going (<c>OneStop:Cases:OpenDraftsPerApplicant</c>, 30 unless
/// configured): the unsubmitted ones, and those withdrawn in the last 24 hours, submitted first or not — each may carry
/// 50 MB of files, which a withdrawn case keeps, so without the second part "fill, withdraw, repeat" would have no bound.
/// Counted in the database (it holds across hosts) while this host holds the applicant's lock, so parallel requests on
/// one host cannot pass together; several hosts may each let one through at the same instant. Pressing 在线申请 again
/// for the same item resumes its draft, so a real applicant does not meet the bound.
/// </summary>
public sealed class OpenDraftLimit(IConfiguration configuration)
{
    private readonly SemaphoreSlim[] _locks = Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    public int PerApplicant { get; } = Math.Max(1, configuration.GetValue("OneStop:Cases:OpenDraftsPerApplicant", 30));

    /// <summary>Room for one more draft, held until the returned lease is disposed (after the draft's save).</summary>
    public async Task<IDisposable> ReserveAsync(CasesDbContext db, long accountId, DateTime now, CancellationToken ct)
    {
        var gate = _locks[(int)((ulong)accountId % (ulong)_locks.Length)];
        await gate.WaitAsync(ct);
        try
        {
            var since = now.AddHours(-24);
            var mine = db.Cases.AsNoTracking().Where(c => c.ApplicantAccountId == accountId && c.Channel == CaseChannel.Online);
            var open = await mine.CountAsync(c => c.State == CaseState.Draft && c.SubmittedAt == null, ct);
            // Withdrawn in the last 24 hours — by when it was withdrawn, not created — whether submitted first or not:
            // "fill, submit, withdraw, repeat" leaves the same files behind.
            var discarded = await mine.CountAsync(c => c.State == CaseState.Withdrawn
                && c.History.Any(h => h.Action == CaseAction.Withdraw && h.At >= since), ct);
            if (open + discarded >= PerApplicant)
                throw new BusinessRuleException("case.too-many-drafts",
                    $"您已有 {open} 件未提交的申请草稿{(discarded > 0 ? $"（另有 24 小时内撤回的 {discarded} 件）" : "")}，请先提交或继续填写已有草稿",
                    $"每个账号同时最多 {PerApplicant} 件未提交的申请草稿（24 小时内撤回的草稿也计算在内）；在“我的办件”中可继续填写或撤回草稿。");
            return new Lease(gate);
        }
        catch
        {
            gate.Release();
            throw;
        }
    }

    private sealed class Lease(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) gate.Release();
        }
    }
}
