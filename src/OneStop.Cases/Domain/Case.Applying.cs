using OneStop.Catalog.Contracts;
using OneStop.Platform.Calendar;
using OneStop.Platform.Errors;

namespace OneStop.Cases.Domain;

/// <summary>办件 while the applicant (or the clerk for a walk-in) fills it in: form, 容缺 marks, files, submission.</summary>
public sealed partial class Case
{
    public void SaveFields(IReadOnlyDictionary<string, string> fields, CaseActor actor, DateTime now)
    {
        Require(CaseAction.SaveDraft);
        if (!Fields.OrderBy(f => f.Key).SequenceEqual(fields.OrderBy(f => f.Key))) NoteSupplementChange();
        Fields = fields;
        Revision++;
    }

    /// <summary>A new draft's form starts with what the applicant's profile answers (一人一档, <see cref="ApplicantFacts"/>).</summary>
    public void PrefillFromApplicant(DateOnly today)
    {
        if (State != CaseState.Draft || Fields.Count > 0) return;
        Fields = ApplicantFacts.Prefill(FormFields, Applicant, today);
    }

    /// <summary>Marks a 容缺 material "to be supplied later" (or takes the mark back) while filling in.</summary>
    public void MarkDeferred(int material, bool deferred)
    {
        Require(CaseAction.SaveDraft);
        var m = MaterialAt(material);
        if (deferred && !m.Deferrable)
            throw new BusinessRuleException("case.material-not-deferrable", $"“{m.Name}”不是容缺材料，须在申请时提交");
        if (m.Status == MaterialStatus.Waived) return;
        Materials = Replace(Materials, material, m with { Status = deferred ? MaterialStatus.Deferred : m.Files.Count > 0 ? MaterialStatus.Attached : MaterialStatus.Missing });
        Revision++;
    }

    /// <summary>
    /// Whether a file of <paramref name="size"/> bytes may be attached to the material now. Asked before the file is
    /// stored too, so a refused upload leaves nothing on disk (the store keeps what it is given).
    /// </summary>
    public void EnsureCanAttach(int material, long size, long maxCaseBytes)
    {
        var m = MaterialAt(material);
        // After acceptance only a deferred (容缺) material may still come in; the clerk's notice names it.
        if (State is CaseState.InReview or CaseState.SpecialProcedure or CaseState.Decided && m.Status != MaterialStatus.Deferred)
            throw new BusinessRuleException("case.material-not-open", $"“{m.Name}”已受理，不能再上传");
        RequireNotDenied();
        Require(CaseAction.AttachFile);
        if (FileBytes + size > maxCaseBytes)
            throw new DomainException(413, "case.too-many-bytes",
                $"本件材料总大小超过限制（最大 {maxCaseBytes / 1024 / 1024} MB）", $"已上传 {FileBytes / 1024 / 1024.0:0.0} MB。");
        if (m.Files.Count >= CaseLimits.MaxFilesPerMaterial)
            throw new BusinessRuleException("case.too-many-files", $"“{m.Name}”最多上传 {CaseLimits.MaxFilesPerMaterial} 个文件");
    }

    /// <summary>
    /// Whether the applicant may upload to this case itself. A bundle's files come in on the bundle, which passes each to
    /// the parts that need it (a shared material once for all, recorded on the bundle too); a part takes files of its own
    /// only while it waits for the answer to its department's 审查中补正, which is answered on the part.
    /// </summary>
    public void RequireDirectUpload()
    {
        if (Kind == CaseKind.BundlePart && State != CaseState.ReviewSupplement)
            throw new BusinessRuleException("case.upload-on-bundle", "一件事的材料请在一件事办件中上传，系统会分送需要它的各部门");
    }

    /// <summary>Whether a deferred (容缺) material of this case (a bundle's part) takes a file now.</summary>
    public bool TakesDeferredFile(int material) =>
        material >= 0 && Materials[material].Status == MaterialStatus.Deferred && CaseTransitions.IsAllowed(State, CaseAction.AttachFile)
        && !IsDenied;

    /// <summary>After a denial nothing more comes in: the deferred materials were for a licence that is not given.</summary>
    private bool IsDenied => State == CaseState.Decided && Decision == Domain.Decision.Denied;

    private void RequireNotDenied()
    {
        if (IsDenied) throw new BusinessRuleException("case.denied", "本件已作出不予许可决定，无需再补交材料");
    }

    public void AttachFile(int material, CaseFile file, long maxCaseBytes, CaseActor actor, DateTime now)
    {
        EnsureCanAttach(material, file.Size, maxCaseBytes);
        var m = MaterialAt(material);
        var keepDeferred = m.Status == MaterialStatus.Deferred && State == CaseState.Draft;
        Materials = Replace(Materials, material, m with
        {
            Files = [.. m.Files, file],
            Status = keepDeferred ? MaterialStatus.Deferred : State is CaseState.Draft or CaseState.AwaitingSupplement or CaseState.ReviewSupplement
                ? MaterialStatus.Attached : m.Status,
        });
        FileBytes += file.Size;
        NoteSupplementChange();
        // After acceptance a file comes in only for a 容缺 material still owed: nothing else marks its arrival, so the
        // history does (with the file), and the department sees when and from whom it came before confirming it.
        if (AcceptedOn is not null) Apply(CaseAction.AttachFile, actor, now, detail: $"上传容缺材料：{m.Name}“{file.FileName}”", attachments: [file]);
        else Revision++;
    }

    /// <summary>The index of the material named <paramref name="name"/>, or -1 (a bundle part's copy of a shared material).</summary>
    public int MaterialIndex(string name)
    {
        for (var i = 0; i < Materials.Count; i++) if (Materials[i].Name == name) return i;
        return -1;
    }

    /// <summary>
    /// Removes a file while filling in. Once the case was submitted (a 补正 answer), the file was part of what the clerk
    /// saw: the history keeps it as the removal's attachment, so the record still shows and serves it.
    /// </summary>
    public void RemoveFile(int material, string sha256, CaseActor actor, DateTime now)
    {
        Require(CaseAction.SaveDraft);
        var m = MaterialAt(material);
        var file = m.Files.FirstOrDefault(f => f.Sha256 == sha256)
            ?? throw new NotFoundException("case.file-not-found", "文件不存在");
        var files = m.Files.Where(f => f != file).ToList();
        Materials = Replace(Materials, material, m with
        {
            Files = files, Status = m.Status == MaterialStatus.Attached && files.Count == 0 ? MaterialStatus.Missing : m.Status,
        });
        FileBytes -= file.Size;
        NoteSupplementChange();
        if (Number is null) Revision++;
        else Apply(CaseAction.SaveDraft, actor, now, detail: $"删除已提交的材料文件：{m.Name}“{file.FileName}”", attachments: [file]);
    }

    /// <summary>What the applicant does while a 补正 notice is open counts as their answer's content.</summary>
    private void NoteSupplementChange()
    {
        if (State is CaseState.AwaitingSupplement or CaseState.ReviewSupplement && Supplement is { AnsweredOn: null } open)
            Supplement = open with { Changed = true };
    }

    /// <summary>提交: every required field filled, every material attached or (容缺) marked to follow; a number is given.</summary>
    public void Submit(string number, CaseActor actor, DateTime now)
    {
        Require(CaseAction.Submit);
        RequireComplete(now);
        Number = number;
        SubmittedAt = now;
        Apply(CaseAction.Submit, actor, now, detail: $"办件编号 {number}");
    }

    /// <summary>
    /// What a submission must hold — and an answer to a 补正 too: while the case awaits it the applicant may remove
    /// files and change the form, and the answer must not send back less than the submission had to have.
    /// </summary>
    private void RequireComplete(DateTime now)
    {
        var errors = new Validator();
        var today = DateOnly.FromDateTime(ChinaTime.ToBeijing(now).DateTime);
        foreach (var field in FormFields)
        {
            var value = Fields.GetValueOrDefault(field.Key);
            if (string.IsNullOrWhiteSpace(value))
            {
                if (field.Required) errors.Add($"fields.{field.Key}", $"{field.Label}：不能为空", "case.incomplete");
            }
            // Saved values were read when saved; this also holds for any that reached the form another way.
            else if (field.Read(value, today) is { IsValid: false } refused)
                errors.Add($"fields.{field.Key}", $"{field.Label}：{refused.Error}", "case.incomplete");
        }
        for (var i = 0; i < Materials.Count; i++)
        {
            var m = Materials[i];
            // A 容缺 material is needed too: attached now, or marked to follow (then acceptance gives it a due date).
            if (m.Status == MaterialStatus.Missing && (m.Required || m.Deferrable))
                errors.Add($"materials[{i}]", m.Deferrable ? $"{m.Name}：请上传，或选择“容缺后补”" : $"{m.Name}：请上传", "case.incomplete");
        }
        errors.ThrowIfInvalid("case.incomplete");
    }

    public void Withdraw(CaseActor actor, DateTime now, string? reason) => Apply(CaseAction.Withdraw, actor, now, reason);
}
