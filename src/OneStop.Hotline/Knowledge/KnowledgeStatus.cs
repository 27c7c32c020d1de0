namespace OneStop.Hotline.Knowledge;

/// <summary>Where an article stands: 编写中 → 待审核 → 已发布 → 已下线 (ADR 0020).</summary>
public enum KnowledgeStatus
{
    /// <summary>Never published yet: being written, or returned by the reviewer.</summary>
    Draft,
    /// <summary>Never published yet, waiting for the reviewer.</summary>
    InReview,
    /// <summary>A version is in force and found by the agents' search (a revision may be under way beside it).</summary>
    Published,
    /// <summary>Taken offline by its department or the hotline centre: no longer found; a new version can bring it back.</summary>
    Withdrawn,
}

/// <summary>One version's state: only one is in force; the versions it replaced stay readable as history.</summary>
public enum KnowledgeVersionStatus
{
    Draft,
    InReview,
    Published,
    Superseded,
}

public static class KnowledgeStatusNames
{
    public static string Chinese(this KnowledgeStatus status) => status switch
    {
        KnowledgeStatus.Draft => "编写中",
        KnowledgeStatus.InReview => "待审核",
        KnowledgeStatus.Published => "已发布",
        _ => "已下线",
    };

    public static string Chinese(this KnowledgeVersionStatus status) => status switch
    {
        KnowledgeVersionStatus.Draft => "编写中",
        KnowledgeVersionStatus.InReview => "待审核",
        KnowledgeVersionStatus.Published => "现行版本",
        _ => "历史版本",
    };
}
