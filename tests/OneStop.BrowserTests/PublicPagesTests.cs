using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OneStop.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class PublicPagesTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Visitor_opening_the_home_page_finds_the_service_hall_services_and_12345_hotline()
    {
        await using var browser = await fixture.NewContextAsync();
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/");

        await Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("一站通"));
        var main = page.Locator("main");
        await Expect(main.GetByRole(AriaRole.Link, new() { Name = "办事大厅" })).ToHaveAttributeAsync("href", "/hall");
        await Expect(main.GetByRole(AriaRole.Link, new() { Name = "我要办事" })).ToHaveAttributeAsync("href", "/services");
        await Expect(main.GetByRole(AriaRole.Link, new() { Name = "12345 热线" })).ToHaveAttributeAsync("href", "/hotline");
        await Expect(page.GetByTestId("login-link")).ToBeVisibleAsync();
        var styleRules = await page.EvaluateAsync<int>("() => [...document.styleSheets].reduce((n, s) => n + s.cssRules.length, 0)");
        Assert.True(styleRules > 0, "site.css did not load: the page is unstyled");
        await BrowserFixture.ScreenshotAsync(page, "home");
    }
}
