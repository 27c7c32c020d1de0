using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OneStop.Platform.Security;

namespace OneStop.Hotline.Dispatch;

/// <summary>/api/hotline/dispatch-rules: the 派单目录 (list, read, create, edit, delete) and the suggestion for one request.</summary>
public static class DispatchRuleEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var rules = api.MapGroup("/hotline/dispatch-rules");
        rules.MapGet("/suggest", async (string? category, string? region, DispatchCatalogue catalogue, DataScope scope, CancellationToken ct) =>
            {
                scope.Staff(ManageDispatchRules.Readers);
                return TypedResults.Ok(await catalogue.SuggestAsync(category, region, ct));
            })
            .WithName("SuggestDispatch").WithSummary("按诉求分类和区划建议主办、协办单位（最具体的规则优先）").ProducesProblem(400).ProducesProblem(403);
        rules.MapGet("", async (string? category, string? region, ManageDispatchRules manage, CancellationToken ct) =>
                TypedResults.Ok(await manage.ListAsync(category, region, ct)))
            .WithName("ListDispatchRules").WithSummary("派单目录（本区划及下级）").ProducesProblem(403);
        rules.MapGet("/{id:long}", async (long id, ManageDispatchRules manage, CancellationToken ct) =>
                TypedResults.Ok(await manage.GetAsync(id, ct)))
            .WithName("GetDispatchRule").WithSummary("一条派单规则").ProducesProblem(403).ProducesProblem(404);
        rules.MapPost("", async (DispatchRuleRequest request, ManageDispatchRules manage, CancellationToken ct) =>
            {
                var view = await manage.CreateAsync(request, ct);
                return TypedResults.Created($"/api/hotline/dispatch-rules/{view.Id}", view);
            })
            .WithName("CreateDispatchRule").WithSummary("新建派单规则").ProducesProblem(400).ProducesProblem(403).ProducesProblem(409);
        rules.MapPut("/{id:long}", async (long id, DispatchRuleRequest request, ManageDispatchRules manage, CancellationToken ct) =>
                TypedResults.Ok(await manage.UpdateAsync(id, request, ct)))
            .WithName("UpdateDispatchRule").WithSummary("修改派单规则的主办、协办单位（须提交打开时的版本号）")
            .ProducesProblem(400).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        rules.MapDelete("/{id:long}", async (long id, int? revision, ManageDispatchRules manage, CancellationToken ct) =>
            {
                await manage.DeleteAsync(id, revision, ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteDispatchRule").WithSummary("删除派单规则（须提交打开时的版本号）")
            .ProducesProblem(400).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
    }
}
