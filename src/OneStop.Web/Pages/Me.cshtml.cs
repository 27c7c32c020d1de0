using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OneStop.Platform.Accounts;
using OneStop.Platform.Errors;
using OneStop.Platform.Persistence;
using OneStop.Platform.Security;

namespace OneStop.Web.Pages;

/// <summary>我的档案: who I am (read only) and, for applicants, the contact details they keep themselves (维护档案).</summary>
internal sealed class MeModel(PlatformDbContext db, DataScope scope, TimeProvider time) : PageModel
{
    public AccountView Profile { get; private set; } = null!;
    [BindProperty] public string? Phone { get; set; }
    [BindProperty] public string? Address { get; set; }
    [BindProperty] public string? LegalRepresentative { get; set; }
    [BindProperty(SupportsGet = true)] public bool Saved { get; set; }
    public ErrorList Errors { get; } = new();
    public IReadOnlyDictionary<string, string[]> FieldErrors { get; private set; } = new Dictionary<string, string[]>();

    public bool IsApplicant => Profile.Kind is nameof(AccountKind.Citizen) or nameof(AccountKind.Enterprise);
    public bool IsEnterprise => Profile.Kind == nameof(AccountKind.Enterprise);

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        // The owner's own form holds their own phone unmasked: they cannot correct what they cannot see.
        var own = await db.Accounts.AsNoTracking().Where(a => a.Id == scope.User.AccountId)
            .Select(a => new { a.Phone, a.Address, a.LegalRepresentative }).FirstAsync(ct);
        (Phone, Address, LegalRepresentative) = (own.Phone, own.Address, own.LegalRepresentative);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            await UpdateOwnProfile.HandleAsync(new UpdateProfileRequest(Phone, Address, LegalRepresentative), db, scope, ct);
            return RedirectToPage(new { saved = true });
        }
        catch (DomainException e) when (e.Status == 400)
        {
            Errors.Add(e);
            if (e is RequestValidationException v) FieldErrors = v.Errors;
            Saved = false;
            await LoadAsync(ct);
            return Page(); // what was typed stays in the form
        }
    }

    public string? ErrorOf(string field) => FieldErrors.TryGetValue(field, out var m) ? string.Join("；", m) : null;

    private async Task LoadAsync(CancellationToken ct) =>
        Profile = await GetProfile.HandleAsync(scope.User.AccountId ?? 0, db, scope, time, ct);
}
