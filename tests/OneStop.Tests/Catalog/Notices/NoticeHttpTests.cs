using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Catalog;
using OneStop.Catalog.Items;
using OneStop.Catalog.Persistence;
using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Catalog.Notices;

public sealed class NoticeHttpOnSqlite(SqliteFactory f) : NoticeHttpTests(f), IClassFixture<SqliteFactory>;
public sealed class NoticeHttpOnPostgres(PostgresFactory f) : NoticeHttpTests(f), IClassFixture<PostgresFactory>;

public abstract class NoticeHttpTests(OneStopFactory factory) : ApiTests(factory), IDisposable
{
    private readonly Poppler _poppler = new();
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Anyone_can_print_the_notice_of_an_item_in_force()
    {
        using var scope = Factory.Services.CreateScope();
        var inForce = (await scope.ServiceProvider.GetRequiredService<CatalogSnapshot>().GetAsync(Ct)).Items;
        var ids = await scope.ServiceProvider.GetRequiredService<CatalogDbContext>().Items.Select(i => i.Id).ToListAsync(Ct);
        var item = inForce.First(i => ids.Contains(i.Id));

        var text = await PrintAsync($"/services/items/{item.Id}/notice", "item.pdf");

        Assert.Contains(Squeeze(item.Content.DisplayName), Squeeze(text));
    }

    [Fact]
    public async Task Anyone_can_print_the_notice_of_a_published_bundle()
    {
        using var scope = Factory.Services.CreateScope();
        var bundle = await scope.ServiceProvider.GetRequiredService<CatalogDbContext>().Bundles
            .Where(b => b.Status == VersionStatus.Published).OrderBy(b => b.Id).FirstAsync(Ct);

        var text = await PrintAsync($"/services/bundles/{bundle.Id}/notice", "bundle.pdf");

        Assert.Contains(Squeeze(bundle.Name), Squeeze(text));
    }

    [Fact]
    public async Task There_is_no_notice_for_an_unknown_item_or_bundle()
    {
        var client = Factory.Anonymous();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/services/items/987654321/notice", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/services/bundles/987654321/notice", Ct)).StatusCode);
    }

    private async Task<string> PrintAsync(string url, string file)
    {
        var response = await Factory.Anonymous().GetAsync(url, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var disposition = response.Content.Headers.ContentDisposition;
        Assert.Equal("inline", disposition?.DispositionType);
        Assert.StartsWith("一次性告知单-", disposition?.FileNameStar);
        return _poppler.Text(_poppler.Save(await response.Content.ReadAsByteArrayAsync(Ct), file));
    }

    /// <summary>A long name may wrap onto a second line of the page.</summary>
    private static string Squeeze(string s) => new(s.Where(c => !char.IsWhiteSpace(c)).ToArray());

    public void Dispose()
    {
        _poppler.Dispose();
        GC.SuppressFinalize(this);
    }
}
