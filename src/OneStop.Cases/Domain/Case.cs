using OneStop.Catalog.Contracts;
using OneStop.Platform.Calendar;
using OneStop.Platform.Errors;

namespace OneStop.Cases.Domain;

/// <summary>
/// 办件: one application for one published item version (or a 一件事 bundle: a main case and one part per member
/// item). Every change goes through <see cref="Apply"/>, which checks the state table, appends the history entry and
/// bumps <see cref="Revision"/> (the optimistic concurrency token: of two staff acting at once, one wins).
/// </summary>
public sealed class Case
{
    private readonly List<CaseEvent> _history = [];

    public long Id { get; private set; }
    /// <summary>办件编号, given at submission: region + date + serial (440106-20261201-000017); parts add "-1", "-2".</summary>
    public string? Number { get; private set; }
    public CaseKind Kind { get; private init; }
    public long? ParentId { get; private init; }
    public CaseState State { get; private set; }
    public CaseChannel Channel { get; private init; }

    // The item (or bundle) exactly as published when applied for: later catalog changes never alter it.
    public long? ItemId { get; private init; }
    public long? ItemVersionId { get; private init; }
    public long? BundleId { get; private init; }
    public string ItemCode { get; private init; } = "";
    public string ItemName { get; private init; } = "";
    public PublishedItem? Item { get; private init; }
    public PublishedBundle? Bundle { get; private init; }

    /// <summary>Where the case is received (clerk scope) and which department decides it (approver scope).</summary>
    public string RegionCode { get; private init; } = "";
    public long? DepartmentId { get; private init; }
    public string DepartmentName { get; private init; } = "";

    public Applicant Applicant { get; private init; } = null!;
    public long? ApplicantAccountId { get; private init; }
    /// <summary>Last 6 characters of the applicant's ID number: with the case number, the public progress lookup key.</summary>
    public string ApplicantIdTail { get; private init; } = "";

    public IReadOnlyDictionary<string, string> Fields { get; private set; } = new Dictionary<string, string>();
    public IReadOnlyList<SubmittedMaterial> Materials { get; private set; } = [];
    public IReadOnlyList<CaseStep> Steps { get; private set; } = [];
    public IReadOnlyList<ClockPause> Pauses { get; private set; } = [];
    public IReadOnlyList<Extension> Extensions { get; private set; } = [];
    public SupplementRequest? Supplement { get; private set; }

    public DateTime CreatedAt { get; private init; }
    public DateTime? SubmittedAt { get; private set; }
    public DateOnly? AcceptedOn { get; private set; }
    public DateOnly? StatutoryDueDate { get; private set; }
    public DateOnly? PromisedDueDate { get; private set; }
    /// <summary>The current step's due date (for "due soon" and "overdue" lists).</summary>
    public DateOnly? StepDueDate { get; private set; }
    public DateOnly? DeferredDueDate { get; private set; }
    public DateTime? DecidedAt { get; private set; }
    public Decision? Decision { get; private set; }
    public string? DecisionReason { get; private set; }
    /// <summary>The 秒批 rule that decided the case, if one did.</summary>
    public string? DecidedByRule { get; private set; }
    public string? RefusalReason { get; private set; }

    /// <summary>Bytes of every file attached (the per-case limit is checked against it).</summary>
    public long FileBytes { get; private set; }
    public int Revision { get; private set; }

    public IReadOnlyList<CaseEvent> History => _history;

    public bool IsClockRunning => State == CaseState.InReview;

    // ---- creation ----------------------------------------------------------------------------------------------

    public static Case Draft(PublishedItem item, Applicant applicant, CaseChannel channel, DateTime now) => new()
    {
        Kind = CaseKind.Single, State = CaseState.Draft, Channel = channel, ItemId = item.ItemId, ItemVersionId = item.VersionId,
        ItemCode = item.ImplementationCode, ItemName = item.Name, Item = item, RegionCode = item.RegionCode,
        DepartmentId = item.DepartmentId, DepartmentName = item.DepartmentName, Applicant = applicant,
        ApplicantAccountId = applicant.AccountId, ApplicantIdTail = Tail(applicant.IdNumber), CreatedAt = now,
        Materials = item.Materials.Select(m => new SubmittedMaterial(m.Name, m.Required, m.Deferrable,
            m.WaivedWithLicence ? MaterialStatus.Waived : MaterialStatus.Missing, [], [item.Name])).ToList(),
    };

    /// <summary>
    /// A bundle's main case: one form (each shared field once) and one material list (a material several items need
    /// listed once, with the items that need it). Its parts are created at acceptance.
    /// </summary>
    public static Case BundleDraft(PublishedBundle bundle, Applicant applicant, CaseChannel channel, DateTime now) => new()
    {
        Kind = CaseKind.Bundle, State = CaseState.Draft, Channel = channel, BundleId = bundle.BundleId, ItemCode = bundle.Code,
        ItemName = bundle.Name, Bundle = bundle, RegionCode = bundle.RegionCode, DepartmentName = "", Applicant = applicant,
        ApplicantAccountId = applicant.AccountId, ApplicantIdTail = Tail(applicant.IdNumber), CreatedAt = now,
        Materials = bundle.Members.SelectMany(i => i.Materials.Select(m => (Item: i, Material: m)))
            .GroupBy(x => x.Material.Name)
            .Select(g => new SubmittedMaterial(g.Key, g.Any(x => x.Material.Required), g.All(x => x.Material.Deferrable || !x.Material.Required),
                g.All(x => x.Material.WaivedWithLicence) ? MaterialStatus.Waived : MaterialStatus.Missing, [],
                g.Select(x => x.Item.Name).Distinct().ToList()))
            .ToList(),
    };

    private Case Part(PublishedItem item, int index, DateTime now) => new()
    {
        Kind = CaseKind.BundlePart, ParentId = Id, State = CaseState.Submitted, Channel = Channel, Number = $"{Number}-{index}",
        ItemId = item.ItemId, ItemVersionId = item.VersionId, BundleId = BundleId, ItemCode = item.ImplementationCode,
        ItemName = item.Name, Item = item, RegionCode = item.RegionCode, DepartmentId = item.DepartmentId,
        DepartmentName = item.DepartmentName, Applicant = Applicant, ApplicantAccountId = ApplicantAccountId,
        ApplicantIdTail = ApplicantIdTail, CreatedAt = now, SubmittedAt = SubmittedAt, Fields = Fields,
        // Shared materials are the same files: each department sees what its item needs.
        Materials = Materials.Where(m => m.NeededBy.Contains(item.Name)).ToList(),
        FileBytes = Materials.Where(m => m.NeededBy.Contains(item.Name)).Sum(m => m.Bytes),
    };

    /// <summary>The members of a bundle whose parts this case has, in bundle order.</summary>
    public IReadOnlyList<PublishedFormField> FormFields => Kind == CaseKind.Bundle
        ? Bundle!.Members.SelectMany(m => m.FormFields).GroupBy(f => f.Key)
            .Select(g => g.First() with { Required = g.Any(f => f.Required) }).ToList()
        : Item!.FormFields;

    private static string Tail(string id) => id.Length <= 6 ? id : id[^6..];

    // ---- the one way to change a case ----------------------------------------------------------------------------

    private CaseEvent Apply(CaseAction action, CaseActor actor, DateTime now, string? opinion = null, string? detail = null,
        IReadOnlyList<CaseFile>? attachments = null)
    {
        var from = State;
        var to = CaseTransitions.Next(from, action);
        var entry = new CaseEvent
        {
            CaseId = Id, Sequence = _history.Count + 1, At = now, Action = action, From = from, To = to,
            ActorId = actor.AccountId, ActorName = actor.Name, ActorRole = actor.RoleLabel, Opinion = opinion,
            Detail = detail, Attachments = attachments ?? [],
        };
        _history.Add(entry);
        State = to;
        Revision++;
        return entry;
    }

    /// <summary>Refuses the action unless the state table allows it now (checked before any input is used).</summary>
    public void Require(CaseAction action)
    {
        if (!CaseTransitions.IsAllowed(State, action)) throw CaseTransitions.Refusal(State, action);
    }

    // ---- applicant -----------------------------------------------------------------------------------------------

    public void SaveFields(IReadOnlyDictionary<string, string> fields, CaseActor actor, DateTime now)
    {
        Require(CaseAction.SaveDraft);
        Fields = fields;
        Revision++;
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

    public void AttachFile(int material, CaseFile file, long maxCaseBytes, CaseActor actor, DateTime now)
    {
        var m = MaterialAt(material);
        // After acceptance only a deferred (容缺) material may still come in; the clerk's notice names it.
        if (State is CaseState.InReview or CaseState.SpecialProcedure && m.Status != MaterialStatus.Deferred)
            throw new BusinessRuleException("case.material-not-open", $"“{m.Name}”已受理，不能再上传");
        Require(CaseAction.AttachFile);
        if (FileBytes + file.Size > maxCaseBytes)
            throw new DomainException(413, "case.too-many-bytes",
                $"本件材料总大小超过限制（最大 {maxCaseBytes / 1024 / 1024} MB）", $"已上传 {FileBytes / 1024 / 1024.0:0.0} MB。");
        if (m.Files.Count >= CaseLimits.MaxFilesPerMaterial)
            throw new BusinessRuleException("case.too-many-files", $"“{m.Name}”最多上传 {CaseLimits.MaxFilesPerMaterial} 个文件");
        var keepDeferred = m.Status == MaterialStatus.Deferred && State == CaseState.Draft;
        Materials = Replace(Materials, material, m with
        {
            Files = [.. m.Files, file],
            Status = keepDeferred ? MaterialStatus.Deferred : State is CaseState.Draft or CaseState.AwaitingSupplement or CaseState.ReviewSupplement
                ? MaterialStatus.Attached : m.Status,
        });
        FileBytes += file.Size;
        Revision++;
    }

    /// <summary>The index of the material named <paramref name="name"/>, or -1 (a bundle part's copy of a shared material).</summary>
    public int MaterialIndex(string name)
    {
        for (var i = 0; i < Materials.Count; i++) if (Materials[i].Name == name) return i;
        return -1;
    }

    public void RemoveFile(int material, string sha256)
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
        Revision++;
    }

    /// <summary>提交: every required field filled, every material attached or (容缺) marked to follow; a number is given.</summary>
    public void Submit(string number, CaseActor actor, DateTime now)
    {
        Require(CaseAction.Submit);
        var errors = new Validator();
        foreach (var field in FormFields.Where(f => f.Required && string.IsNullOrWhiteSpace(Fields.GetValueOrDefault(f.Key))))
            errors.Add($"fields.{field.Key}", $"{field.Label}：不能为空", "case.incomplete");
        for (var i = 0; i < Materials.Count; i++)
        {
            var m = Materials[i];
            // A 容缺 material is needed too: attached now, or marked to follow (then acceptance gives it a due date).
            if (m.Status == MaterialStatus.Missing && (m.Required || m.Deferrable))
                errors.Add($"materials[{i}]", m.Deferrable ? $"{m.Name}：请上传，或选择“容缺后补”" : $"{m.Name}：请上传", "case.incomplete");
        }
        errors.ThrowIfInvalid("case.incomplete");
        Number = number;
        SubmittedAt = now;
        Apply(CaseAction.Submit, actor, now, detail: $"办件编号 {number}");
    }

    public void Withdraw(CaseActor actor, DateTime now, string? reason) => Apply(CaseAction.Withdraw, actor, now, reason);

    // ---- pre-review (预审) -----------------------------------------------------------------------------------------

    /// <summary>一次性告知: everything missing in one notice, so the applicant answers once. The clock has not started.</summary>
    public void RequestSupplement(IReadOnlyList<SupplementItem> items, string? note, CaseActor actor, DateTime now, DateOnly today)
    {
        Require(CaseAction.RequestSupplement);
        if (items.Count == 0) throw RequestValidationException.For("items", "请列出需要补正的全部材料或事项", "case.supplement-empty");
        Supplement = new SupplementRequest(items, note, today, actor.Name, DuringReview: false);
        Apply(CaseAction.RequestSupplement, actor, now, note, "需补正：" + string.Join("；", items.Select(i => $"{i.Material}（{i.Problem}）")));
    }

    public void AnswerSupplement(CaseActor actor, DateTime now, string? note)
    {
        Require(Supplement?.DuringReview == true ? CaseAction.AnswerReviewSupplement : CaseAction.AnswerSupplement);
        var today = DateOnly.FromDateTime(Platform.Calendar.ChinaTime.ToBeijing(now).DateTime);
        Supplement = Supplement! with { AnsweredOn = today };
        if (Supplement.DuringReview)
        {
            Pauses = EndOpenPause(PauseKind.Supplement, today);
            Apply(CaseAction.AnswerReviewSupplement, actor, now, note, "已提交补正材料，次日恢复计时");
        }
        else
        {
            Apply(CaseAction.AnswerSupplement, actor, now, note, "已提交补正材料，等待预审");
        }
    }

    /// <summary>
    /// 受理 / 容缺受理: the clock starts the next working day. A 即办件 is decided on the spot; a bundle's parts are
    /// created and dispatched to their departments at once (并联审批), each with its own clock.
    /// </summary>
    public IReadOnlyList<Case> Accept(CaseActor actor, DateTime now, DateOnly today, WorkingCalendar calendar, string? opinion,
        int deferredWorkdays = CaseLimits.DeferredMaterialWorkdays)
    {
        var deferred = Materials.Where(m => m.Status == MaterialStatus.Deferred).ToList();
        var action = Kind == CaseKind.Single && Item!.IsImmediate ? CaseAction.AcceptImmediately
            : deferred.Count > 0 ? CaseAction.AcceptWithDeferred : CaseAction.Accept;
        Require(action);
        AcceptedOn = today;
        Supplement = null;
        string? detail = null;
        if (deferred.Count > 0)
        {
            DeferredDueDate = calendar.AddWorkdays(today, deferredWorkdays).Date;
            Materials = Materials.Select(m => m.Status == MaterialStatus.Deferred ? m with { DeferredDueDate = DeferredDueDate } : m).ToList();
            detail = $"容缺材料：{string.Join("、", deferred.Select(m => m.Name))}，须在 {CaseClock.Iso(DeferredDueDate.Value)} 前补交";
        }
        if (Kind == CaseKind.Bundle)
        {
            Apply(action, actor, now, opinion, (detail is null ? "" : detail + "；") + $"并联分送 {Bundle!.Members.Count} 个部门");
            var parts = Bundle.Members.Select((m, i) => Part(m, i + 1, now)).ToList();
            foreach (var part in parts) part.StartReview(actor, now, today, calendar, opinion, detail, DeferredDueDate);
            RecomputeDueDates(calendar, today, parts);
            return parts;
        }
        if (action == CaseAction.AcceptImmediately)
        {
            StartSteps(today, calendar);
            Apply(action, actor, now, opinion, "即办件，受理即办结");
            Conclude(Domain.Decision.Granted, null, now, today);
            RecomputeDueDates(calendar, today);
            return [];
        }
        Apply(action, actor, now, opinion, detail);
        StartSteps(today, calendar);
        RecomputeDueDates(calendar, today);
        return [];
    }

    private void StartReview(CaseActor actor, DateTime now, DateOnly today, WorkingCalendar calendar, string? opinion,
        string? deferredDetail, DateOnly? deferredDue)
    {
        AcceptedOn = today;
        DeferredDueDate = Materials.Any(m => m.Status == MaterialStatus.Deferred) ? deferredDue : null;
        Materials = Materials.Select(m => m.Status == MaterialStatus.Deferred ? m with { DeferredDueDate = deferredDue } : m).ToList();
        Apply(DeferredDueDate is null ? CaseAction.Accept : CaseAction.AcceptWithDeferred, actor, now, opinion,
            $"一件事并联受理，分送{DepartmentName}");
        StartSteps(today, calendar);
        RecomputeDueDates(calendar, today);
    }

    public void Refuse(string reason, CaseActor actor, DateTime now)
    {
        Require(CaseAction.Refuse);
        RefusalReason = reason;
        Apply(CaseAction.Refuse, actor, now, reason, "不予受理");
    }

    /// <summary>秒批: accepted and decided at once; the history names the rule.</summary>
    public void AutoDecide(string ruleName, DateTime now, DateOnly today, WorkingCalendar calendar)
    {
        Require(CaseAction.AutoDecide);
        AcceptedOn = today;
        DecidedByRule = ruleName;
        StartSteps(today, calendar);
        Apply(CaseAction.AutoDecide, CaseActor.System(), now, null, $"符合秒批规则“{ruleName}”，自动受理并准予");
        Conclude(Domain.Decision.Granted, null, now, today);
        RecomputeDueDates(calendar, today);
    }

    /// <summary>The rule did not hold: the case goes to a person, and the history says why.</summary>
    public void NoteRuleNotMet(string ruleName, IReadOnlyList<string> failures, DateTime now)
    {
        _history.Add(new CaseEvent
        {
            CaseId = Id, Sequence = _history.Count + 1, At = now, Action = CaseAction.Submit, From = State, To = State,
            ActorName = CaseActor.System().Name, ActorRole = "系统",
            Detail = $"不符合秒批规则“{ruleName}”：{string.Join("；", failures)}，转人工预审",
        });
    }

    // ---- review (审查) ---------------------------------------------------------------------------------------------

    private void StartSteps(DateOnly today, WorkingCalendar calendar)
    {
        var names = ReviewSteps(Item!.Steps);
        Steps = names.Select((s, i) => new CaseStep(i, s.Name, s.LimitDays, i == 0 ? StepStatus.Current : StepStatus.Waiting,
            i == 0 ? today : null, null, null, null, null)).ToList();
    }

    /// <summary>
    /// The steps a department works through: the item's steps without 受理 (done at the window) and without those
    /// after the decision (办结, 送达, 制证: the result's issue); 审查 → 决定 when the item names none.
    /// </summary>
    internal static IReadOnlyList<PublishedStep> ReviewSteps(IReadOnlyList<PublishedStep> steps)
    {
        string[] notReview = ["受理", "办结", "送达", "出件", "制证", "发证", "归档"];
        var review = steps.Where(s => !notReview.Any(n => s.Name.Contains(n, StringComparison.Ordinal))).ToList();
        return review.Count switch
        {
            0 => [new("审查", null), new("决定", null)],
            1 => [review[0], new("决定", null)],
            _ => review,
        };
    }

    public CaseStep CurrentStep => Steps.FirstOrDefault(s => s.Status == StepStatus.Current)
        ?? throw new BusinessRuleException("case.no-current-step", "办件没有进行中的审查环节");

    public void CompleteStep(string opinion, CaseActor actor, DateTime now, DateOnly today, WorkingCalendar calendar)
    {
        Require(CaseAction.CompleteStep);
        var step = CurrentStep;
        if (step.Index == Steps.Count - 1)
            throw new BusinessRuleException("case.last-step-is-decision", $"“{step.Name}”是最后一个环节，请作出决定");
        var steps = Steps.ToList();
        steps[step.Index] = step with { Status = StepStatus.Done, CompletedAt = now, CompletedBy = actor.Name, Opinion = opinion };
        steps[step.Index + 1] = steps[step.Index + 1] with { Status = StepStatus.Current, StartedOn = today };
        Steps = steps;
        Apply(CaseAction.CompleteStep, actor, now, opinion, $"完成“{step.Name}”，进入“{steps[step.Index + 1].Name}”");
        RecomputeDueDates(calendar, today);
    }

    public void RequestReviewSupplement(IReadOnlyList<SupplementItem> items, string? note, CaseActor actor, DateTime now,
        DateOnly today, WorkingCalendar calendar)
    {
        Require(CaseAction.RequestReviewSupplement);
        if (items.Count == 0) throw RequestValidationException.For("items", "请列出需要补正的全部材料或事项", "case.supplement-empty");
        Supplement = new SupplementRequest(items, note, today, actor.Name, DuringReview: true);
        Pauses = [.. Pauses, new ClockPause(PauseKind.Supplement, "补正", today, null, note)];
        Apply(CaseAction.RequestReviewSupplement, actor, now, note,
            "需补正：" + string.Join("；", items.Select(i => $"{i.Material}（{i.Problem}）")) + "；补正期间暂停计时");
        RecomputeDueDates(calendar, today);
    }

    public void StartSpecialProcedure(string procedure, string reason, CaseActor actor, DateTime now, DateOnly today,
        WorkingCalendar calendar)
    {
        Require(CaseAction.StartSpecialProcedure);
        if (!SpecialProcedures.Names.Contains(procedure))
            throw RequestValidationException.For("procedure", $"特别程序只能是：{string.Join("、", SpecialProcedures.Names)}", "case.unknown-procedure");
        Pauses = [.. Pauses, new ClockPause(PauseKind.SpecialProcedure, procedure, today, null, reason)];
        Apply(CaseAction.StartSpecialProcedure, actor, now, reason, $"启动{procedure}，{CaseClock.Iso(today)} 起不计入办理时限");
        RecomputeDueDates(calendar, today);
    }

    public void EndSpecialProcedure(string? result, CaseActor actor, DateTime now, DateOnly today, WorkingCalendar calendar)
    {
        Require(CaseAction.EndSpecialProcedure);
        var open = Pauses.Last(p => p.EndedOn is null && p.Kind == PauseKind.SpecialProcedure);
        Pauses = EndOpenPause(PauseKind.SpecialProcedure, today);
        Apply(CaseAction.EndSpecialProcedure, actor, now, result, $"{open.Name}结束（{CaseClock.Iso(open.StartedOn)} 至 {CaseClock.Iso(today)}），次日恢复计时");
        RecomputeDueDates(calendar, today);
    }

    private IReadOnlyList<ClockPause> EndOpenPause(PauseKind kind, DateOnly today) =>
        Pauses.Select(p => p.Kind == kind && p.EndedOn is null ? p with { EndedOn = today < p.StartedOn ? p.StartedOn : today } : p).ToList();

    public void RequestExtension(int days, string reason, CaseActor actor, DateTime now)
    {
        Require(CaseAction.RequestExtension);
        if (Extensions.Any(e => e.Status == ExtensionStatus.Pending))
            throw new BusinessRuleException("case.extension-pending", "已有待批准的延期申请");
        if (days is < 1 or > CaseLimits.MaxExtensionWorkdays)
            throw RequestValidationException.For("days", $"延期天数应为 1 至 {CaseLimits.MaxExtensionWorkdays} 个工作日", "case.invalid-extension");
        Extensions = [.. Extensions, new Extension(days, reason, actor.AccountId ?? 0, actor.Name, now)];
        Apply(CaseAction.RequestExtension, actor, now, reason, $"申请延期 {days} 个工作日");
    }

    /// <summary>
    /// 批准延期 needs a second approver of the same department (four eyes): whoever asked cannot approve (ADR 0016).
    /// </summary>
    public void DecideExtension(bool approve, string? opinion, CaseActor actor, DateTime now, DateOnly today, WorkingCalendar calendar)
    {
        var action = approve ? CaseAction.ApproveExtension : CaseAction.RejectExtension;
        Require(action);
        var pending = Extensions.LastOrDefault(e => e.Status == ExtensionStatus.Pending)
            ?? throw new BusinessRuleException("case.no-extension-pending", "没有待批准的延期申请");
        if (pending.RequestedById == actor.AccountId)
            throw new BusinessRuleException("case.extension-self-approval", "延期须由申请人以外的另一名审批人员批准");
        Extensions = Extensions.Select(e => e == pending ? e with
        {
            Status = approve ? ExtensionStatus.Approved : ExtensionStatus.Rejected, DecidedBy = actor.Name, DecidedAt = now, Opinion = opinion,
        } : e).ToList();
        Apply(action, actor, now, opinion, approve ? $"批准延期 {pending.Days} 个工作日，法定时限顺延" : "不批准延期");
        RecomputeDueDates(calendar, today);
    }

    /// <summary>决定: at the last step; a denial needs reasons. A part's decision may conclude its main case.</summary>
    public void Decide(Decision decision, string? reason, CaseActor actor, DateTime now, DateOnly today, WorkingCalendar calendar)
    {
        Require(CaseAction.Decide);
        if (decision == Domain.Decision.PartlyGranted)
            throw RequestValidationException.For("decision", "决定只能是准予或不予", "case.invalid-decision");
        if (Kind == CaseKind.Bundle)
            throw new BusinessRuleException("case.bundle-decided-by-parts", "一件事主件由各子件的决定办结，不能直接决定");
        var step = CurrentStep;
        if (step.Index != Steps.Count - 1)
            throw new BusinessRuleException("case.steps-remaining", $"还有未完成的环节：“{step.Name}”",
                "请先完成前面的审查环节，再在最后一个环节作出决定。");
        if (decision == Domain.Decision.Denied && string.IsNullOrWhiteSpace(reason))
            throw RequestValidationException.For("reason", "不予许可须说明理由", "case.reason-required");
        var steps = Steps.ToList();
        steps[step.Index] = step with { Status = StepStatus.Done, CompletedAt = now, CompletedBy = actor.Name, Opinion = reason };
        Steps = steps;
        Apply(CaseAction.Decide, actor, now, reason, decision == Domain.Decision.Granted ? "准予" : "不予");
        Conclude(decision, reason, now, today);
        RecomputeDueDates(calendar, today);
    }

    private void Conclude(Decision decision, string? reason, DateTime now, DateOnly today)
    {
        Decision = decision;
        DecisionReason = reason;
        DecidedAt = now;
        Steps = Steps.Select(s => s.Status == StepStatus.Done ? s : s with { Status = StepStatus.Done, CompletedAt = now }).ToList();
        Pauses = Pauses.Select(p => p.EndedOn is null ? p with { EndedOn = today } : p).ToList();
    }

    /// <summary>
    /// A bundle's main case after one of its parts was decided: concluded when every part is — granted when all
    /// are, denied when none is, otherwise partly granted (each part's reason stays on the part).
    /// </summary>
    public void PartDecided(Case part, IReadOnlyList<Case> parts, DateTime now, DateOnly today)
    {
        if (Kind != CaseKind.Bundle) return;
        var detail = $"{part.DepartmentName}：{part.ItemName} {part.Decision?.Chinese()}{(part.DecisionReason is null ? "" : $"（{part.DecisionReason}）")}";
        if (parts.Any(p => p.State != CaseState.Decided))
        {
            Apply(CaseAction.PartDecided, CaseActor.System("系统"), now, null, detail);
            return;
        }
        var granted = parts.Count(p => p.Decision == Domain.Decision.Granted);
        var decision = granted == parts.Count ? Domain.Decision.Granted : granted == 0 ? Domain.Decision.Denied : Domain.Decision.PartlyGranted;
        _history.Add(new CaseEvent
        {
            CaseId = Id, Sequence = _history.Count + 1, At = now, Action = CaseAction.PartDecided, From = State, To = CaseState.Decided,
            ActorName = "系统", ActorRole = "系统", Detail = detail + $"；全部子件已办结，一件事{decision.Chinese()}",
        });
        State = CaseState.Decided;
        Revision++;
        Conclude(decision, decision == Domain.Decision.Granted ? null
            : string.Join("；", parts.Where(p => p.Decision == Domain.Decision.Denied).Select(p => $"{p.ItemName}：{p.DecisionReason}")), now, today);
    }

    /// <summary>补交容缺材料: the material's file was attached; the clerk (or approver) confirms it arrived.</summary>
    public void ConfirmDeferred(int material, CaseActor actor, DateTime now)
    {
        Require(CaseAction.SupplyDeferred);
        var m = MaterialAt(material);
        if (m.Status != MaterialStatus.Deferred)
            throw new BusinessRuleException("case.material-not-deferred", $"“{m.Name}”不是待补交的容缺材料");
        if (m.Files.Count == 0)
            throw new BusinessRuleException("case.material-has-no-file", $"“{m.Name}”还没有上传文件");
        Materials = Replace(Materials, material, m with { Status = MaterialStatus.Attached });
        if (Materials.All(x => x.Status != MaterialStatus.Deferred)) DeferredDueDate = null;
        Apply(CaseAction.SupplyDeferred, actor, now, null, $"容缺材料“{m.Name}”已补交");
    }

    // ---- time limits ---------------------------------------------------------------------------------------------

    /// <summary>Recomputes every due date from the record (acceptance, pauses, extensions), never adjusting old values.</summary>
    public void RecomputeDueDates(WorkingCalendar calendar, DateOnly today, IReadOnlyList<Case>? parts = null)
    {
        if (Kind == CaseKind.Bundle)
        {
            // The main case is due when its last part is; its promised limit is the bundle's own.
            var due = parts?.Select(p => p.StatutoryDueDate).Where(d => d is not null).Max();
            StatutoryDueDate = due;
            PromisedDueDate = AcceptedOn is { } a && Bundle!.PromisedLimitDays > 0
                ? calendar.AddWorkdays(a, Bundle.PromisedLimitDays).Date : parts?.Select(p => p.PromisedDueDate).Max();
            return;
        }
        if (AcceptedOn is not { } accepted) return;
        var explained = Explain(calendar, today);
        StatutoryDueDate = explained.Statutory?.Date;
        PromisedDueDate = explained.Promised?.Date;
        Steps = Steps.Select(s => s with { DueDate = s.StartedOn is { } start && s.LimitDays is { } days
            ? CaseClock.DueDate(calendar, start, days, Pauses, today, "环节开始").Date : s.Status == StepStatus.Waiting ? null : PromisedDueDate ?? StatutoryDueDate }).ToList();
        StepDueDate = Steps.FirstOrDefault(s => s.Status == StepStatus.Current)?.DueDate;
    }

    public sealed record DueDates(CaseClock.Due? Statutory, CaseClock.Due? Promised);

    /// <summary>The due dates with their reasons ("why is this due on 10-09?"), as shown on the case page.</summary>
    public DueDates Explain(WorkingCalendar calendar, DateOnly today)
    {
        if (AcceptedOn is not { } accepted || Item is null) return new(null, null);
        if (Item.IsImmediate) return new(CaseClock.DueDate(calendar, accepted, 0, [], today, "受理日"), CaseClock.DueDate(calendar, accepted, 0, [], today, "受理日"));
        var extra = Extensions.Where(e => e.Status == ExtensionStatus.Approved).Sum(e => e.Days);
        CaseClock.Due? statutory = null;
        if (Item.StatutoryLimitDays is { } s)
        {
            statutory = CaseClock.DueDate(calendar, accepted, s + extra, Pauses, today, "受理日");
            if (extra > 0) statutory = statutory with { Explanation = [.. statutory.Explanation.Take(1), $"已批准延期 {extra} 个工作日（法定时限 {s} + {extra}）", .. statutory.Explanation.Skip(1)] };
        }
        var promised = Item.PromisedLimitDays is { } p ? CaseClock.DueDate(calendar, accepted, p, Pauses, today, "受理日") : null;
        return new(statutory, promised);
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private SubmittedMaterial MaterialAt(int index) => index >= 0 && index < Materials.Count ? Materials[index]
        : throw new NotFoundException("case.material-not-found", "申请材料不存在");

    private static IReadOnlyList<T> Replace<T>(IReadOnlyList<T> list, int index, T value)
    {
        var copy = list.ToList();
        copy[index] = value;
        return copy;
    }
}
