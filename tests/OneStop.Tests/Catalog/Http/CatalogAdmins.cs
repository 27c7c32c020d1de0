using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Catalog.Http;

/// <summary>Catalog administrators of other regions than the demo's (广州市) one, opened by the province administrator.</summary>
public static class CatalogAdmins
{
    public const string Yuexiu = "440104";
    public const string Tianhe = "440106";

    /// <summary>A CatalogAdmin of a department in <paramref name="region"/> (opened once per factory), signed in.</summary>
    public static async Task<HttpClient> OfRegionAsync(OneStopFactory factory, string region)
    {
        var userName = $"catalog-{region}";
        var exists = await factory.WithDbAsync(db => db.Accounts.AnyAsync(a => a.UserName == userName));
        if (!exists)
        {
            var department = await factory.WithDbAsync(db => db.Departments.Where(d => d.RegionCode == region).Select(d => d.Id).FirstAsync());
            var admin = await factory.SignedInAsync("admin");
            var response = await admin.PostAsJsonAsync("/api/accounts/staff", new
            {
                userName, displayName = $"{region} 事项管理员", password = "Secret2026x", departmentId = department, roles = new[] { "CatalogAdmin" },
            });
            response.EnsureSuccessStatusCode();
        }
        return await factory.SignedInAsync(userName, "Secret2026x");
    }
}
