using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OneStop.Platform.Demo;
using OneStop.Platform.Identity;
using static Microsoft.Playwright.Assertions;

namespace OneStop.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class ProfilePageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task An_enterprise_corrects_a_mistyped_phone_and_saves_its_legal_representative_on_a_phone_sized_screen()
    {
        await using var browser = await fixture.NewContextAsync();
        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(1366, 900);
        var enterprise = DemoData.Enterprises[1];
        await page.GotoAsync("/login");
        await page.GetByLabel("用户名").FillAsync(enterprise.CodeFirst17 + CreditCode.ComputeCheckChar(enterprise.CodeFirst17));
        await page.GetByLabel("密码").FillAsync(DemoData.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();
        await page.GotoAsync("/me");
        await Expect(page.GetByLabel("法定代表人（选填，最多 50 字）")).ToHaveValueAsync(enterprise.LegalRepresentative);
        await BrowserFixture.ScreenshotAsync(page, "me-enterprise-1366");

        await page.SetViewportSizeAsync(390, 900);
        await page.GetByLabel("手机号码（11 位，选填）").FillAsync("1380013");
        await page.GetByLabel("法定代表人（选填，最多 50 字）").FillAsync("邓丽华");
        await page.GetByTestId("save-profile").ClickAsync();
        await Expect(page.GetByTestId("error-phone")).ToHaveTextAsync("手机号码应为 11 位数字");
        await Expect(page.GetByLabel("法定代表人（选填，最多 50 字）")).ToHaveValueAsync("邓丽华"); // kept
        var overflow = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(overflow, "the /me page scrolls sideways at 390 px");
        await BrowserFixture.ScreenshotAsync(page, "me-enterprise-error-390");

        await page.GetByLabel("手机号码（11 位，选填）").FillAsync("13800138001");
        await page.GetByTestId("save-profile").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/me\\?saved=(true|True)$"));
        await Expect(page.GetByTestId("profile-saved")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("法定代表人（选填，最多 50 字）")).ToHaveValueAsync("邓丽华");
        await BrowserFixture.ScreenshotAsync(page, "me-enterprise-saved-390");
    }
}
