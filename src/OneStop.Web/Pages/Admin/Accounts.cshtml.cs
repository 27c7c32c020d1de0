using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OneStop.Platform.Accounts;
using OneStop.Platform.Departments;
using OneStop.Platform.Errors;
using OneStop.Platform.Persistence;
using OneStop.Platform.Security;

namespace OneStop.Web.Pages.Admin;

public sealed class AccountsModel(PlatformDbContext db, DataScope scope, IPasswordHasher<Account> hasher, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    public AccountPage Accounts { get; private set; } = new([], 0);
    public IReadOnlyList<Department> Departments { get; private set; } = [];
    public ErrorList Errors { get; } = new();
    public string? Message { get; private set; }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostCreateAsync(string? userName, string? displayName, string? password,
        long? departmentId, string[]? roles, CancellationToken ct)
    {
        try
        {
            var a = await CreateStaffAccount.HandleAsync(new CreateStaffAccountRequest(userName, displayName, password, departmentId, roles, null),
                db, scope, hasher, time, ct);
            Message = $"已开通账号 {a.UserName}";
        }
        catch (DomainException e) when (e.Status is 400 or 409) { Errors.Add(e); }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostUnlockAsync(long id, CancellationToken ct)
    {
        await UnlockAccount.HandleAsync(id, db, scope, ct);
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Accounts = await ListAccounts.HandleAsync(Kind, Q, 1, db, scope, time, ct);
        var prefix = scope.Staff(Role.SystemAdmin).RegionPrefix;
        Departments = await db.Departments.AsNoTracking().Where(d => d.RegionCode.StartsWith(prefix)).OrderBy(d => d.Id).ToListAsync(ct);
    }
}
