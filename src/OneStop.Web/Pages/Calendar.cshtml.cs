using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Platform.Calendar;
using OneStop.Platform.Errors;
using OneStop.Platform.Persistence;

namespace OneStop.Web.Pages;

internal sealed class CalendarModel(PlatformDbContext db, WorkingCalendarCache calendars, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? Add { get; set; }
    public string? Result { get; private set; }
    public IReadOnlyList<string> Warnings { get; private set; } = [];
    public int Year { get; private set; }
    public IReadOnlyList<CalendarDayView> Days { get; private set; } = [];
    public ErrorList Errors { get; } = new();

    public async Task OnGetAsync(CancellationToken ct)
    {
        Year = time.GetLocalNow().Year;
        if (From is not null || Add is not null)
        {
            try
            {
                var v = new Validator();
                var start = CalendarInput.Date(v, "from", From);
                var n = CalendarInput.WorkdayCount(v, "add", Add);
                v.ThrowIfInvalid();
                var result = (await calendars.GetAsync(db, ct)).AddWorkdays(start, n);
                Result = result.Date.ToString("yyyy-MM-dd");
                Warnings = CalendarInput.Warnings(result.UncoveredYears);
                Year = start.Year;
            }
            catch (DomainException e)
            {
                Errors.Add(e);
            }
        }
        Days = (await ListDays.ForYearAsync(Year, db, ct)).Days;
    }
}
