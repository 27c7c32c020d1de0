using OneStop.Hotline.Tickets.Domain;
using OneStop.Platform.Calendar;

namespace OneStop.Tests.Hotline.Tickets;

/// <summary>
/// Signing and finishing limits on the official calendar: clock minutes for 特急 and 紧急 (7×24), working days
/// otherwise, due at 24:00 Beijing time of the last working day — across 国庆 and its make-up workdays.
/// </summary>
public sealed class TicketDeadlinesTests
{
    private static readonly TicketClock Clock = new(new DeadlineSettings(), WorkingCalendar.Official);

    private static DateTime Beijing(int y, int m, int d, int h, int min = 0) =>
        new DateTimeOffset(y, m, d, h, min, 0, TimeSpan.FromHours(8)).UtcDateTime;

    [Fact]
    public void A_risk_to_life_must_be_signed_within_15_minutes_even_on_a_holiday()
    {
        var dispatched = Beijing(2026, 10, 1, 23, 50);
        Assert.Equal(Beijing(2026, 10, 2, 0, 5), Clock.SignDue(dispatched, Urgency.Critical));
    }

    [Fact]
    public void A_water_cut_must_be_signed_within_30_minutes()
    {
        Assert.Equal(Beijing(2026, 11, 23, 9, 30), Clock.SignDue(Beijing(2026, 11, 23, 9, 0), Urgency.Urgent));
    }

    [Fact]
    public void An_ordinary_ticket_dispatched_before_national_day_is_signed_by_the_end_of_the_first_working_day_after_it()
    {
        // 2026 国庆: 10-01 … 10-07 off; the first working day after 09-30 is 10-08 (10-10 is a make-up workday later).
        var due = Clock.SignDue(Beijing(2026, 9, 30, 16, 0), Urgency.Normal);
        Assert.Equal("2026-10-08 24:00", TicketClock.Show(due));
    }

    [Fact]
    public void A_complaint_dispatched_on_friday_has_five_working_days_not_counting_the_weekend()
    {
        // Friday 2026-11-20 → Mon 23, Tue 24, Wed 25, Thu 26, Fri 27.
        var due = Clock.FinishDue(Beijing(2026, 11, 20, 10, 0), RequestType.Complaint, Urgency.Normal);
        Assert.Equal("2026-11-27 24:00", TicketClock.Show(due));
    }

    [Fact]
    public void A_complaint_across_national_day_counts_the_make_up_workday()
    {
        // Dispatched 2026-09-29 (Tue): 09-30, 10-08, 10-09, 10-10 (Saturday, make-up workday), 10-12.
        var workingCalendar = WorkingCalendar.Official;
        Assert.True(workingCalendar.IsWorkday(new DateOnly(2026, 10, 10)), "the test assumes 2026-10-10 is a make-up workday");
        var due = Clock.FinishDue(Beijing(2026, 9, 29, 10, 0), RequestType.Complaint, Urgency.Normal);
        Assert.Equal("2026-10-12 24:00", TicketClock.Show(due));
    }

    [Fact]
    public void A_ticket_dispatched_late_in_the_evening_counts_from_its_beijing_day()
    {
        // 23:30 Beijing on Monday is 15:30 UTC the same day: the limit counts from Monday, not Tuesday.
        var due = Clock.FinishDue(Beijing(2026, 11, 23, 23, 30), RequestType.Help, Urgency.Normal);
        Assert.Equal("2026-11-26 24:00", TicketClock.Show(due));
    }

    [Fact]
    public void Urgency_caps_the_finishing_limit_of_any_type()
    {
        Assert.Equal("2026-11-24 24:00", TicketClock.Show(Clock.FinishDue(Beijing(2026, 11, 23, 9, 0), RequestType.Suggestion, Urgency.Critical)));
        Assert.Equal("2026-11-25 24:00", TicketClock.Show(Clock.FinishDue(Beijing(2026, 11, 23, 9, 0), RequestType.Suggestion, Urgency.Urgent)));
        Assert.Equal("2026-12-07 24:00", TicketClock.Show(Clock.FinishDue(Beijing(2026, 11, 23, 9, 0), RequestType.Suggestion, Urgency.Normal)));
    }

    [Fact]
    public void An_extension_moves_the_deadline_by_working_days_after_the_day_it_was_due()
    {
        // Dispatched Thursday 2026-09-24; 中秋 09-25…27 and 国庆 10-01…07 off: 09-28, 29, 30, 10-08, 10-09.
        var due = Clock.FinishDue(Beijing(2026, 9, 24, 10, 0), RequestType.Complaint, Urgency.Normal);
        Assert.Equal("2026-10-09 24:00", TicketClock.Show(due));
        Assert.Equal("2026-10-13 24:00", TicketClock.Show(Clock.Extend(due, 3))); // 10-10 (Saturday, make-up), 10-12, 10-13
    }

    [Fact]
    public void Limits_come_from_the_settings()
    {
        var settings = new DeadlineSettings { CriticalSignMinutes = 10, NormalSignWorkdays = 2 };
        settings.FinishWorkdays[RequestType.Complaint] = 3;
        var clock = new TicketClock(settings, WorkingCalendar.Official);
        Assert.Equal(Beijing(2026, 11, 23, 9, 10), clock.SignDue(Beijing(2026, 11, 23, 9, 0), Urgency.Critical));
        Assert.Equal("2026-11-25 24:00", TicketClock.Show(clock.SignDue(Beijing(2026, 11, 23, 9, 0), Urgency.Normal)));
        Assert.Equal("2026-11-26 24:00", TicketClock.Show(clock.FinishDue(Beijing(2026, 11, 23, 9, 0), RequestType.Complaint, Urgency.Normal)));
    }
}
