using Microsoft.EntityFrameworkCore;
using OneStop.Hotline.Persistence;
using OneStop.Platform.Calendar;
using OneStop.Platform.Departments;
using OneStop.Platform.Errors;
using OneStop.Platform.Regions;
using OneStop.Platform.Security;

namespace OneStop.Hotline.Knowledge;

/// <summary>
/// The knowledge-base use cases that change an article: write, edit, submit, approve, return, withdraw. Each checks
/// who acts (KnowledgeAccess) and the revision they saw, asks the article to change, and ends in one save with one
/// audit record, so a refusal or a lost race leaves nothing half-written.
/// </summary>
public sealed class WriteKnowledge(HotlineDbContext db, DataScope scope, IRegionDirectory regions, IDepartmentDirectory departments,
    TimeProvider time)
{
    private DateTime Now => time.GetUtcNow().UtcDateTime;
    private DateOnly Today => ChinaTime.Today(time);

    public async Task<KnowledgeArticle> CreateAsync(KnowledgeRequest request, CancellationToken ct)
    {
        scope.Staff(Role.DepartmentHandler, Role.SystemAdmin);
        var departmentId = request.DepartmentId ?? scope.User.DepartmentId
            ?? throw RequestValidationException.For("departmentId", "请选择所属部门", "knowledge.department-required");
        var department = await departments.GetAsync(departmentId, ct)
            ?? throw RequestValidationException.For("departmentId", "所属部门不存在", "knowledge.unknown-department");
        if (!KnowledgeAccess.MayWrite(scope, department.Id, department.RegionCode)) throw KnowledgeAccess.NotOwner;
        var content = await KnowledgeInput.CheckAsync(request, department.RegionCode, Today, regions, ct);
        var writer = KnowledgeAccess.Actor(scope, scope.User.DepartmentId == department.Id && scope.Holds(Role.DepartmentHandler)
            ? Role.DepartmentHandler : Role.SystemAdmin);
        var article = new KnowledgeArticle(department.Id, department.Name, department.RegionCode, content, writer, Now);
        db.Set<KnowledgeArticle>().Add(article);
        db.Audit("hotline.knowledge-create", Target(content.Title), $"{department.Name} 编写第 1 版", department.RegionCode);
        await SaveAsync(ct);
        return article;
    }

    public async Task<KnowledgeArticle> EditAsync(long id, KnowledgeRequest request, CancellationToken ct)
    {
        var article = await LoadAsync(id, ct);
        KnowledgeAccess.RequireWriter(scope, article);
        KnowledgeAccess.RequireRevision(article, request.Revision);
        var content = await KnowledgeInput.CheckAsync(request, article.DepartmentRegion, Today, regions, ct);
        var before = article.Latest.Number;
        article.Edit(content, KnowledgeAccess.WriterActor(scope, article), Now);
        var summary = article.Latest.Number == before ? $"修改第 {before} 版草稿" : $"修订为第 {article.Latest.Number} 版（第 {before} 版保留为历史）";
        db.Audit("hotline.knowledge-edit", Target(content.Title), summary, article.DepartmentRegion);
        await SaveAsync(ct);
        return article;
    }

    public async Task<KnowledgeArticle> SubmitAsync(long id, KnowledgeActionRequest request, CancellationToken ct)
    {
        var article = await LoadAsync(id, ct);
        KnowledgeAccess.RequireWriter(scope, article);
        KnowledgeAccess.RequireRevision(article, request.Revision);
        article.Submit(KnowledgeAccess.WriterActor(scope, article), Now);
        db.Audit("hotline.knowledge-submit", Target(article.Latest.Title), $"第 {article.Latest.Number} 版提交审核", article.DepartmentRegion);
        await SaveAsync(ct);
        return article;
    }

    public async Task<KnowledgeArticle> ApproveAsync(long id, KnowledgeActionRequest request, CancellationToken ct)
    {
        var article = await LoadAsync(id, ct);
        KnowledgeAccess.RequireReviewer(scope, article);
        KnowledgeAccess.RequireRevision(article, request.Revision);
        var note = KnowledgeInput.Note(request.Note, required: false, "");
        article.Approve(KnowledgeAccess.ReviewerActor(scope, article), note, Now);
        db.Audit("hotline.knowledge-approve", Target(article.Latest.Title), $"第 {article.PublishedNumber} 版审核通过并发布", article.DepartmentRegion);
        await SaveAsync(ct);
        return article;
    }

    public async Task<KnowledgeArticle> ReturnAsync(long id, KnowledgeActionRequest request, CancellationToken ct)
    {
        var article = await LoadAsync(id, ct);
        KnowledgeAccess.RequireReviewer(scope, article);
        KnowledgeAccess.RequireRevision(article, request.Revision);
        var note = KnowledgeInput.Note(request.Note, required: true, "退回修改须说明理由")!;
        article.Return(KnowledgeAccess.ReviewerActor(scope, article), note, Now);
        db.Audit("hotline.knowledge-return", Target(article.Latest.Title), $"第 {article.Latest.Number} 版退回修改", article.DepartmentRegion);
        await SaveAsync(ct);
        return article;
    }

    /// <summary>下线: its department, or a reviewer of the hotline centre (an answer found wrong on a call cannot wait).</summary>
    public async Task<KnowledgeArticle> WithdrawAsync(long id, KnowledgeActionRequest request, CancellationToken ct)
    {
        var article = await LoadAsync(id, ct);
        scope.Staff(KnowledgeAccess.Readers);
        if (!KnowledgeAccess.MaySee(scope, article)) throw KnowledgeAccess.NotOwner;
        KnowledgeAccess.RequireRevision(article, request.Revision);
        var note = KnowledgeInput.Note(request.Note, required: true, "下线须说明理由")!;
        article.Withdraw(Now);
        db.Audit("hotline.knowledge-withdraw", Target(article.Latest.Title), $"下线：{note}", article.DepartmentRegion);
        await SaveAsync(ct);
        return article;
    }

    internal async Task<KnowledgeArticle> LoadAsync(long id, CancellationToken ct)
    {
        var article = await db.Set<KnowledgeArticle>().FirstOrDefaultAsync(a => a.Id == id, ct) ?? throw KnowledgeAccess.NotFound;
        // Someone who may not even read it learns nothing about it (a draft of another department is "not found").
        KnowledgeAccess.RequireReader(scope, article);
        return article;
    }

    private async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw KnowledgeAccess.Changed;
        }
        catch (DbUpdateException e) when (StoreConflicts.IsUniqueViolation(e))
        {
            // Two editors of a published article both start version n+1: the second meets the first's row.
            throw KnowledgeAccess.Changed;
        }
    }

    private static string Target(string title) => $"知识「{(title.Length > 40 ? title[..40] + "…" : title)}」";
}
