using Microsoft.EntityFrameworkCore;
using OneStop.Catalog.Contracts;
using OneStop.Hotline.Persistence;
using OneStop.Platform.Calendar;
using OneStop.Platform.Errors;
using OneStop.Platform.Regions;
using OneStop.Platform.Security;

namespace OneStop.Hotline.Knowledge;

/// <summary>One answer found for the agent: a knowledge article (知识) or a catalog item's guide (办事指南).</summary>
public sealed record KnowledgeHit(string Kind, string KindName, long Id, string Title, string Snippet, string Link, string? DepartmentName,
    bool Expired, string? ExpiryWarning, double Score);

public sealed record KnowledgeSearchResult(string Query, IReadOnlyList<KnowledgeHit> Hits);

/// <summary>
/// The search beside the agent's form: the published knowledge that holds for the caller's place (or, without a
/// place, for the agent's regions), best first, expired ones still found but flagged; then the published catalog
/// items through the Catalog's own public search (IServiceItemCatalog, never its tables), each linked to its guide.
/// The published versions are scored in memory: a region's knowledge base is thousands of articles, not millions
/// (ADR 0020 says when to move this into the database).
/// </summary>
public sealed class SearchKnowledge(HotlineDbContext db, DataScope scope, IServiceItemCatalog catalog, TimeProvider time)
{
    public const int QueryLength = 100, KnowledgeTake = 10, GuideTake = 5;
    public const string KnowledgeKind = "knowledge", GuideKind = "guide";

    public async Task<KnowledgeSearchResult> SearchAsync(string? q, string? region, CancellationToken ct)
    {
        var staff = scope.Staff(KnowledgeAccess.Readers);
        var v = new Validator();
        var query = v.Text("q", q, QueryLength, markupAllowed: true);
        var place = region?.Trim();
        if (!string.IsNullOrEmpty(place) && !RegionCode.TryParse(place, out _)) v.Add("region", "区划代码无效", "knowledge.unknown-region");
        v.ThrowIfInvalid("knowledge.invalid-query");
        var grams = KnowledgeText.QueryGrams(query);
        var today = ChinaTime.Today(time);
        var published = await (
                from version in db.Set<KnowledgeVersion>().AsNoTracking()
                where version.Status == KnowledgeVersionStatus.Published
                join article in db.Set<KnowledgeArticle>() on version.ArticleId equals article.Id
                where article.Status == KnowledgeStatus.Published
                select new { version, article.DepartmentName })
            .Take(20_000).ToListAsync(ct);
        var knowledge = published
            .Where(p => string.IsNullOrEmpty(place) ? KnowledgeRegions.Overlaps(p.version.Regions, staff.Region) : p.version.AppliesTo(place))
            .Select(p => (p.version, p.DepartmentName, Score: KnowledgeMatch.Score(grams, query, p.version)))
            .Where(p => p.Score > 0)
            .OrderByDescending(p => p.Score).ThenBy(p => p.version.ArticleId).Take(KnowledgeTake)
            .Select(p =>
            {
                var expired = p.version.IsExpired(today);
                return new KnowledgeHit(KnowledgeKind, "知识", p.version.ArticleId, p.version.Title, KnowledgeText.Snippet(p.version.Answer, grams),
                    $"/workbench/hotline/knowledge/{p.version.ArticleId}", p.DepartmentName, expired,
                    expired ? KnowledgeViews.ExpiryWarning(p.version.ExpiresOn) : null, Math.Round(p.Score, 3));
            });
        var catalogRegion = string.IsNullOrEmpty(place) ? staff.Region : place.Length > 6 ? place[..6] : place;
        var guides = (await catalog.SearchAsync(query, catalogRegion, GuideTake, ct))
            .Select(i => new KnowledgeHit(GuideKind, "办事指南", i.ItemId, i.Name, $"{i.DepartmentName} · 实施编码 {i.ImplementationCode}",
                $"/services/items/{i.ItemId}", i.DepartmentName, false, null, 0));
        return new KnowledgeSearchResult(query, knowledge.Concat(guides).ToList());
    }
}
