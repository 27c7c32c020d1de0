using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OneStop.BrowserTests;

/// <summary>
/// A citizen on a phone (390 px) and on a desktop (1366 px): the 12345 web form with its SMS code (shown on the demo
/// page), the receipt with the number, and the lookup; screenshots of each page at both widths.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CitizenHotlineRequestTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData(390, "13812")]
    [InlineData(1366, "13813")]
    public async Task A_citizen_submits_on_the_web_form_with_the_sms_code_and_finds_the_request_by_number_and_phone(int width, string prefix)
    {
        await using var browser = await fixture.NewContextAsync();
        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(width, 900);
        var phone = prefix + Random.Shared.Next(100_000, 999_999);

        await page.GotoAsync("/");
        await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "12345 热线" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/hotline$"));
        await page.GetByTestId("type").SelectOptionAsync(new SelectOptionValue { Label = "投诉（对服务、管理不满意）" });
        await page.GetByTestId("title").FillAsync("小区门口占道经营");
        await page.GetByTestId("text").FillAsync("天河区石牌东路某小区门口每天晚上有摊贩占道经营，油烟大，影响通行，请有关部门处理。");
        await page.GetByTestId("region").SelectOptionAsync(new SelectOptionValue { Label = "天河区" });
        await page.GetByTestId("address").FillAsync("石牌东路 28 号门口");
        await page.GetByTestId("name").FillAsync("王女士");
        await page.GetByTestId("phone").FillAsync(phone);
        await page.GetByTestId("request-code").ClickAsync();

        await Expect(page.GetByTestId("code-sent")).ToContainTextAsync(phone[..3] + "****" + phone[7..]);
        await Expect(page.GetByTestId("text")).ToHaveValueAsync(new Regex("占道经营")); // the post-back kept the form
        var code = await page.GetByTestId("demo-code").Locator("strong").InnerTextAsync();
        Assert.Matches(@"^\d{6}$", code);
        await AssertFitsAsync(page, width);
        await BrowserFixture.ScreenshotAsync(page, $"hotline-form-{width}");
        await page.GetByTestId("code").FillAsync(code);
        await page.GetByTestId("submit").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/hotline/submitted$"));
        var number = await page.GetByTestId("request-number").InnerTextAsync();
        Assert.False(string.IsNullOrWhiteSpace(number));
        await AssertFitsAsync(page, width);
        await BrowserFixture.ScreenshotAsync(page, $"hotline-receipt-{width}");
        await page.GetByTestId("lookup-link").ClickAsync();

        await Expect(page.GetByTestId("number")).ToHaveValueAsync(number);
        await page.GetByTestId("phone").FillAsync(phone);
        await page.GetByTestId("lookup").ClickAsync();
        await Expect(page.GetByTestId("lookup-state")).ToContainTextAsync("待派单");
        await Expect(page.GetByTestId("lookup-text")).ToContainTextAsync("占道经营");
        await AssertFitsAsync(page, width);
        await BrowserFixture.ScreenshotAsync(page, $"hotline-lookup-{width}");
    }

    private static async Task AssertFitsAsync(IPage page, int width)
    {
        var scroll = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scroll <= width, $"{page.Url} is {scroll} px wide at {width} px");
    }
}
