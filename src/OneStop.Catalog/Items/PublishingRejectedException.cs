using OneStop.Platform.Errors;

namespace OneStop.Catalog.Items;

/// <summary>发布被拒: every publishing issue, each with its field and code, in one 409 answer.</summary>
public sealed class PublishingRejectedException(IReadOnlyList<PublishingIssue> issues)
    : BusinessRuleException("catalog.publish-rejected", "事项要素未通过发布检查", string.Join("；", issues.Select(i => i.Message)))
{
    public IReadOnlyList<PublishingIssue> Issues { get; } = issues;

    public override IReadOnlyDictionary<string, object?> Extensions => new Dictionary<string, object?> { ["issues"] = Issues };
}
