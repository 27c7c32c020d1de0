namespace OneStop.Hotline.Duplicates;

/// <summary>
/// 并单建议: the open matters that may be the same as an incoming request, best first, for the agent to merge or not.
/// A proposal needs <see cref="ProposalThreshold"/>; one at or above the rule's threshold is marked as the same matter.
/// </summary>
public sealed class DuplicateFinder(DuplicateIndex index)
{
    /// <summary>Below the same-matter threshold, so the agent also sees the near misses worth a look.</summary>
    public const double ProposalThreshold = 0.40;

    public const int MaxProposals = 20;

    // Enough to hold every record of one place and month; beyond it only those sharing the most are scored.
    private const int CandidateLimit = 600;

    public DuplicateIndex Index => index;

    public IReadOnlyList<DuplicateProposal> Propose(MatterRecord incoming, int max)
    {
        max = Math.Clamp(max, 1, MaxProposals);
        var features = index.Features(incoming);
        return index.Scored(features, ProposalThreshold, CandidateLimit).Take(max).Select(x =>
        {
            var verdict = SameMatterRule.Compare(features, x.Matter);
            return new DuplicateProposal(x.Matter.TicketId, x.Matter.Number, verdict.Score, verdict.Same, verdict.Reasons);
        }).ToList();
    }
}
