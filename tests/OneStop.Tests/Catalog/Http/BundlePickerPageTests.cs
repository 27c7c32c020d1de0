using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Catalog.Items;
using OneStop.Catalog.Persistence;
using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Catalog.Http;

public sealed class BundlePickerPageOnSqlite(SqliteFactory f) : BundlePickerPageTests(f), IClassFixture<SqliteFactory>;
public sealed class BundlePickerPageOnPostgres(PostgresFactory f) : BundlePickerPageTests(f), IClassFixture<PostgresFactory>;

/// <summary>The bundle page's item picker, posted back as a browser without JavaScript does.</summary>
public abstract partial class BundlePickerPageTests(OneStopFactory factory) : ApiTests(factory)
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    [GeneratedRegex("""name="__RequestVerificationToken" type="hidden" value="([^"]+)"|type="hidden" name="__RequestVerificationToken" value="([^"]+)"|name="__RequestVerificationToken"[^>]*value="([^"]+)""")]
    private static partial Regex AntiforgeryField();

    [Fact]
    public async Task Searching_again_after_adding_every_match_says_they_are_all_added_not_that_nothing_was_found()
    {
        var name = await Factory.WithScopeAsync(sp => sp.GetRequiredService<CatalogDbContext>().Items
            .Where(i => i.RegionCode == "440100" && i.GeneralItemId == null)
            .SelectMany(i => i.Versions.Where(v => v.Status == VersionStatus.Published).Select(v => v.Name)).OrderBy(n => n).FirstAsync(Ct));
        var matches = await Factory.WithScopeAsync(sp => sp.GetRequiredService<CatalogDbContext>().Items
            .Where(i => i.RegionCode.StartsWith("4401") && i.Versions.Any(v => v.Status == VersionStatus.Published && v.Name.Contains(name)))
            .Select(i => i.Id).ToListAsync(Ct));
        Assert.NotEmpty(matches);

        var admin = await Factory.SignedInAsync("catalog");
        var token = AntiforgeryField().Match(await admin.GetStringAsync("/admin/catalog/bundles", Ct));
        Assert.True(token.Success);
        var fields = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", token.Groups.Cast<Group>().Skip(1).First(g => g.Success).Value),
            new("Name", "开办测试店"), new("Query", name), new("pick", "search"),
        };
        fields.AddRange(matches.Select(id => new KeyValuePair<string, string>("ItemIds", id.ToString())));
        var response = await admin.PostAsync("/admin/catalog/bundles?handler=Save", new FormUrlEncodedContent(fields), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("data-test=\"bundle-all-added\"", html);
        Assert.Contains("都已添加", html);
        Assert.DoesNotContain("没有找到", html);
    }
}
