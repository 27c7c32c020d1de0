using OneStop.Catalog.Contracts;
using OneStop.Platform.Calendar;
using OneStop.Platform.Errors;

namespace OneStop.Cases.Domain;

/// <summary>Due dates recomputed from the record and explained (ADR 0016).</summary>
public sealed partial class Case
{
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
}
