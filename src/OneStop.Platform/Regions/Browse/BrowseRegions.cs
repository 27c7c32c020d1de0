using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneStop.Platform.Errors;
using OneStop.Platform.Persistence;

namespace OneStop.Platform.Regions;

internal sealed record RegionView(string Code, string Name, string Level, string? ParentCode)
{
    public static RegionView Of(Region r) => new(r.Code, r.Name, r.Level.ToString(), r.ParentCode);
}

internal static class BrowseRegions
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/regions", async (string? parent, PlatformDbContext db, CancellationToken ct) =>
            {
                var p = string.IsNullOrWhiteSpace(parent) ? null : parent.Trim();
                if (p is not null && (p.Length > 12 || !p.All(char.IsAsciiDigit)))
                    throw RequestValidationException.For("parent", "行政区划代码应为数字", "region.invalid");
                var list = await db.Regions.AsNoTracking().Where(r => r.ParentCode == p).OrderBy(r => r.Code).ToListAsync(ct);
                return TypedResults.Ok(list.Select(RegionView.Of).ToList());
            })
            .WithName("ListRegions").WithSummary("行政区划（下级列表，缺省为省级）").AllowAnonymous();
        api.MapGet("/regions/{code}", async (string code, PlatformDbContext db, CancellationToken ct) =>
            {
                var r = await db.Regions.AsNoTracking().FirstOrDefaultAsync(x => x.Code == code, ct)
                    ?? throw new NotFoundException("region.not-found", "行政区划不存在");
                return TypedResults.Ok(RegionView.Of(r));
            })
            .WithName("GetRegion").WithSummary("行政区划详情").AllowAnonymous();
    }
}
