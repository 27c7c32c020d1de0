using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace OneStop.Hotline.Figures;

public static class FiguresEndpoints
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/hotline/figures", async (DateOnly? from, DateOnly? to, string? region, FiguresQuery q, CancellationToken ct) =>
                TypedResults.Ok(await q.RunAsync(from, to, region, ct)))
            .WithName("HotlineFigures").WithSummary("热点与统计：按分类、区划、地点、日期的诉求量，上升热点，各承办单位指标")
            .ProducesProblem(400).ProducesProblem(403);
}
