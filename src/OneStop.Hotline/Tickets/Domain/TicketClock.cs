using OneStop.Platform.Calendar;

namespace OneStop.Hotline.Tickets.Domain;

/// <summary>
/// The deadlines of a ticket as instants (UTC), from the settings and the official working-day calendar. A working-day
/// limit ends at 24:00 Beijing time of the n-th working day after the day it starts (a ticket dispatched on the
/// Friday before 国庆 is due on the working days after the holiday); a minute limit is clock time.
/// </summary>
public sealed class TicketClock(DeadlineSettings settings, WorkingCalendar calendar)
{
    public DeadlineSettings Settings => settings;

    public DateTime SignDue(DateTime fromUtc, Urgency urgency) => urgency switch
    {
        Urgency.Critical => fromUtc.AddMinutes(settings.CriticalSignMinutes),
        Urgency.Urgent => fromUtc.AddMinutes(settings.UrgentSignMinutes),
        _ => EndOfWorkday(fromUtc, settings.NormalSignWorkdays),
    };

    public DateTime FinishDue(DateTime fromUtc, RequestType type, Urgency urgency) =>
        EndOfWorkday(fromUtc, settings.FinishWorkdaysFor(type, urgency));

    /// <summary>An approved extension moves the finishing deadline by n working days after the day it was due.</summary>
    public DateTime Extend(DateTime dueUtc, int workdays)
    {
        var dueDay = DateOnly.FromDateTime(ChinaTime.ToBeijing(dueUtc.AddTicks(-1)).DateTime);
        return ChinaTime.StartOfDayUtc(calendar.AddWorkdays(dueDay, workdays).Date.AddDays(1));
    }

    /// <summary>The end (24:00 Beijing) of the n-th working day after the Beijing day of <paramref name="fromUtc"/>.</summary>
    public DateTime EndOfWorkday(DateTime fromUtc, int workdays)
    {
        var day = DateOnly.FromDateTime(ChinaTime.ToBeijing(fromUtc).DateTime);
        return ChinaTime.StartOfDayUtc(calendar.AddWorkdays(day, workdays).Date.AddDays(1));
    }

    /// <summary>"12-03 24:00" style: how pages show a deadline (Beijing time).</summary>
    public static string Show(DateTime dueUtc)
    {
        var b = ChinaTime.ToBeijing(dueUtc);
        return b.TimeOfDay == TimeSpan.Zero ? $"{b.AddDays(-1):yyyy-MM-dd} 24:00" : $"{b:yyyy-MM-dd HH:mm}";
    }
}
