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
                TypedResults.Ok(new { text = await db.Settings.Where(s => s.Key == CatalogSetting.Synonyms).Select(s => s.Value).FirstOrDefaultAsync(ct) ?? DefaultSynonyms.Text }))
            .WithName("GetSynonyms").WithSummary("搜索同义词表").AllowAnonymous();
        api.MapPut("/catalog/synonyms", async (SynonymsRequest r, CatalogDbContext db, DataScope scope, CatalogChanges changes, CancellationToken ct) =>
            {
                await SaveSynonymsAsync(r.Text, db, scope, ct);
                changes.Invalidate();
                return TypedResults.NoContent();
            })
            .WithName("SaveSynonyms").WithSummary("修改搜索同义词表（每行：群众说法 = 目录用语, …）");
    }

    /// <summary>
    /// The synonym list serves the whole platform's search, so it belongs to the levels that maintain the general
    /// catalog N (province and city); county and town administrators only derive N ± X and get 403
    /// (ADR 0003, "Synonym list").
    /// </summary>
    public static async Task SaveSynonymsAsync(string? text, CatalogDbContext db, DataScope scope, CancellationToken ct)
    {
        var staff = scope.Staff(Role.CatalogAdmin);
        if (!Platform.Regions.RegionCode.TryParse(staff.Region, out var own) || own.Level > Platform.Regions.RegionLevel.City)
            throw new ForbiddenException("catalog.synonyms-owner-only", "搜索同义词表由省、市两级目录管理员维护");
        var v = new Validator();
        var value = v.Text("text", text, 100_000);
        v.ThrowIfInvalid();
        var parsed = SynonymList.Parse(value);
        if (parsed.Count == 0) throw RequestValidationException.For("text", "没有可识别的同义词行（格式：群众说法 = 目录用语, …）", "catalog.invalid-synonyms");
        var setting = await db.Settings.FirstOrDefaultAsync(s => s.Key == CatalogSetting.Synonyms, ct);
        if (setting is null) db.Settings.Add(new CatalogSetting { Key = CatalogSetting.Synonyms, Value = value });
        else setting.Value = value;
        db.Audit("catalog.edit-synonyms", "搜索同义词表", $"{parsed.Count} 条");
        await db.SaveChangesAsync(ct);
    }
}
