namespace OneStop.Cases.Domain;

public enum CaseKind { Single, Bundle, BundlePart }

public enum ApplicantType { Citizen, Enterprise }

public enum CaseChannel { Online, Window }

public enum Decision { Granted, Denied, PartlyGranted }

public enum MaterialStatus { Missing, Attached, Deferred, Waived }

public enum StepStatus { Waiting, Current, Done }

/// <summary>The applicant as recorded when the case was created (一人一档 reused, not asked again).</summary>
public sealed record Applicant(ApplicantType Type, long? AccountId, string Name, string IdNumber, string? Phone,
    string? Address, string? LegalRepresentative);

/// <summary>
/// An uploaded file as the case knows it: its content hash in the file store, and a display name cleaned of any
/// path (the store never uses it).
/// </summary>
public sealed record CaseFile(string Sha256, long Size, string Kind, string FileName, DateTime UploadedAt);

/// <summary>
/// One material of the application, with the files attached to it. In a bundle, a material several items need is
/// submitted once; <see cref="NeededBy"/> names the items (their sub-cases all see it).
/// </summary>
public sealed record SubmittedMaterial(string Name, bool Required, bool Deferrable, MaterialStatus Status,
    IReadOnlyList<CaseFile> Files, IReadOnlyList<string> NeededBy, DateOnly? DeferredDueDate = null)
{
    public long Bytes => Files.Sum(f => f.Size);
}

/// <summary>One item of a 一次性告知: which material (or other requirement) and what is wrong or missing.</summary>
public sealed record SupplementItem(string Material, string Problem);

/// <param name="Changed">Whether the applicant has changed anything (a file, the form) since the notice.</param>
public sealed record SupplementRequest(IReadOnlyList<SupplementItem> Items, string? Note, DateOnly RequestedOn,
    string RequestedBy, bool DuringReview, DateOnly? AnsweredOn = null, bool Changed = false);

/// <summary>A process step of the item (审查, 决定…) as the case works through it.</summary>
public sealed record CaseStep(int Index, string Name, int? LimitDays, StepStatus Status, DateOnly? StartedOn,
    DateOnly? DueDate, DateTime? CompletedAt, string? CompletedBy, string? Opinion);

/// <summary>Who acts: staff by name and role, the applicant, or the system (秒批).</summary>
public sealed record CaseActor(long? AccountId, string Name, string RoleLabel)
{
    public static CaseActor System(string name = "系统（秒批）") => new(null, name, "系统");
}

public static class CasePartLabels
{
    public static string Chinese(this Decision d) => d switch
    {
        Decision.Granted => "准予", Decision.Denied => "不予", _ => "部分准予",
    };

    public static string Chinese(this MaterialStatus s) => s switch
    {
        MaterialStatus.Missing => "未提交", MaterialStatus.Attached => "已上传", MaterialStatus.Deferred => "容缺后补", _ => "免提交",
    };

    public static string Chinese(this ApplicantType t) => t == ApplicantType.Citizen ? "自然人" : "法人";

    public static string Chinese(this CaseChannel c) => c == CaseChannel.Online ? "网上申请" : "窗口受理";

    public static string Chinese(this StepStatus s) => s switch
    {
        StepStatus.Waiting => "未开始", StepStatus.Current => "办理中", _ => "已完成",
    };

    public static string Chinese(this CaseKind k) => k switch
    {
        CaseKind.Single => "单事项", CaseKind.Bundle => "一件事（主件）", _ => "一件事（子件）",
    };
}
