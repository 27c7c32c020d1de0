using OneStop.Catalog.Contracts;
using OneStop.Platform.Calendar;
using OneStop.Platform.Errors;

namespace OneStop.Cases.Domain;

/// <summary>预审 at the comprehensive window: 一次性告知, acceptance (容缺, 即办, bundles), refusal, 秒批.</summary>
public sealed partial class Case
{
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
        // An answer that brings nothing sends the same case back to the clerk and costs the applicant a round trip.
        if (!Supplement!.Changed && string.IsNullOrWhiteSpace(note))
            throw RequestValidationException.For("note", "还没有上传补正材料或修改申请表；如确实无需补传，请在补正说明中写明情况",
                "case.supplement-unchanged");
        RequireComplete(now);
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
}
