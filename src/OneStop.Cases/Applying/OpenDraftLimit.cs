using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using OneStop.Cases.Domain;
using OneStop.Cases.Persistence;
using OneStop.Platform.Errors;

namespace OneStop.Cases.Applying;

/// <summary>
/// How many unsubmitted online drafts one applicant may hold (<c>OneStop:Cases:OpenDraftsPerApplicant</c>, 30 unless
/// configured). Each draft may carry 50 MB of files, so without a bound one account could fill the file store. Counted in
/// the database, so it holds across hosts; two drafts started at the same instant may both pass — a bound on storage,
/// not a business rule, so one over is harmless. Pressing 在线申请 again for the same item resumes its draft, and a draft
/// is withdrawn (撤回) like any case before acceptance, so a real applicant does not meet it.
/// </summary>
public sealed class OpenDraftLimit(IConfiguration configuration)
{
    public int PerApplicant { get; } = Math.Max(1, configuration.GetValue("OneStop:Cases:OpenDraftsPerApplicant", 30));

    public async Task EnsureRoomAsync(CasesDbContext db, long accountId, CancellationToken ct)
    {
        var open = await db.Cases.AsNoTracking().CountAsync(c => c.ApplicantAccountId == accountId && c.State == CaseState.Draft
            && c.Channel == CaseChannel.Online, ct);
        if (open >= PerApplicant)
            throw new BusinessRuleException("case.too-many-drafts", $"您已有 {open} 件未提交的申请草稿，请先提交或撤回不需要的草稿",
                $"每个账号最多同时保存 {PerApplicant} 件未提交的申请草稿；在“我的办件”中可继续填写或撤回草稿。");
    }
}
