using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Platform.Accounts;
using OneStop.Platform.Errors;
using OneStop.Platform.Persistence;

namespace OneStop.Web.Pages;

/// <summary>What the citizen and enterprise registration pages share: the region chooser, errors, post-redirect-get.</summary>
internal abstract class RegisterPageModel(PlatformDbContext db) : PageModel
{
    [BindProperty] public string? Phone { get; set; }
    [BindProperty] public string? Address { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty] public string? Province { get; set; }
    [BindProperty] public string? City { get; set; }
    [BindProperty] public string? RegionCode { get; set; }
    [BindProperty] public string? Refresh { get; set; }
    [BindProperty(SupportsGet = true)] public bool Registered { get; set; }
    public ErrorList Errors { get; } = new();
    public RegisterRegionChoice Regions { get; private set; } = null!;

    protected PlatformDbContext Db => db;

    public async Task OnGetAsync(CancellationToken ct) =>
        Regions = await RegisterRegionChoice.LoadAsync(db, null, null, null, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Regions = await RegisterRegionChoice.LoadAsync(db, Province, City, RegionCode, ct);
        if (Refresh is not null) return Page(); // no script: the lists below the changed one were asked for
        try
        {
            await RegisterAsync(Regions.Chosen, ct);
            return RedirectToPage(new { Registered = true });
        }
        catch (DomainException e)
        {
            Errors.Add(e);
            return Page();
        }
    }

    protected abstract Task<Account> RegisterAsync(string? regionCode, CancellationToken ct);
}
