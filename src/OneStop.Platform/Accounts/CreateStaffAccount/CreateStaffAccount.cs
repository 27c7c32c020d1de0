using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneStop.Platform.Errors;
using OneStop.Platform.Persistence;
using OneStop.Platform.Security;

namespace OneStop.Platform.Accounts;

internal sealed record CreateStaffAccountRequest(string? UserName, string? DisplayName, string? Password,
    long? DepartmentId, IReadOnlyList<string>? Roles, string? Phone);

/// <summary>开通工作人员账号: a system administrator opens accounts for departments within their scope.</summary>
internal static class CreateStaffAccount
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/accounts/staff", async (CreateStaffAccountRequest r, PlatformDbContext db, DataScope scope,
                IPasswordHasher<Account> hasher, TimeProvider time, CancellationToken ct) =>
            {
                var account = await HandleAsync(r, db, scope, hasher, time, ct);
                return TypedResults.Created($"/api/accounts/{account.Id}/profile", AccountView.Of(account, time.GetUtcNow().UtcDateTime));
            })
            .WithName("CreateStaffAccount").WithSummary("开通工作人员账号");

    public static async Task<Account> HandleAsync(CreateStaffAccountRequest r, PlatformDbContext db, DataScope scope,
        IPasswordHasher<Account> hasher, TimeProvider time, CancellationToken ct)
    {
        scope.Staff(Role.SystemAdmin);
        var v = new Validator();
        var userName = v.Text("userName", r.UserName, 64);
        if (userName.Length > 0 && !userName.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-'))
            v.Add("userName", "用户名只能包含字母、数字和 . _ -", "account.invalid-user-name");
        var displayName = v.Text("displayName", r.DisplayName, 100);
        var password = PasswordPolicy.Check(v, "password", r.Password);
        var phone = RegisterApplicants.Phone(v, r.Phone);
        if (r.DepartmentId is null) v.Add("departmentId", "请选择所属部门");
        if (r.Roles is null || r.Roles.Count == 0) v.Add("roles", "请至少选择一个角色");
        v.ThrowIfInvalid();

        var department = await db.Departments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == r.DepartmentId, ct)
            ?? throw RequestValidationException.For("departmentId", "部门不存在", "department.unknown");
        scope.StaffFor(department.RegionCode, department.Id, Role.SystemAdmin);
        if (await db.Accounts.AnyAsync(a => a.UserName == userName, ct))
            throw new BusinessRuleException("account.user-name-taken", "用户名已被使用");

        var account = new Account
        {
            UserName = userName, DisplayName = displayName, Kind = AccountKind.Staff, DepartmentId = department.Id,
            RegionCode = department.RegionCode, Phone = phone, CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        account.GrantRoles(r.Roles!);
        account.PasswordHash = hasher.HashPassword(account, password);
        db.Accounts.Add(account);
        db.Audit("account.create-staff", $"账号 {userName}", $"{department.Name}：{string.Join("、", account.Roles)}");
        await db.SaveChangesAsync(ct);
        return account;
    }
}
