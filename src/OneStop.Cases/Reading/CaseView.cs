using OneStop.Cases.Domain;
using OneStop.Catalog.Items;
using OneStop.Platform.Calendar;
using OneStop.Platform.Privacy;

namespace OneStop.Cases.Reading;

/// <summary>
/// A case as the API gives it. Dates keep stable names and ISO form (submittedAt, acceptedOn, promisedDueDate,
/// statutoryDueDate, decidedAt, steps[].dueDate) for integrators and the national case-upload export. Personal data
/// is masked; codes come with their Chinese labels.
/// </summary>
public sealed record CaseView(
    long Id, string? Number, string Kind, string KindLabel, string State, string StateLabel, string Channel, string ChannelLabel,
    long? ItemId, long? ItemVersionId, int? ItemVersion, long? BundleId, string ItemCode, string ItemName, string RegionCode,
    long? DepartmentId, string DepartmentName, ApplicantView Applicant,
    IReadOnlyList<FieldView> Fields, IReadOnlyList<MaterialView> Materials,
    DateTimeOffset? SubmittedAt, DateOnly? AcceptedOn, DateOnly? PromisedDueDate, DateOnly? StatutoryDueDate,
    DateOnly? DeferredDueDate, DateTimeOffset? DecidedAt, string? Decision, string? DecisionLabel, string? DecisionReason,
    string? DecidedByRule, string? RefusalReason, SupplementView? Supplement,
    IReadOnlyList<StepView> Steps, IReadOnlyList<PauseView> Pauses, IReadOnlyList<ExtensionView> Extensions,
    IReadOnlyList<HistoryView> History, IReadOnlyList<PartView> Parts, ClockView Clock, IReadOnlyList<DocumentLink> Documents,
    long FileBytes, int Revision)
{
    /// <param name="detail">How much personal data the viewer sees (<see cref="PersonalDetail"/>); masked unless said.</param>
    public static CaseView Of(Case c, WorkingCalendar calendar, DateOnly today, IReadOnlyList<Case>? parts = null,
        PersonalDetail detail = PersonalDetail.Masked)
    {
        var due = c.Explain(calendar, today);
        var masked = detail == PersonalDetail.Masked;
        return new(c.Id, c.Number, c.Kind.ToString(), c.Kind.Chinese(), c.State.ToString(), c.State.Chinese(), c.Channel.ToString(),
            c.Channel.Chinese(), c.ItemId, c.ItemVersionId, c.Item?.VersionNumber, c.BundleId, c.ItemCode, c.ItemName, c.RegionCode,
            c.DepartmentId, c.DepartmentName, ApplicantView.Of(c.Applicant, revealed: detail == PersonalDetail.Revealed),
            c.FormFields.Select(f => new FieldView(f.Key, f.Label, f.Required,
                FieldValue(f.Kind, c.Fields.GetValueOrDefault(f.Key), detail), f.Kind.ToString(), f.Options)).ToList(),
            c.Materials.Select((m, i) => MaterialView.Of(i, m, c.Kind != CaseKind.BundlePart && c.TakesDeferredFile(i), masked)).ToList(),
            Beijing(c.SubmittedAt), c.AcceptedOn, c.PromisedDueDate, c.StatutoryDueDate, c.DeferredDueDate, Beijing(c.DecidedAt),
            c.Decision?.ToString(), c.Decision?.Chinese(), Text(c.DecisionReason, masked), c.DecidedByRule, Text(c.RefusalReason, masked),
            c.Supplement is { } s ? SupplementView.Of(s, masked) : null,
            c.Steps.Select(s => new StepView(s.Index, s.Name, s.LimitDays, s.Status.ToString(), s.Status.Chinese(), s.StartedOn,
                s.DueDate, Beijing(s.CompletedAt), s.CompletedBy, Text(s.Opinion, masked))).ToList(),
            c.Pauses.Select(p => new PauseView(p.Kind.ToString(), p.Label, p.StartedOn, p.EndedOn, Text(p.Reason, masked))).ToList(),
            c.Extensions.Select(e => new ExtensionView(e.Days, Text(e.Reason, masked)!, e.RequestedBy, Beijing(e.RequestedAt)!.Value,
                e.Status.ToString(), e.Status.Chinese(), e.DecidedBy, Beijing(e.DecidedAt), Text(e.Opinion, masked))).ToList(),
            c.History.OrderBy(h => h.Sequence).Select(h => HistoryView.Of(h, masked)).ToList(),
            (parts ?? []).Select(p => new PartView(p.Id, p.Number, p.ItemName, p.DepartmentName, p.State.ToString(), p.State.Chinese(),
                p.StatutoryDueDate, p.PromisedDueDate, p.Decision?.ToString(), p.Decision?.Chinese(), Text(p.DecisionReason, masked))).ToList(),
            new ClockView(due.Statutory?.Explanation ?? [], due.Promised?.Explanation ?? [], c.IsClockRunning,
                c.State is CaseState.ReviewSupplement or CaseState.SpecialProcedure),
            OneStop.Cases.Documents.CaseDocuments.Available(c).Select(k => new DocumentLink(k.ToString().ToLowerInvariant(), OneStop.Cases.Documents.CaseDocuments.Title(c, k),
                $"/api/cases/{c.Id}/documents/{k.ToString().ToLowerInvariant()}")).ToList(),
            c.FileBytes, c.Revision);
    }

    /// <summary>
    /// A form value as the viewer sees it: resident IDs and mobile numbers masked — in ID and phone fields and inside
    /// free text — for everyone but the one who fills the form in; numbers, dates and choices as they are.
    /// </summary>
    private static string? FieldValue(FormFieldKind kind, string? value, PersonalDetail detail) =>
        detail != PersonalDetail.Masked || value is null ? value : kind switch
        {
            FormFieldKind.Number or FormFieldKind.Date or FormFieldKind.Choice => value,
            // By kind, however it was typed (139-0013-9000, +86 139 0013 9000): the field says what it is.
            FormFieldKind.Phone => PersonalData.MaskPhone(value),
            FormFieldKind.ResidentId => PersonalData.MaskResidentId(value),
            _ => PersonalData.MaskText(value),
        };

    /// <summary>
    /// A text of the record as a masked view shows it: an applicant's note, a file's name, and staff's own words (补正
    /// items, opinions, reasons), which quote an applicant's ID or phone as often as the applicant does.
    /// </summary>
    internal static string? Text(string? text, bool masked) => masked && text is not null ? PersonalData.MaskText(text) : text;

    /// <summary>
    /// Whether this view hides some of <paramref name="c"/>'s personal data in the applicant block or the form — what
    /// 查看完整证件号码和电话 would show. An enterprise's credit code and a short service number are not masked.
    /// </summary>
    public bool HidesPersonalDataOf(Case c) =>
        Applicant != ApplicantView.Of(c.Applicant, revealed: true) || Fields.Any(f => f.Value != c.Fields.GetValueOrDefault(f.Key));

    internal static DateTimeOffset? Beijing(DateTime? utc) => utc is { } u ? ChinaTime.ToBeijing(u) : null;
}

/// <summary>
/// How much of a case's personal data a view shows. <see cref="Masked"/>: resident IDs and mobile numbers masked
/// everywhere — what staff see. <see cref="OwnForm"/>: the form's values as typed, for the one who fills it in (the
/// applicant; the window clerk of a walk-in's case while the form may be saved), the applicant's own identity still
/// masked.
/// <see cref="Revealed"/>: everything in full, for staff who asked for it on purpose — an audited action
/// (<see cref="RevealPersonalData"/>).
/// </summary>
public enum PersonalDetail { Masked, OwnForm, Revealed }

public sealed record ApplicantView(string Type, string TypeLabel, string Name, string IdNumber, string? Phone, string? Address,
    string? LegalRepresentative)
{
    public static ApplicantView Of(Applicant a, bool revealed = false) => new(a.Type.ToString(), a.Type.Chinese(), a.Name,
        a.Type == ApplicantType.Citizen && !revealed ? PersonalData.MaskResidentId(a.IdNumber)! : a.IdNumber,
        revealed ? a.Phone : PersonalData.MaskPhone(a.Phone), a.Address, a.LegalRepresentative);
}

/// <param name="Kind">Text, Number, Date, Choice, Phone or ResidentId: what the value must be.</param>
/// <param name="Options">The choices of a Choice field, in the catalog's order; null for other kinds.</param>
public sealed record FieldView(string Key, string Label, bool Required, string? Value, string Kind = "Text",
    IReadOnlyList<string>? Options = null);

/// <param name="TakesDeferredFile">A 容缺 material whose file may still be uploaded now (also after a grant, not after a denial);
/// never on a bundle's part, whose 容缺 files come in on the bundle (<see cref="Case.RequireDirectUpload"/>).</param>
public sealed record MaterialView(int Index, string Name, bool Required, bool Deferrable, string Status, string StatusLabel,
    IReadOnlyList<FileView> Files, IReadOnlyList<string> NeededBy, DateOnly? DeferredDueDate, bool TakesDeferredFile)
{
    public static MaterialView Of(int index, SubmittedMaterial m, bool takesDeferredFile, bool masked = false) => new(index, m.Name,
        m.Required, m.Deferrable, m.Status.ToString(), m.Status.Chinese(),
        m.Files.Select(f => FileView.Of(f, masked)).ToList(),
        m.NeededBy, m.DeferredDueDate, takesDeferredFile);
}

public sealed record FileView(string Sha256, string FileName, long Size, string Kind, DateTimeOffset UploadedAt)
{
    /// <param name="masked">Scans are often named after the ID on them (张三身份证440106….pdf).</param>
    public static FileView Of(CaseFile f, bool masked = false) => new(f.Sha256, CaseView.Text(f.FileName, masked)!, f.Size, f.Kind,
        CaseView.Beijing(f.UploadedAt)!.Value);
}

public sealed record SupplementView(IReadOnlyList<SupplementItem> Items, string? Note, DateOnly RequestedOn, string RequestedBy, bool DuringReview,
    DateOnly? AnsweredOn)
{
    /// <param name="masked">A notice's items and note are the clerk's words, and may quote the applicant's ID or phone.</param>
    public static SupplementView Of(SupplementRequest s, bool masked) => new(
        masked ? s.Items.Select(i => new SupplementItem(CaseView.Text(i.Material, true)!, CaseView.Text(i.Problem, true)!)).ToList() : s.Items,
        CaseView.Text(s.Note, masked), s.RequestedOn, s.RequestedBy, s.DuringReview, s.AnsweredOn);
}

public sealed record StepView(int Index, string Name, int? LimitDays, string Status, string StatusLabel, DateOnly? StartedOn,
    DateOnly? DueDate, DateTimeOffset? CompletedAt, string? CompletedBy, string? Opinion);

public sealed record PauseView(string Kind, string Label, DateOnly StartedOn, DateOnly? EndedOn, string? Reason);

public sealed record ExtensionView(int Days, string Reason, string RequestedBy, DateTimeOffset RequestedAt, string Status,
    string StatusLabel, string? DecidedBy, DateTimeOffset? DecidedAt, string? Opinion);

/// <param name="Attachments">Files the entry keeps (a file removed from a submitted case, a 容缺 file that came in after acceptance); empty for most entries.</param>
public sealed record HistoryView(int Sequence, DateTimeOffset At, string Action, string ActionLabel, string From, string FromLabel,
    string To, string ToLabel, string Actor, string ActorRole, string? Opinion, string? Detail, IReadOnlyList<FileView> Attachments)
{
    /// <param name="masked">An applicant's 补正 answer or withdrawal note may hold their phone; a detail names removed files.</param>
    public static HistoryView Of(CaseEvent e, bool masked = false) => new(e.Sequence, ChinaTime.ToBeijing(e.At), e.Action.ToString(),
        e.Action.Chinese(), e.From.ToString(), e.From.Chinese(), e.To.ToString(), e.To.Chinese(), e.ActorName, e.ActorRole,
        CaseView.Text(e.Opinion, masked), CaseView.Text(e.Detail, masked), e.Attachments.Select(f => FileView.Of(f, masked)).ToList());
}

public sealed record PartView(long Id, string? Number, string ItemName, string DepartmentName, string State, string StateLabel,
    DateOnly? StatutoryDueDate, DateOnly? PromisedDueDate, string? Decision, string? DecisionLabel, string? DecisionReason);

/// <summary>A document of the case (受理通知书…) and where to get it as PDF.</summary>
public sealed record DocumentLink(string Kind, string Title, string Href);

/// <summary>Why each due date is what it is, line by line; whether the clock runs or is stopped now.</summary>
public sealed record ClockView(IReadOnlyList<string> Statutory, IReadOnlyList<string> Promised, bool Running, bool Paused);

/// <summary>A line of a list (queue, tasks, my cases).</summary>
public sealed record CaseSummary(long Id, string? Number, string KindLabel, string ItemName, string DepartmentName, string ApplicantName,
    string State, string StateLabel, DateTimeOffset? SubmittedAt, DateOnly? AcceptedOn, DateOnly? DueDate, string? CurrentStep,
    bool Overdue, bool ClockPaused = false)
{
    public static CaseSummary Of(Case c, DateOnly today)
    {
        var due = c.StepDueDate ?? c.PromisedDueDate ?? c.StatutoryDueDate;
        return new(c.Id, c.Number, c.Kind.Chinese(), c.ItemName, c.DepartmentName, c.Applicant.Name, c.State.ToString(), c.State.Chinese(),
            CaseView.Beijing(c.SubmittedAt), c.AcceptedOn, due, c.Steps.FirstOrDefault(s => s.Status == StepStatus.Current)?.Name,
            c.IsClockRunning && due is { } d && d < today, c.IsClockPaused);
    }
}
