using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Platform.Calendar;
using OneStop.Platform.Errors;
using OneStop.Platform.Persistence;
using OneStop.Platform.Security;

namespace OneStop.Web.Pages.Admin;

internal sealed class CalendarModel(PlatformDbContext db, DataScope scope, WorkingCalendarCache cache, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    public CalendarYearView View { get; private set; } = new(0, false, []);
    public ErrorList Errors { get; } = new();

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostSetAsync(string? date, bool? isOffDay, string? name, string? reason, CancellationToken ct)
    {
        try
        {
            await ChangeDay.SetAsync(date ?? "", new ChangeDayRequest(isOffDay, name, reason), db, scope, cache, ct);
            return RedirectToPage(new { year = Year });
        }
        catch (DomainException e) when (e.Status is 400 or 409) { Errors.Add(e); }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostResetAsync(string? date, CancellationToken ct)
    {
        await ChangeDay.ResetAsync(date ?? "", db, scope, cache, ct);
        return RedirectToPage(new { year = Year });
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        scope.Staff(Role.SystemAdmin);
        var year = Year is >= 1900 and <= 2200 ? Year.Value : time.GetLocalNow().Year;
        Year = year;
        View = await ListDays.ForYearAsync(year, db, ct);
    }
}
