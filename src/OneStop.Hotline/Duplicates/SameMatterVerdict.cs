namespace OneStop.Hotline.Duplicates;

/// <summary>The rule's answer for two matters: the score (0..1), same or different at the threshold, and why, in Chinese.</summary>
public sealed record SameMatterVerdict(double Score, bool Same, IReadOnlyList<string> Reasons);
