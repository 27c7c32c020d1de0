using System.Net;
using System.Text.RegularExpressions;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Hosting;

/// <summary>The API reference works on an intranet without internet and hands our API description to no third party.</summary>
public sealed partial class ApiReferenceTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    [GeneratedRegex("""(?:src|href)\s*=\s*["']([^"']+)["']""")]
    private static partial Regex Reference();

    [GeneratedRegex("""https?://(?!(?:localhost|127\.0\.0\.1)[:/])""")]
    private static partial Regex ExternalUrl();

    [GeneratedRegex(@"(?s:/\*.*?\*/)|(?m:^[ \t]*//[^\n]*)")]
    private static partial Regex BlockComment();

    [Fact]
    public async Task The_reference_page_and_its_own_script_name_no_external_host()
    {
        var client = factory.Anonymous();
        var page = await client.GetAsync("/docs/index.html", Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync(Ct);
        Assert.DoesNotMatch(ExternalUrl(), html);
        var references = Reference().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Contains(references, r => r.EndsWith(".js", StringComparison.Ordinal));
        Assert.DoesNotContain(references, r => r.StartsWith("//", StringComparison.Ordinal) || r.Contains("://"));
        foreach (var reference in references)
        {
            var response = await client.GetAsync(new Uri(new Uri("http://localhost/docs/"), reference), Ct);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{reference} → {(int)response.StatusCode}");
        }
        // Comments (crediting a gist, naming a swagger-ui issue) carry URLs; no code does.
        var config = BlockComment().Replace(await client.GetStringAsync("/docs/index.js", Ct), "");
        Assert.Contains("/openapi/v1.json", config);
        Assert.DoesNotMatch(ExternalUrl(), config);
        Assert.DoesNotContain("\"validatorUrl\":\"", config.Replace(" ", "")); // absent or null: no validator badge
    }

    [Fact]
    public async Task The_stylesheet_loads_no_font_or_image_from_elsewhere()
    {
        var css = await factory.Anonymous().GetStringAsync("/docs/swagger-ui.css", Ct);
        Assert.DoesNotMatch(@"@import|url\(\s*['""]?https?:", css);
    }
}
