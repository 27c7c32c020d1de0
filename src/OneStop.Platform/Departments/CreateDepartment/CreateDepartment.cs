using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneStop.Platform.Errors;
using OneStop.Platform.Identity;
using OneStop.Platform.Persistence;
using OneStop.Platform.Security;

namespace OneStop.Platform.Departments;

internal sealed record CreateDepartmentRequest(string? Name, string? ShortName, string? RegionCode, string? CreditCode);

internal sealed record DepartmentView(long Id, string Name, string? ShortName, string RegionCode, string? CreditCode)
{
    public static DepartmentView Of(Department d) => new(d.Id, d.Name, d.ShortName, d.RegionCode, d.CreditCode);
}

/// <summary>新增部门: within the administrator's own region or a region below it.</summary>
internal static class CreateDepartment
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/departments", async (CreateDepartmentRequest r, PlatformDbContext db, DataScope scope, CancellationToken ct) =>
            {
                var d = await HandleAsync(r, db, scope, ct);
                return TypedResults.Created($"/api/departments/{d.Id}", DepartmentView.Of(d));
            })
            .WithName("CreateDepartment").WithSummary("新增部门");

    public static async Task<Department> HandleAsync(CreateDepartmentRequest r, PlatformDbContext db, DataScope scope, CancellationToken ct)
    {
        scope.Staff(Role.SystemAdmin);
        var v = new Validator();
        var name = v.Text("name", r.Name, 100);
        var shortName = v.Text("shortName", r.ShortName, 50, required: false);
        var regionCode = v.Text("regionCode", r.RegionCode, 12);
        string? creditCode = null;
        if (!string.IsNullOrWhiteSpace(r.CreditCode))
        {
            var check = CreditCode.Check(r.CreditCode);
            if (!check.IsValid) v.Add("creditCode", check.ErrorMessage ?? "统一社会信用代码无效", check.ErrorCode);
            creditCode = check.Normalized;
        }
        v.ThrowIfInvalid();
        if (!await db.Regions.AnyAsync(x => x.Code == regionCode, ct))
            throw RequestValidationException.For("regionCode", "未知的行政区划代码", "region.unknown");
        scope.StaffFor(regionCode, null, Role.SystemAdmin);
        if (await db.Departments.AnyAsync(d => d.RegionCode == regionCode && d.Name == name, ct))
            throw new BusinessRuleException("department.name-taken", "该区划下已有同名部门");

        var department = new Department { Name = name, ShortName = shortName.Length > 0 ? shortName : null, RegionCode = regionCode, CreditCode = creditCode };
        db.Departments.Add(department);
        db.Audit("department.create", $"部门 {name}", regionCode);
        await db.SaveChangesAsync(ct);
        return department;
    }
}
