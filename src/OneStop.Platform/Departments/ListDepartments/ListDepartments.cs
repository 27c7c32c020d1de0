using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneStop.Platform.Errors;
using OneStop.Platform.Persistence;

namespace OneStop.Platform.Departments;

/// <summary>Departments are public (they are named on every guide), so anyone may list them.</summary>
internal static class ListDepartments
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/departments", async (string? region, bool? below, PlatformDbContext db, CancellationToken ct) =>
            {
                var query = db.Departments.AsNoTracking();
                if (!string.IsNullOrWhiteSpace(region))
                {
                    var code = region.Trim();
                    if (code.Length > 12 || !code.All(char.IsAsciiDigit))
                        throw RequestValidationException.For("region", "行政区划代码应为数字", "region.invalid");
                    var prefix = Security.RegionPrefix.Of(code);
                    query = below == true ? query.Where(d => d.RegionCode.StartsWith(prefix)) : query.Where(d => d.RegionCode == code);
                }
                var list = await query.OrderBy(d => d.RegionCode).ThenBy(d => d.Id).Take(1000).ToListAsync(ct);
                return TypedResults.Ok(list.Select(DepartmentView.Of).ToList());
            })
            .WithName("ListDepartments").WithSummary("部门列表").AllowAnonymous();
        api.MapGet("/departments/{id:long}", async (long id, PlatformDbContext db, CancellationToken ct) =>
            {
                var d = await db.Departments.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct)
                    ?? throw new NotFoundException("department.not-found", "部门不存在");
                return TypedResults.Ok(DepartmentView.Of(d));
            })
            .WithName("GetDepartment").WithSummary("部门详情").AllowAnonymous();
    }
}
