namespace OneStop.Hotline.Duplicates;

/// <summary>
/// An open matter proposed to the agent as possibly the same as the incoming request: its ticket, the score, the
/// reasons in Chinese, and whether the score reaches the rule's same-matter threshold (below it: worth a look only).
/// </summary>
public sealed record DuplicateProposal(Guid TicketId, string Number, double Score, bool SameMatter, IReadOnlyList<string> Reasons);
