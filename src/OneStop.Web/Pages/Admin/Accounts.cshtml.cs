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

internal sealed class AccountsModel(PlatformDbContext db, DataScope scope, IPasswordHasher<Account> hasher, TimeProvider time) : PageModel
{
    private static readonly Dictionary<string, string> Done = new()
    {
        ["disable"] = "账号已停用，其所有登录已失效", ["enable"] = "账号已启用",
        ["reset"] = "密码已重置，用户下次登录须修改密码", ["roles"] = "角色已调整，其所有登录已失效", ["unlock"] = "已解除锁定",
    };

    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    /// <summary>The action awaiting confirmation (disable, reset, roles) and its account.</summary>
    [BindProperty(SupportsGet = true)] public string? Confirm { get; set; }
    [BindProperty(SupportsGet = true)] public long? Id { get; set; }
    [BindProperty(SupportsGet = true)] public string? Result { get; set; }
    public AccountView? Target { get; private set; }
    public long? Self => scope.User.AccountId;
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

    public Task<IActionResult> OnPostUnlockAsync(long id, CancellationToken ct) =>
        RunAsync("unlock", () => UnlockAccount.HandleAsync(id, db, scope, ct), ct);

    public Task<IActionResult> OnPostDisableAsync(long id, CancellationToken ct) =>
        RunAsync("disable", () => DisableAccount.HandleAsync(id, true, db, scope, ct), ct);

    public Task<IActionResult> OnPostEnableAsync(long id, CancellationToken ct) =>
        RunAsync("enable", () => DisableAccount.HandleAsync(id, false, db, scope, ct), ct);

    public Task<IActionResult> OnPostResetAsync(long id, string? newPassword, CancellationToken ct) =>
        RunAsync("reset", () => ResetPassword.HandleAsync(id, new ResetPasswordRequest(newPassword), db, scope, hasher, ct), ct);

    public Task<IActionResult> OnPostRolesAsync(long id, string[]? roles, CancellationToken ct) =>
        RunAsync("roles", () => ChangeRoles.HandleAsync(id, new ChangeRolesRequest(roles), db, scope, ct), ct);

    /// <summary>Post-redirect-get on success; on a refusal the confirmation stays open with the reasons.</summary>
    private async Task<IActionResult> RunAsync(string action, Func<Task<Account>> work, CancellationToken ct)
    {
        try
        {
            await work();
            return RedirectToPage(new { Kind, Q, result = action });
        }
        catch (DomainException e) when (e.Status is 400 or 409)
        {
            Errors.Add(e);
            await LoadAsync(ct);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Accounts = await ListAccounts.HandleAsync(Kind, Q, 1, db, scope, time, ct);
        var prefix = scope.Staff(Role.SystemAdmin).RegionPrefix;
        Departments = await db.Departments.AsNoTracking().Where(d => d.RegionCode.StartsWith(prefix)).OrderBy(d => d.Id).ToListAsync(ct);
        if (Result is not null) Message = Done.GetValueOrDefault(Result);
        if (Confirm is "disable" or "reset" or "roles" && Id is { } id)
            Target = AccountView.Of(await AdministeredAccount.FindAsync(id, db, scope, ct), time.GetUtcNow().UtcDateTime);
    }
}
