using OneStop.Cases.Domain;
using OneStop.Platform.Calendar;

namespace OneStop.Tests.Cases.Domain;

/// <summary>
/// Due dates on the official calendar across holidays and make-up workdays (dates checked by hand against the
/// State Council notices in ../shared/data/holidays-cn): counting starts the day after acceptance, a pause's days
/// from its start through its end are not counted.
/// </summary>
public sealed class CaseClockTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.Official;
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Accepted_before_national_day_2024_with_five_working_days_is_due_on_10_10()
    {
        // 09-28 Sat off, 09-29 Sun make-up workday (1), 09-30 (2), 10-01..07 off, 10-08 (3), 10-09 (4), 10-10 (5).
        var due = CaseClock.DueDate(Calendar, D("2024-09-27"), 5, [], D("2024-09-27"), "受理日");
        Assert.Equal(D("2024-10-10"), due.Date);
        Assert.Contains(due.Explanation, l => l.Contains("国庆节放假") && l.Contains("09-29 国庆节调休上班"));
    }

    [Fact]
    public void A_supplement_from_2025_01_24_answered_2025_02_05_stops_the_clock_over_spring_festival()
    {
        // Accepted 01-20: 01-21, 01-22, 01-23 counted (3); 01-24..02-05 not counted; 02-06 (4), 02-07 (5), 02-08 Sat make-up (6),
        // 02-10 (7), 02-11 (8), 02-12 (9), 02-13 (10).
        ClockPause[] pauses = [new(PauseKind.Supplement, "补正", D("2025-01-24"), D("2025-02-05"), null)];
        var due = CaseClock.DueDate(Calendar, D("2025-01-20"), 10, pauses, D("2025-02-05"), "受理日");
        Assert.Equal(D("2025-02-13"), due.Date);
        var without = CaseClock.DueDate(Calendar, D("2025-01-20"), 10, [], D("2025-02-05"), "受理日");
        // Without the pause: 01-21..01-24 (4), 01-26 Sun make-up (5), 01-27 (6), 02-05 (7), 02-06 (8), 02-07 (9), 02-08 (10).
        Assert.Equal(D("2025-02-08"), without.Date);
        Assert.Contains(due.Explanation, l => l.Contains("2025-01-24 至 2025-02-05 不计入时限"));
    }

    [Fact]
    public void A_special_procedure_across_national_day_2026_is_not_counted()
    {
        // Accepted 09-21: 09-22, 23, 24 (3), 09-25..27 中秋节 off, 09-28 (4); 专家评审 09-29..10-09 not counted;
        // 10-10 Sat make-up (5), 10-12 (6), 10-13 (7), 10-14 (8), 10-15 (9), 10-16 (10).
        ClockPause[] pauses = [new(PauseKind.SpecialProcedure, "专家评审", D("2026-09-29"), D("2026-10-09"), "请专家评审")];
        var due = CaseClock.DueDate(Calendar, D("2026-09-21"), 10, pauses, D("2026-10-09"), "受理日");
        Assert.Equal(D("2026-10-16"), due.Date);
        Assert.Equal(D("2026-10-12"), CaseClock.DueDate(Calendar, D("2026-09-21"), 10, [], D("2026-09-21"), "受理日").Date);
        Assert.Contains(due.Explanation, l => l.Contains("特别程序（专家评审）"));
    }

    [Fact]
    public void A_running_pause_pushes_the_due_date_day_by_day()
    {
        ClockPause[] open = [new(PauseKind.SpecialProcedure, "听证", D("2026-11-24"), null, null)];
        var monday = CaseClock.DueDate(Calendar, D("2026-11-23"), 2, open, D("2026-11-30"), "受理日");
        var tuesday = CaseClock.DueDate(Calendar, D("2026-11-23"), 2, open, D("2026-12-01"), "受理日");
        Assert.Equal(D("2026-12-02"), monday.Date);
        Assert.Equal(D("2026-12-03"), tuesday.Date);
    }

    [Fact]
    public void An_immediate_item_is_due_on_the_day_of_acceptance()
    {
        Assert.Equal(D("2026-11-23"), CaseClock.DueDate(Calendar, D("2026-11-23"), 0, [], D("2026-11-23"), "受理日").Date);
    }
}
