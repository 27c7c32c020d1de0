using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OneStop.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class CatalogPagesTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Citizen_searches_in_their_own_words_reads_the_guide_and_prints_the_one_time_notice()
    {
        await using var browser = await fixture.NewContextAsync();
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "我要办事" }).First.ClickAsync();
        await page.GetByTestId("search-box").FillAsync("开饭店");
        await page.GetByTestId("search-form").GetByRole(AriaRole.Button, new() { Name = "搜索" }).ClickAsync();

        var first = page.GetByTestId("results").Locator("tbody tr").First.GetByRole(AriaRole.Link);
        await Expect(first).ToContainTextAsync("食品经营许可");
        await first.ClickAsync();

        var guide = page.GetByTestId("guide");
        await Expect(guide.Locator("h1")).ToContainTextAsync("食品经营许可");
        await Expect(page.GetByTestId("materials").Locator("tbody tr").First).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "guide");

        var notice = page.GetByTestId("print-notice");
        var href = await notice.GetAttributeAsync("href");
        var response = await page.APIRequest.GetAsync(href!);
        Assert.Equal(200, response.Status);
        Assert.Equal("application/pdf", response.Headers["content-type"]);
        var body = await response.BodyAsync();
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(body, 0, 4));
    }
}
