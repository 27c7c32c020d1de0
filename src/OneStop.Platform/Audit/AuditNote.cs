namespace OneStop.Platform.Audit;

/// <summary>
/// What the use case says it is doing; the context writes it with the changes it saves. <paramref name="RegionCode"/>
/// names the region the record belongs to when the actor has none (sign-ins, registrations); security notes go to
/// the security chain.
/// </summary>
internal sealed record AuditNote(string Action, string Target, string? Summary = null, string? RegionCode = null,
    bool Security = false);
