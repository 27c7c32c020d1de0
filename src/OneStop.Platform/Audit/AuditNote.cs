namespace OneStop.Platform.Audit;

/// <summary>What the use case says it is doing; the context writes it with the changes it saves.</summary>
public sealed record AuditNote(string Action, string Target, string? Summary = null);
