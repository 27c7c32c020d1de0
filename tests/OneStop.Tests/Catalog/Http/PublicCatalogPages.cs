using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OneStop.Catalog.Items;
using OneStop.Catalog.Persistence;
using OneStop.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace OneStop.Tests.Catalog.Http;

/// <summary>
/// Every public page and list of the catalog, as an anonymous visitor reaches them: the search page and API, the
/// figures, each list (page, CSV, XLSX), every item's guide and notice, every bundle's guide and notice.
/// </summary>
public static class PublicCatalogPages
{
    public static readonly string[] ListKeys = ["items", "most-one-visit", "zero-visit", "certificates", "intermediaries"];

    public static async Task<IReadOnlyList<string>> PathsAsync(OneStopFactory factory, params string[] searches)
    {
        var paths = new List<string> { "/services", "/services/stats", "/services/bundles", "/api/catalog/stats", "/api/catalog/bundles",
            "/api/catalog/items", "/api/catalog/synonyms" };
        foreach (var q in searches.Append("食品").Append("营业执照"))
        {
            paths.Add($"/services?q={Uri.EscapeDataString(q)}");
            paths.Add($"/api/catalog/items?q={Uri.EscapeDataString(q)}");
        }
        foreach (var kind in Enum.GetNames<ItemKind>()) paths.Add($"/services?kind={kind}");
        foreach (var key in ListKeys)
        {
            paths.Add($"/services/lists/{key}");
            paths.Add($"/api/catalog/lists/{key}");
            paths.Add($"/api/catalog/lists/{key}?format=csv");
            paths.Add($"/api/catalog/lists/{key}?format=xlsx");
        }
        var (items, bundles) = await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CatalogDbContext>();
            // The newest items (those a test just made) and a few demo ones: every item's PDF would take a minute.
            return (await db.Items.OrderByDescending(i => i.Id).Select(i => i.Id).Take(12).ToListAsync(),
                await db.Bundles.Select(b => b.Id).ToListAsync());
        });
        foreach (var id in items)
            paths.AddRange([$"/services/items/{id}", $"/services/items/{id}/notice", $"/api/catalog/items/{id}"]);
        foreach (var id in bundles)
            paths.AddRange([$"/services/bundles/{id}", $"/services/bundles/{id}/notice", $"/api/catalog/bundles/{id}"]);
        return paths;
    }

    /// <summary>Each path with its status and (for text answers) its body.</summary>
    public static async Task<IReadOnlyList<(string Path, int Status, string Body)>> FetchAllAsync(OneStopFactory factory,
        CancellationToken ct, params string[] searches)
    {
        var client = factory.Anonymous();
        var result = new List<(string, int, string)>();
        foreach (var path in await PathsAsync(factory, searches))
        {
            using var response = await client.GetAsync(path, ct);
            var media = response.Content.Headers.ContentType?.MediaType ?? "";
            var body = media.StartsWith("text/") || media.Contains("json") ? await response.Content.ReadAsStringAsync(ct) : "";
            result.Add((path, (int)response.StatusCode, body));
        }
        return result;
    }
}
