using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Platform.Accounts;
using OneStop.Platform.Errors;
using OneStop.Platform.Persistence;

namespace OneStop.Web.Pages;

public sealed class RegisterModel(PlatformDbContext db, IPasswordHasher<Account> hasher, TimeProvider time) : PageModel
{
    [BindProperty] public string? RealName { get; set; }
    [BindProperty] public string? ResidentId { get; set; }
    [BindProperty] public string? Phone { get; set; }
    [BindProperty] public string? Password { get; set; }
    public ErrorList Errors { get; } = new();

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            await RegisterApplicants.CitizenAsync(new RegisterCitizenRequest(RealName, ResidentId, Password, Phone, null),
                db, hasher, time, ct);
            return Redirect("/login?registered=1");
        }
        catch (DomainException e)
        {
            Errors.Add(e);
            return Page();
        }
    }
}
