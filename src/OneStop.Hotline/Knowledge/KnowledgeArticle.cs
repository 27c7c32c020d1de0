using OneStop.Platform.Errors;

namespace OneStop.Hotline.Knowledge;

/// <summary>
/// A knowledge-base article (知识) of one department: its versions, the one in force, and the review rule — a version
/// is published only by a reviewer who wrote none of it (ADR 0020). The agents' search reads the version in force;
/// a revision under review does not disturb it until approved.
/// </summary>
public sealed class KnowledgeArticle
{
    private KnowledgeArticle() { }

    public KnowledgeArticle(long departmentId, string departmentName, string departmentRegion, KnowledgeContent content,
        KnowledgeActor writer, DateTime now)
    {
        DepartmentId = departmentId;
        DepartmentName = departmentName;
        DepartmentRegion = departmentRegion;
        Status = KnowledgeStatus.Draft;
        CreatedAt = now;
        Versions.Add(new KnowledgeVersion(1, content, writer, now));
        Touch(now);
    }

    public long Id { get; private set; }
    public long DepartmentId { get; private set; }
    public string DepartmentName { get; private set; } = "";
    public string DepartmentRegion { get; private set; } = "";
    public KnowledgeStatus Status { get; private set; }
    public int? PublishedNumber { get; private set; }
    /// <summary>The version in force's 有效期至, kept here so a department's expired articles are counted in one query.</summary>
    public DateOnly? PublishedExpiresOn { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }
    /// <summary>Bumped by every change; a concurrency token, and what each form sends back (two editors: one wins).</summary>
    public int Revision { get; private set; }
    public List<KnowledgeVersion> Versions { get; private set; } = [];

    public KnowledgeVersion Latest => Versions.MaxBy(v => v.Number)!;
    public KnowledgeVersion? InForce => Status == KnowledgeStatus.Published ? Versions.FirstOrDefault(v => v.Number == PublishedNumber) : null;

    /// <summary>The version waiting for review or being written beside the one in force, if any.</summary>
    public KnowledgeVersion? Pending => Latest.Status is KnowledgeVersionStatus.Draft or KnowledgeVersionStatus.InReview ? Latest : null;

    public bool IsExpired(DateOnly today) => InForce?.IsExpired(today) == true;

    /// <summary>A draft is rewritten in place; a published (or withdrawn) text is never changed: a new version starts.</summary>
    public void Edit(KnowledgeContent content, KnowledgeActor writer, DateTime now)
    {
        var latest = Latest;
        if (latest.Status == KnowledgeVersionStatus.InReview)
            throw new BusinessRuleException("knowledge.in-review", "该知识正在审核中，不能修改", "请等待审核结果，或由审核人退回后再修改。");
        if (latest.Status == KnowledgeVersionStatus.Draft) latest.Write(content, writer, now);
        else Versions.Add(new KnowledgeVersion(latest.Number + 1, content, writer, now));
        Touch(now);
    }

    public void Submit(KnowledgeActor by, DateTime now)
    {
        var latest = Pending is { Status: KnowledgeVersionStatus.Draft } draft ? draft
            : throw new BusinessRuleException("knowledge.nothing-to-submit", "没有待提交审核的版本", "请先修改内容，再提交审核。");
        latest.Status = KnowledgeVersionStatus.InReview;
        latest.SubmittedBy = by.Name;
        latest.SubmittedAt = now;
        latest.ReviewNote = null;
        if (Status == KnowledgeStatus.Draft) Status = KnowledgeStatus.InReview;
        Touch(now);
    }

    /// <summary>审核通过: the version comes into force, the one before it becomes history.</summary>
    public void Approve(KnowledgeActor reviewer, string? note, DateTime now)
    {
        var version = Reviewable(reviewer);
        if (InForce is { } old) old.Status = KnowledgeVersionStatus.Superseded;
        else foreach (var v in Versions.Where(v => v.Status == KnowledgeVersionStatus.Published)) v.Status = KnowledgeVersionStatus.Superseded;
        version.Status = KnowledgeVersionStatus.Published;
        version.ReviewedBy = reviewer.Name;
        version.ReviewedAt = now;
        version.ReviewNote = note;
        Status = KnowledgeStatus.Published;
        PublishedNumber = version.Number;
        PublishedExpiresOn = version.ExpiresOn;
        Touch(now);
    }

    /// <summary>退回修改: back to its writers with the reviewer's reason; the version in force (if any) stays.</summary>
    public void Return(KnowledgeActor reviewer, string note, DateTime now)
    {
        var version = Reviewable(reviewer);
        version.Status = KnowledgeVersionStatus.Draft;
        version.ReviewedBy = reviewer.Name;
        version.ReviewedAt = now;
        version.ReviewNote = note;
        if (Status == KnowledgeStatus.InReview) Status = KnowledgeStatus.Draft;
        Touch(now);
    }

    /// <summary>下线: no longer found by the agents; the history stays, and an edit can bring it back through review.</summary>
    public void Withdraw(DateTime now)
    {
        if (Status != KnowledgeStatus.Published)
            throw new BusinessRuleException("knowledge.not-published", "该知识未发布，无需下线");
        Status = KnowledgeStatus.Withdrawn;
        PublishedExpiresOn = null;
        Touch(now);
    }

    private KnowledgeVersion Reviewable(KnowledgeActor reviewer)
    {
        var version = Pending is { Status: KnowledgeVersionStatus.InReview } v ? v
            : throw new BusinessRuleException("knowledge.not-in-review", "该知识没有待审核的版本");
        if (version.WrittenByAccount(reviewer.AccountId))
            throw new BusinessRuleException("knowledge.self-review", "不能审核本人编写的知识", "请由本部门其他人员或热线中心派单员审核。");
        return version;
    }

    private void Touch(DateTime now)
    {
        UpdatedAt = now;
        Revision++;
    }
}
