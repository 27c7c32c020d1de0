using System.Text.RegularExpressions;
using OneStop.Catalog.Items;
using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Catalog.Http;

public sealed class PublicPagesSpeakChineseOnSqlite(SqliteFactory f) : PublicPagesSpeakChineseTests(f), IClassFixture<SqliteFactory>;
public sealed class PublicPagesSpeakChineseOnPostgres(PostgresFactory f) : PublicPagesSpeakChineseTests(f), IClassFixture<PostgresFactory>;

/// <summary>
/// Citizens read the public catalog: no page or list they open may show a code name of ours (an enum value such as
/// AdministrativeLicence, Required, Window, Published) where a Chinese word belongs.
/// </summary>
public abstract partial class PublicPagesSpeakChineseTests(OneStopFactory factory) : ApiTests(factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] CodeNames = typeof(ItemKind).Assembly.GetTypes()
        .Where(t => t.IsEnum && t.IsPublic).SelectMany(Enum.GetNames).Distinct().ToArray();

    [Fact]
    public async Task Every_public_catalog_page_and_list_shows_chinese_words_instead_of_code_names()
    {
        Assert.Contains("AdministrativeLicence", CodeNames); // the list is read from the product, not typed here
        var pages = (await PublicCatalogPages.FetchAllAsync(Factory, Ct, "开饭店", "结婚"))
            .Where(p => !p.Path.StartsWith("/api/", StringComparison.Ordinal) || p.Path.Contains("format=csv"))
            .ToList();
        Assert.True(pages.Count > 20, $"only {pages.Count} public pages were fetched");

        var found = (from page in pages
                     let text = VisibleText(page.Body)
                     from name in CodeNames
                     where Regex.IsMatch(text, $@"(?<![A-Za-z]){name}(?![A-Za-z])")
                     select $"{page.Path}: {name}").ToList();
        Assert.True(found.Count == 0, "code names on public pages:\n" + string.Join("\n", found));
    }

    /// <summary>What a reader sees: markup, scripts and attribute values (option values, links) removed.</summary>
    private static string VisibleText(string body) => Tags().Replace(Scripts().Replace(body, " "), " ");

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex("<(script|style)[^>]*>.*?</\\1>", RegexOptions.Singleline)]
    private static partial Regex Scripts();
}
