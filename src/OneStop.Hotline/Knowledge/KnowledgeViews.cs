using OneStop.Hotline.Taxonomy;
using OneStop.Platform.Regions;

namespace OneStop.Hotline.Knowledge;

public sealed record RegionRef(string Code, string Name);

public sealed record KnowledgeVersionView(int Number, string Status, string StatusName, string Title, IReadOnlyList<string> Questions,
    string Answer, string? CategoryCode, string? CategoryPath, IReadOnlyList<RegionRef> Regions, DateOnly ExpiresOn, bool Expired,
    string WrittenBy, DateTime WrittenAt, string? SubmittedBy, DateTime? SubmittedAt, string? ReviewedBy, DateTime? ReviewedAt,
    string? ReviewNote);

public sealed record KnowledgeVersionSummary(int Number, string Status, string StatusName, string Title, string WrittenBy,
    DateTime WrittenAt, string? ReviewedBy, DateTime? ReviewedAt, string? ReviewNote);

/// <summary>
/// An article as its reader sees it: the version in force, the revision under way (only to its writers and
/// reviewers), the history, and what the reader may do. <see cref="ExpiryWarning"/> is the one sentence every page
/// and the search show for an expired answer.
/// </summary>
public sealed record KnowledgeArticleView(long Id, long DepartmentId, string DepartmentName, string DepartmentRegion, string Status, string StatusName, int Revision,
    bool Expired, string? ExpiryWarning, KnowledgeVersionView? InForce, KnowledgeVersionView? Pending,
    IReadOnlyList<KnowledgeVersionSummary> History, bool CanEdit, bool CanReview, bool CanWithdraw)
{
    public string Title => (Pending ?? InForce)?.Title ?? "";
}

internal static class KnowledgeViews
{
    public static string ExpiryWarning(DateOnly expiresOn) => $"已过期（有效期至 {expiresOn:yyyy-MM-dd}），答复前请向所属部门核实";

    public static async Task<KnowledgeArticleView> OfAsync(KnowledgeArticle a, bool maySee, bool mayWrite, bool mayReview, long? reader,
        DateOnly today, IRegionDirectory regions, CancellationToken ct)
    {
        var inForce = a.InForce is { } f ? await VersionAsync(f, today, regions, ct) : null;
        var pending = maySee && a.Pending is { } p ? await VersionAsync(p, today, regions, ct) : null;
        var history = a.Versions.OrderByDescending(v => v.Number)
            .Where(v => maySee || v.Status is Knowledge.KnowledgeVersionStatus.Published or Knowledge.KnowledgeVersionStatus.Superseded)
            .Select(v => new KnowledgeVersionSummary(v.Number, v.Status.ToString(), v.Status.Chinese(), v.Title, v.WrittenBy, v.WrittenAt,
                v.ReviewedBy, v.ReviewedAt, v.ReviewNote))
            .ToList();
        var expired = a.IsExpired(today);
        var canReview = mayReview && a.Pending is { Status: KnowledgeVersionStatus.InReview } r && !r.WrittenByAccount(reader);
        return new KnowledgeArticleView(a.Id, a.DepartmentId, a.DepartmentName, a.DepartmentRegion, a.Status.ToString(), a.Status.Chinese(), a.Revision, expired,
            expired ? ExpiryWarning(a.InForce!.ExpiresOn) : null, inForce, pending, history,
            CanEdit: mayWrite && a.Pending?.Status != KnowledgeVersionStatus.InReview, CanReview: canReview,
            CanWithdraw: maySee && a.Status == KnowledgeStatus.Published);
    }

    public static async Task<KnowledgeVersionView> VersionAsync(KnowledgeVersion v, DateOnly today, IRegionDirectory regions, CancellationToken ct)
    {
        var named = new List<RegionRef>();
        foreach (var code in v.Regions) named.Add(new RegionRef(code, await regions.NameAsync(code, ct) ?? code));
        return new KnowledgeVersionView(v.Number, v.Status.ToString(), v.Status.Chinese(), v.Title, v.Questions, v.Answer, v.CategoryCode,
            AppealTaxonomy.Find(v.CategoryCode)?.Path, named, v.ExpiresOn, v.IsExpired(today), v.WrittenBy, v.WrittenAt, v.SubmittedBy,
            v.SubmittedAt, v.ReviewedBy, v.ReviewedAt, v.ReviewNote);
    }
}
