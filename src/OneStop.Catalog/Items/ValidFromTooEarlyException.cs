using OneStop.Platform.Errors;

namespace OneStop.Catalog.Items;

/// <summary>
/// A version cannot start on or before the day an earlier version of the same item started (validity periods never
/// overlap); the refusal names the earliest date that would be accepted, so the form can offer it.
/// </summary>
public sealed class ValidFromTooEarlyException(string code, string title, DateOnly proposed)
    : BusinessRuleException(code, title, $"{title}，最早可定于 {proposed:yyyy-MM-dd} 生效")
{
    public DateOnly ProposedValidFrom { get; } = proposed;

    public override IReadOnlyDictionary<string, object?> Extensions =>
        new Dictionary<string, object?> { ["proposedValidFrom"] = ProposedValidFrom.ToString("yyyy-MM-dd") };
}
