using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Platform.Persistence;
using OneStop.Platform.Security;

namespace OneStop.Web.Pages;

internal sealed class LogoutModel(PlatformDbContext db, DataScope scope) : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    /// <summary>Ends this browser's session and every other session and token of the account.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await OneStop.Platform.Accounts.SignOut.HandleAsync(db, scope, ct);
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Redirect("/");
    }
}
