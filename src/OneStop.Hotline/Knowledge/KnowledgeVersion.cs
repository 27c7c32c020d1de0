namespace OneStop.Hotline.Knowledge;

/// <summary>
/// One version of an article. A draft is edited in place; once published it never changes again: the next edit
/// makes version n+1, and this one stays readable (superseded) in the history.
/// </summary>
public sealed class KnowledgeVersion
{
    private KnowledgeVersion() { }

    internal KnowledgeVersion(int number, KnowledgeContent content, KnowledgeActor writer, DateTime now)
    {
        Number = number;
        Status = KnowledgeVersionStatus.Draft;
        Write(content, writer, now);
    }

    public long Id { get; private set; }
    public long ArticleId { get; private set; }
    public int Number { get; private set; }
    public KnowledgeVersionStatus Status { get; internal set; }
    public string Title { get; private set; } = "";
    /// <summary>The ways callers ask it, one per line (they are searched like the title).</summary>
    public List<string> Questions { get; private set; } = [];
    public string Answer { get; private set; } = "";
    public string? CategoryCode { get; private set; }
    /// <summary>Region codes the answer holds for (each with the regions below it).</summary>
    public List<string> Regions { get; private set; } = [];
    public DateOnly ExpiresOn { get; private set; }

    /// <summary>Everyone who wrote this version: none of them may approve it.</summary>
    public List<long> AuthorIds { get; private set; } = [];
    public string WrittenBy { get; private set; } = "";
    public DateTime WrittenAt { get; private set; }
    public string? SubmittedBy { get; internal set; }
    public DateTime? SubmittedAt { get; internal set; }
    public string? ReviewedBy { get; internal set; }
    public DateTime? ReviewedAt { get; internal set; }
    public string? ReviewNote { get; internal set; }

    internal void Write(KnowledgeContent content, KnowledgeActor writer, DateTime now)
    {
        Title = content.Title;
        Questions = content.Questions.ToList();
        Answer = content.Answer;
        CategoryCode = content.CategoryCode;
        Regions = content.Regions.ToList();
        ExpiresOn = content.ExpiresOn;
        if (writer.AccountId is { } id && !AuthorIds.Contains(id)) AuthorIds.Add(id);
        WrittenBy = writer.Name;
        WrittenAt = now;
    }

    public bool WrittenByAccount(long? accountId) => accountId is { } id && AuthorIds.Contains(id);

    /// <summary>An answer is valid through its 有效期至 day; from the day after it is 已过期.</summary>
    public bool IsExpired(DateOnly today) => ExpiresOn < today;

    public bool AppliesTo(string regionCode) => KnowledgeRegions.Covers(Regions, regionCode);
}
