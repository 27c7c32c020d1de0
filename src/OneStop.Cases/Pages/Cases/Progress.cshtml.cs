using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Cases.Persistence;
using OneStop.Cases.Reading;
using OneStop.Platform.Errors;

namespace OneStop.Cases.Pages.Cases;

/// <summary>
/// 办件进度查询 for anyone with the case number and the last 6 characters of the applicant's ID. Posted, not put
/// in the address, so the ID tail stays out of browser history and request logs; a wrong pair and an unknown
/// number get the same answer (PublicProgress); limited per address and, for wrong tails, per number.
/// </summary>
public sealed class ProgressModel(CasesDbContext db, ProgressGuesses guesses) : PageModel
{
    public CasePageErrors Errors { get; } = new();
    public ProgressView? Result { get; private set; }
    public string? Number { get; private set; }
    public string? IdTail { get; private set; }

    public void OnGet()
    {
    }

    public async Task OnPostAsync(string? number, string? idTail, CancellationToken ct)
    {
        (Number, IdTail) = (number, idTail);
        try
        {
            Result = await PublicProgress.FindAsync(number, idTail, db, guesses, ct);
        }
        catch (DomainException e) when (e.Status is 400 or 404 or 429) { Errors.Add(e); }
    }
}
