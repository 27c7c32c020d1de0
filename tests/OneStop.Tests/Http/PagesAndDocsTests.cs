using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Http;

public sealed class PagesAndDocsTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_public_home_page_is_Chinese_and_links_the_three_entry_points()
    {
        var html = await factory.Anonymous().GetStringAsync("/", Ct);
        Assert.Contains("lang=\"zh-CN\"", html);
        foreach (var entry in new[] { "办事大厅", "我要办事", "12345" }) Assert.Contains(entry, html);
    }

    [Theory]
    [InlineData("/hall")]
    [InlineData("/services")]
    [InlineData("/hotline")]
    [InlineData("/calendar?from=2024-09-30&add=1")]
    [InlineData("/login")]
    [InlineData("/register")]
    public async Task Public_pages_render(string path)
    {
        var response = await factory.Anonymous().GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_workbench_sends_anonymous_visitors_to_sign_in()
    {
        var response = await factory.Anonymous().GetAsync("/workbench", Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Admin_pages_send_other_roles_to_the_no_access_page()
    {
        var client = await factory.SignedInAsync("clerk");
        var response = await client.GetAsync("/admin/accounts", Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/forbidden", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/admin/accounts")]
    [InlineData("/admin/departments")]
    [InlineData("/admin/calendar")]
    [InlineData("/admin/audit")]
    [InlineData("/workbench")]
    public async Task A_system_administrator_opens_every_admin_page(string path)
    {
        var client = await factory.SignedInAsync("admin");
        var response = await client.GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/admin/catalog")]
    [InlineData("/admin/catalog/quality")]
    [InlineData("/admin/catalog/new")]
    [InlineData("/admin/catalog/bundles")]
    [InlineData("/services/stats")]
    [InlineData("/services/lists/zero-visit")]
    [InlineData("/services/lists/fees")]
    public async Task A_catalog_administrator_opens_the_catalog_pages(string path)
    {
        var client = await factory.SignedInAsync("catalog");
        var response = await client.GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Every_demo_item_has_a_public_guide_and_an_admin_page()
    {
        var ids = await factory.WithScopeAsync(sp => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            System.Linq.Queryable.Select(sp.GetRequiredService<OneStop.Catalog.Persistence.CatalogDbContext>().Items, i => i.Id), Ct));
        Assert.InRange(ids.Count, 40, 80);
        var admin = await factory.SignedInAsync("catalog");
        foreach (var id in ids)
        {
            var guide = await factory.Anonymous().GetAsync($"/services/items/{id}", Ct);
            Assert.Equal(HttpStatusCode.OK, guide.StatusCode);
            Assert.Contains("申请材料", await guide.Content.ReadAsStringAsync(Ct));
        }
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/admin/catalog/{ids[0]}", Ct)).StatusCode);
    }

    [Fact]
    public async Task The_six_demo_bundles_have_merged_guides()
    {
        var html = await factory.Anonymous().GetStringAsync("/services/bundles", Ct);
        foreach (var name in new[] { "企业开办", "不动产交易登记", "食品小经营店开办", "企业投资项目报建", "社保经办", "民办医疗机构开办" })
            Assert.Contains(name, html);
        var ids = await factory.WithScopeAsync(sp => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            System.Linq.Queryable.Select(sp.GetRequiredService<OneStop.Catalog.Persistence.CatalogDbContext>().Bundles, b => b.Id), Ct));
        foreach (var id in ids)
        {
            var guide = await factory.Anonymous().GetStringAsync($"/services/bundles/{id}", Ct);
            Assert.Contains("合并材料清单", guide);
        }
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_api_and_the_reference_page_renders()
    {
        var doc = await factory.Anonymous().GetStringAsync("/openapi/v1.json", Ct);
        Assert.Contains("/api/calendar/workdays", doc);
        Assert.Contains("/api/accounts/citizens", doc);
        var page = await factory.Anonymous().GetAsync("/docs/index.html", Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task Health_reports_the_database_answering()
    {
        var body = await factory.Anonymous().GetStringAsync("/health", Ct);
        Assert.Contains("healthy", body);
    }
}
