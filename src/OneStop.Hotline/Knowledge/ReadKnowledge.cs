using Microsoft.EntityFrameworkCore;
using OneStop.Hotline.Persistence;
using OneStop.Platform.Calendar;
using OneStop.Platform.Departments;
using OneStop.Platform.Errors;
using OneStop.Platform.Regions;
using OneStop.Platform.Security;

namespace OneStop.Hotline.Knowledge;

public sealed record KnowledgeListItem(long Id, string Title, string Status, string StatusName, int? PublishedNumber, string? PendingStatusName,
    DateOnly? ExpiresOn, bool Expired, DateTime UpdatedAt, string? CategoryPath);

/// <summary>A department's articles, with the count of expired ones its page leads with ("本部门有 3 条知识已过期").</summary>
public sealed record KnowledgeList(long DepartmentId, string DepartmentName, int ExpiredCount, IReadOnlyList<KnowledgeListItem> Articles);

public sealed record ReviewQueueItem(long Id, string Title, string DepartmentName, int Number, string SubmittedBy, DateTime? SubmittedAt,
    bool OwnWork, bool IsRevision);

/// <summary>Reading the knowledge base: one article, one version, a department's list, the review queue.</summary>
public sealed class ReadKnowledge(HotlineDbContext db, DataScope scope, IRegionDirectory regions, IDepartmentDirectory departments,
    TimeProvider time)
{
    private DateOnly Today => ChinaTime.Today(time);

    public async Task<KnowledgeArticleView> GetAsync(long id, CancellationToken ct)
    {
        var a = await db.Set<KnowledgeArticle>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw KnowledgeAccess.NotFound;
        KnowledgeAccess.RequireReader(scope, a);
        var mayWrite = KnowledgeAccess.MayWrite(scope, a.DepartmentId, a.DepartmentRegion);
        var mayReview = KnowledgeAccess.MayReview(scope, a.DepartmentId, a.DepartmentRegion);
        return await KnowledgeViews.OfAsync(a, mayWrite || mayReview, mayWrite, mayReview, scope.User.AccountId, Today, regions, ct);
    }

    /// <summary>Any published or superseded version to every reader; drafts and versions under review to writers and reviewers.</summary>
    public async Task<KnowledgeVersionView> VersionAsync(long id, int number, CancellationToken ct)
    {
        var a = await db.Set<KnowledgeArticle>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw KnowledgeAccess.NotFound;
        KnowledgeAccess.RequireReader(scope, a);
        var v = a.Versions.FirstOrDefault(x => x.Number == number);
        var visible = v is not null && (KnowledgeAccess.MaySee(scope, a)
            || v.Status is KnowledgeVersionStatus.Published or KnowledgeVersionStatus.Superseded);
        if (!visible) throw new NotFoundException("knowledge.version-not-found", "该版本不存在");
        return await KnowledgeViews.VersionAsync(v!, Today, regions, ct);
    }

    /// <summary>The articles of one department (the reader's own by default) for its writers and reviewers.</summary>
    public async Task<KnowledgeList> ListAsync(long? departmentId, CancellationToken ct)
    {
        scope.Staff(KnowledgeAccess.Readers);
        var id = departmentId ?? scope.User.DepartmentId ?? throw KnowledgeAccess.NotOwner;
        var department = await departments.GetAsync(id, ct)
            ?? throw new NotFoundException("knowledge.unknown-department", "部门不存在");
        if (!KnowledgeAccess.MayWrite(scope, id, department.RegionCode) && !KnowledgeAccess.MayReview(scope, id, department.RegionCode))
            throw KnowledgeAccess.NotOwner;
        var today = Today;
        var articles = await db.Set<KnowledgeArticle>().AsNoTracking().Where(a => a.DepartmentId == id)
            .OrderByDescending(a => a.UpdatedAt).Take(500).ToListAsync(ct);
        var expired = await db.Set<KnowledgeArticle>()
            .CountAsync(a => a.DepartmentId == id && a.Status == KnowledgeStatus.Published && a.PublishedExpiresOn < today, ct);
        var items = articles.Select(a =>
            {
                var shown = a.InForce ?? a.Latest;
                return new KnowledgeListItem(a.Id, shown.Title, a.Status.ToString(), a.Status.Chinese(), a.InForce?.Number,
                    a.Status == KnowledgeStatus.Published || a.Status == KnowledgeStatus.Withdrawn ? a.Pending?.Status.Chinese() : null,
                    a.InForce?.ExpiresOn, a.IsExpired(today), a.UpdatedAt, Taxonomy.AppealTaxonomy.Find(shown.CategoryCode)?.Path);
            })
            // Expired first: they are the department's to-do.
            .OrderByDescending(i => i.Expired).ToList();
        return new KnowledgeList(id, department.Name, expired, items);
    }

    /// <summary>待审核: versions the reader may review, their own work shown but marked (they cannot approve it).</summary>
    public async Task<IReadOnlyList<ReviewQueueItem>> ReviewQueueAsync(CancellationToken ct)
    {
        var staff = scope.Staff(Role.DepartmentHandler, Role.HotlineDispatcher, Role.SystemAdmin);
        var own = scope.User.DepartmentId;
        var prefix = staff.RegionPrefix;
        var candidates = await db.Set<KnowledgeArticle>().AsNoTracking()
            .Where(a => a.Versions.Any(v => v.Status == KnowledgeVersionStatus.InReview))
            .Where(a => a.DepartmentId == own || a.DepartmentRegion.StartsWith(prefix))
            .OrderBy(a => a.UpdatedAt).Take(500).ToListAsync(ct);
        return candidates.Where(a => KnowledgeAccess.MayReview(scope, a.DepartmentId, a.DepartmentRegion))
            .Select(a => new ReviewQueueItem(a.Id, a.Latest.Title, a.DepartmentName, a.Latest.Number, a.Latest.SubmittedBy ?? a.Latest.WrittenBy,
                a.Latest.SubmittedAt, a.Latest.WrittenByAccount(scope.User.AccountId), a.PublishedNumber is not null))
            .ToList();
    }
}
