namespace OneStop.Catalog.Items;

/// <summary>One reason a version cannot be published, tied to the field to fix.</summary>
public sealed record PublishingIssue(string Field, string Code, string Message);
