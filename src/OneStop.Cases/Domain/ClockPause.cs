namespace OneStop.Cases.Domain;

public enum PauseKind { Supplement, SpecialProcedure }

/// <summary>
/// A span the law does not count: from the day it starts through the day it ends (补正 answered, 特别程序 ended);
/// counting resumes the next day. <see cref="EndedOn"/> is empty while it lasts.
/// </summary>
public sealed record ClockPause(PauseKind Kind, string Name, DateOnly StartedOn, DateOnly? EndedOn, string? Reason)
{
    public string Label => Kind == PauseKind.Supplement ? "补正" : $"特别程序（{Name}）";
}

/// <summary>延期: requested by one approver, approved or refused by another of the same department (ADR 0016).</summary>
public sealed record Extension(int Days, string Reason, long RequestedById, string RequestedBy, DateTime RequestedAt,
    ExtensionStatus Status = ExtensionStatus.Pending, string? DecidedBy = null, DateTime? DecidedAt = null, string? Opinion = null);

public enum ExtensionStatus { Pending, Approved, Rejected }

public static class ExtensionLabels
{
    public static string Chinese(this ExtensionStatus s) => s switch
    {
        ExtensionStatus.Pending => "待批准", ExtensionStatus.Approved => "已批准", _ => "未批准",
    };
}
