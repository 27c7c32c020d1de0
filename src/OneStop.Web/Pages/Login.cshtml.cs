using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Platform.Accounts;
using OneStop.Platform.Errors;
using OneStop.Platform.Persistence;
using OneStop.Platform.Security.RateLimiting;

namespace OneStop.Web.Pages;

internal sealed class LoginModel(PlatformDbContext db, IPasswordHasher<Account> hasher, TimeProvider time, SignInThrottle throttle) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    [BindProperty] public string? UserName { get; set; }
    [BindProperty] public string? Password { get; set; }
    public string? Error { get; private set; }
    public string? ErrorDetail { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            var account = await OneStop.Platform.Accounts.SignIn.AuthenticateAsync(new SignInRequest(UserName, Password), db, hasher, time, throttle, ct);
            await SignInEndpoints.SignInCookieAsync(HttpContext, account);
            var next = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/workbench";
            // After an administrator's reset the user chooses their own password before anything else.
            return account.MustChangePassword ? LocalRedirect("/me/password?returnUrl=" + Uri.EscapeDataString(next)) : LocalRedirect(next);
        }
        catch (DomainException e)
        {
            Error = e is RequestValidationException ? "请输入用户名和密码" : e.Title;
            ErrorDetail = e is RequestValidationException ? null : e.Detail;
            return Page();
        }
    }
}
