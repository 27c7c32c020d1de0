using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Platform.Accounts;
using OneStop.Platform.Errors;
using OneStop.Platform.Persistence;

namespace OneStop.Web.Pages;

public sealed class LoginModel(PlatformDbContext db, IPasswordHasher<Account> hasher, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    [BindProperty] public string? UserName { get; set; }
    [BindProperty] public string? Password { get; set; }
    public string? Error { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            var account = await OneStop.Platform.Accounts.SignIn.AuthenticateAsync(new SignInRequest(UserName, Password), db, hasher, time, ct);
            await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
                OneStop.Platform.Accounts.SignIn.Principal(account, CookieAuthenticationDefaults.AuthenticationScheme));
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/workbench");
        }
        catch (DomainException e)
        {
            Error = e is RequestValidationException ? "请输入用户名和密码" : e.Title;
            return Page();
        }
    }
}
