using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneStop.Catalog.Items;
using OneStop.Catalog.Persistence;
using OneStop.Platform.Errors;
using OneStop.Platform.Security;

namespace OneStop.Catalog.Search;

/// <summary>One item meant; <paramref name="Implementations"/> are the other departments and regions that carry it.</summary>
public sealed record SearchItemView(long Id, string Code, string Name, string Department, string Region, string Kind,
    int? PromisedLimitDays, int RequiredVisits, double? Score, IReadOnlyList<SearchImplementationView> Implementations);

public sealed record SearchImplementationView(long Id, string Department, string Region);

public sealed record SearchResponse(IReadOnlyList<SearchItemView> Items, int Total);

public sealed record SynonymsRequest(string? Text);

public static class SearchEndpoints
{
    public const int PageSize = 20;

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/catalog/items", async (string? q, string? kind, string? department, string? region, string? near, int? page,
                CatalogSearch search, DataScope scope, CancellationToken ct) =>
            {
                var v = new Validator();
                v.Text("q", q, 100, required: false);
                v.Text("department", department, 100, required: false);
                v.Text("region", region, 12, required: false);
                v.Text("near", near, 12, required: false);
                ItemKind? k = null;
                if (!string.IsNullOrWhiteSpace(kind))
                {
                    if (ItemKinds.TryParse(kind, out var parsed)) k = parsed;
                    else v.Add("kind", "未知的事项类型", "catalog.invalid-kind");
                }
                if (page is < 1 or > 10_000) v.Add("page", "页码须在 1 至 10000 之间");
                v.ThrowIfInvalid();
                var p = page ?? 1;
                // The searcher's own region comes first: the account's when signed in, else the region chosen (near).
                var own = string.IsNullOrWhiteSpace(near) ? scope.User.RegionCode : near.Trim();
                var result = await search.FindAsync(new CatalogQuery(q, k, department, region, (p - 1) * PageSize, PageSize, own), ct);
                var items = result.Entries.Select(e => new SearchItemView(e.Item.Id, e.Item.Content.ImplementationCode, e.Item.Content.DisplayName,
                    e.Item.Content.DepartmentName, e.Item.Content.RegionCode, e.Item.Content.Kind.Chinese(), e.Item.Content.PromisedLimitDays,
                    e.Item.Content.RequiredVisits, e.Score is { } s ? Math.Round(s, 3) : null,
                    e.Others.Select(o => new SearchImplementationView(o.Id, o.Content.DepartmentName, o.Content.RegionCode)).ToList())).ToList();
                return TypedResults.Ok(new SearchResponse(items, result.Total));
            })
            .WithName("SearchCatalog").WithSummary("搜索事项（按相关度；支持群众说法、部分名称、部门、材料名称、编码）").AllowAnonymous()
            .RequireRateLimiting(OneStop.Platform.Security.RateLimiting.RateLimits.Search);
        api.MapGet("/catalog/synonyms", async (CatalogDbContext db, CancellationToken ct) =>
                TypedResults.Ok(new { text = await SynonymListUseCases.ReadAsync(db, ct) }))
            .WithName("GetSynonyms").WithSummary("搜索同义词表").AllowAnonymous();
        api.MapPut("/catalog/synonyms", async (SynonymsRequest r, CatalogDbContext db, DataScope scope, CatalogChanges changes, CancellationToken ct) =>
            {
                await SynonymListUseCases.SaveAsync(r.Text, db, scope, changes, ct);
                return TypedResults.NoContent();
            })
            .WithName("SaveSynonyms").WithSummary("修改搜索同义词表（每行：群众说法 = 目录用语, …）");
    }
}
