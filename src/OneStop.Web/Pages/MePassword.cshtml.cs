using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OneStop.Platform.Accounts;
using OneStop.Platform.Errors;
using OneStop.Platform.Persistence;
using OneStop.Platform.Security;

namespace OneStop.Web.Pages;

/// <summary>修改密码 (own), also where a user lands after an administrator reset their password.</summary>
internal sealed class MePasswordModel(PlatformDbContext db, DataScope scope, IPasswordHasher<Account> hasher) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    [BindProperty(SupportsGet = true)] public bool Changed { get; set; }
    public bool MustChange { get; private set; }
    public ErrorList Errors { get; } = new();

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(string? currentPassword, string? newPassword, string? confirmPassword, CancellationToken ct)
    {
        try
        {
            if (newPassword != confirmPassword)
                throw RequestValidationException.For("newPassword", "两次输入的新密码不一致", "account.password-mismatch");
            await LoadAsync(ct);
            var account = await ChangeOwnPassword.HandleAsync(new ChangePasswordRequest(currentPassword, newPassword), db, scope, hasher, ct);
            await SignInEndpoints.SignInCookieAsync(HttpContext, account);
            // A forced change continues where the user was going; a voluntary one confirms on this page.
            if (Url.IsLocalUrl(ReturnUrl)) return LocalRedirect(ReturnUrl!);
            return MustChange ? LocalRedirect("/workbench") : RedirectToPage(new { changed = true });
        }
        catch (DomainException e) when (e.Status == 400)
        {
            Errors.Add(e);
            await LoadAsync(ct);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken ct) =>
        MustChange = await db.Accounts.AsNoTracking().Where(a => a.Id == scope.User.AccountId)
            .Select(a => a.MustChangePassword).FirstOrDefaultAsync(ct);
}
