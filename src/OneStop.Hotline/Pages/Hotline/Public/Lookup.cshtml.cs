using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Hotline.Persistence;
using OneStop.Hotline.Tickets.Reading;
using OneStop.Platform.Errors;

namespace OneStop.Hotline.Pages.Hotline.Public;

/// <summary>
/// 诉求查询 (/hotline/lookup): number + the phone given at intake → state, department, deadline, reply, the updates
/// sent. Posted, so the phone stays out of the address and logs; a wrong pair and an unknown number get the same
/// answer (<see cref="PublicLookup"/>, the API's own function); rate limited like the API.
/// </summary>
public sealed class LookupModel(HotlineDbContext db) : PageModel
{
    public PublicPageErrors Errors { get; } = new();
    public LookupView? Result { get; private set; }
    public string? Number { get; private set; }
    public string? Phone { get; private set; }

    /// <summary>The acknowledgment links here with the number filled in (never the phone).</summary>
    public void OnGet(string? number) => Number = number?.Trim();

    public async Task OnPostAsync(string? number, string? phone, CancellationToken ct)
    {
        (Number, Phone) = (number, phone);
        try
        {
            Result = await PublicLookup.FindAsync(number, phone, db, ct);
        }
        catch (DomainException e) when (e.Status is 400 or 404) { Errors.Add(e); }
    }

    public static string Time(DateTimeOffset? at) => at is { } t ? t.ToString("yyyy年M月d日 HH:mm") : "—";
}
