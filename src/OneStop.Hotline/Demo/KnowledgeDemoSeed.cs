using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Hotline.Knowledge;
using OneStop.Hotline.Persistence;
using OneStop.Platform.Departments;

namespace OneStop.Hotline.Demo;

/// <summary>
/// The demo knowledge base (<see cref="KnowledgeDemoArticles"/>): written by the departments' handlers and reviewed
/// by the hotline centre's dispatcher through the article's own methods, with the clock set back so the history reads
/// naturally; some expired (their department page shows the count), some in review, one draft, one revised to
/// version 2, one withdrawn. Skipped when any article exists. One transaction, one audit record.
/// </summary>
public static class KnowledgeDemoSeed
{
    private static readonly KnowledgeActor Writer = new(null, "承办单位 知识管理员", "承办单位");
    private static readonly KnowledgeActor Reviewer = new(null, "12345 派单员 周宁", "12345 派单员");

    public static Task<bool> RunAsync(IServiceProvider sp, CancellationToken ct = default) =>
        RunAsync(sp.GetRequiredService<HotlineDbContext>(), sp.GetRequiredService<IDepartmentDirectory>(), sp.GetRequiredService<TimeProvider>(), ct);

    public static async Task<bool> RunAsync(HotlineDbContext db, IDepartmentDirectory departments, TimeProvider time, CancellationToken ct = default)
    {
        if (await db.Set<KnowledgeArticle>().AnyAsync(ct)) return false;
        var now = time.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now.AddHours(8));
        var count = 0;
        foreach (var (a, i) in KnowledgeDemoArticles.All.Select((a, i) => (a, i)))
        {
            if (await departments.FindAsync(a.Region, a.Department, ct) is not { } department) continue;
            // Written some weeks ago, a day apart, so lists and histories show different dates.
            var written = now.AddDays(-60 + i);
            var content = new KnowledgeContent(a.Title, a.Questions, a.Answer, a.Category, [department.RegionCode], today.AddDays(a.ExpiresInDays));
            var article = new KnowledgeArticle(department.Id, department.Name, department.RegionCode, content, Writer, written);
            if (a.State != DemoArticleState.Draft) article.Submit(Writer, written.AddHours(1));
            if (a.State is not (DemoArticleState.Draft or DemoArticleState.InReview)) article.Approve(Reviewer, "口径准确，同意发布", written.AddHours(3));
            if (a.State is DemoArticleState.Revised or DemoArticleState.RevisionInReview)
            {
                article.Edit(content with { Answer = a.Answer + "（已按最新政策修订）" }, Writer, written.AddDays(7));
                article.Submit(Writer, written.AddDays(7).AddHours(1));
                if (a.State == DemoArticleState.Revised) article.Approve(Reviewer, "同意修订", written.AddDays(7).AddHours(2));
            }
            if (a.State == DemoArticleState.Withdrawn) article.Withdraw(written.AddDays(10));
            db.Set<KnowledgeArticle>().Add(article);
            count++;
        }
        if (count == 0) return false;
        db.Audit("demo.seed-knowledge", "演示知识库", $"{count} 条知识（已发布、已过期、待审核、草稿、已修订、已下线）", "440106");
        await db.SaveChangesAsync(ct);
        return true;
    }
}
