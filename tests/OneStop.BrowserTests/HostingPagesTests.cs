using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OneStop.Platform.Demo;
using static Microsoft.Playwright.Assertions;

namespace OneStop.BrowserTests;

/// <summary>
/// The pages under the Content-Security-Policy (nothing refused), at 390 px (nothing wider than the screen), the
/// API reference with the internet cut off, registration with the region chooser, and the error page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class HostingPagesTests(BrowserFixture fixture)
{
    private static readonly string[] PublicPages =
        ["/", "/services", "/services/bundles", "/services/stats", "/services/lists/fees", "/hall", "/hotline", "/hotline/lookup",
         "/hotline/submitted",
         "/calendar?from=2024-09-30&add=1", "/login", "/register", "/register/enterprise", "/no-such-page"];

    private static readonly string[] AdminPages =
        ["/workbench", "/me", "/admin/accounts", "/admin/departments", "/admin/calendar", "/admin/audit"];

    private static readonly string[] CatalogPages = ["/admin/catalog", "/admin/catalog/quality", "/admin/catalog/new", "/admin/catalog/bundles"];

    private static async Task SignInAsync(IPage page, string userName)
    {
        await page.GotoAsync("/login");
        await page.GetByLabel("用户名").FillAsync(userName);
        await page.GetByLabel("密码").FillAsync(DemoData.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/workbench$"));
    }

    /// <summary>Collects what the browser refused under the page's Content-Security-Policy.</summary>
    private static List<string> WatchCsp(IPage page)
    {
        var refused = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) refused.Add($"{page.Url}: {message.Text}");
        };
        return refused;
    }

    private async Task<string> FirstGuideAsync(IPage page)
    {
        await page.GotoAsync("/services");
        return await page.GetByTestId("results").Locator("tbody a").First.GetAttributeAsync("href") ?? "/services";
    }

    [Fact]
    public async Task Every_page_works_under_the_content_security_policy_without_refusals()
    {
        await using var browser = await fixture.NewContextAsync();
        var page = await browser.NewPageAsync();
        var refused = WatchCsp(page);
        var pages = PublicPages.Append(await FirstGuideAsync(page)).ToList();
        foreach (var path in pages) await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.NetworkIdle });
        await page.GotoAsync("/docs/index.html", new() { WaitUntil = WaitUntilState.NetworkIdle });
        await Expect(page.Locator(".opblock").First).ToBeVisibleAsync();

        await SignInAsync(page, "admin");
        foreach (var path in AdminPages) await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.NetworkIdle });
        await page.Context.ClearCookiesAsync();
        await SignInAsync(page, "catalog");
        foreach (var path in CatalogPages) await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.NetworkIdle });

        Assert.True(refused.Count == 0, "CSP refusals:\n" + string.Join("\n", refused));
        // The policy was really there to refuse something: an inline script added to the page is blocked.
        await page.GotoAsync("/");
        await page.EvaluateAsync("() => { const s = document.createElement('script'); s.textContent = 'window.inlineRan = true'; document.body.append(s); }");
        Assert.False(await page.EvaluateAsync<bool>("() => window.inlineRan === true"));
    }

    [Fact]
    public async Task At_390_px_no_main_page_is_wider_than_the_screen()
    {
        await using var browser = await fixture.NewContextAsync();
        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(390, 844);
        var tooWide = new List<string>();
        async Task CheckAsync(string path, string shot)
        {
            await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.NetworkIdle });
            var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            if (width > 390) tooWide.Add($"{path}: {width} px");
            await BrowserFixture.ScreenshotAsync(page, "390-" + shot);
        }
        var guide = await FirstGuideAsync(page);
        foreach (var path in PublicPages.Append(guide)) await CheckAsync(path, Name(path));
        await SignInAsync(page, "admin");
        foreach (var path in AdminPages) await CheckAsync(path, "admin-" + Name(path));
        await page.Context.ClearCookiesAsync();
        // A citizen's masked ID in the header and profile must wrap, not overflow.
        await SignInAsync(page, "440106198511124569");
        await CheckAsync("/me", "citizen-me");
        await page.Context.ClearCookiesAsync();
        await SignInAsync(page, "catalog");
        foreach (var path in CatalogPages.Append(guide.Replace("/services/items/", "/admin/catalog/"))) await CheckAsync(path, "catalog-" + Name(path));
        Assert.True(tooWide.Count == 0, "wider than 390 px:\n" + string.Join("\n", tooWide));
    }

    private static string Name(string path) => Regex.Replace(path.Trim('/'), "[^a-z0-9]+", "-") is { Length: > 0 } n ? n : "home";

    [Fact]
    public async Task The_API_reference_lists_the_operations_with_the_internet_cut_off()
    {
        await using var browser = await fixture.NewContextAsync();
        var blocked = new List<string>();
        await browser.RouteAsync("**/*", async route =>
        {
            var host = new Uri(route.Request.Url).Host;
            if (host is "127.0.0.1" or "localhost") await route.ContinueAsync();
            else { blocked.Add(route.Request.Url); await route.AbortAsync(); }
        });
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/docs/index.html", new() { WaitUntil = WaitUntilState.NetworkIdle });
        await Expect(page.Locator(".opblock-summary-path", new() { HasText = "/api/calendar/workdays" }).First).ToBeVisibleAsync();
        Assert.True(await page.Locator(".opblock").CountAsync() > 20);
        await BrowserFixture.ScreenshotAsync(page, "api-reference");
        Assert.True(blocked.Count == 0, "the reference asked the internet for:\n" + string.Join("\n", blocked));
        await Expect(page.GetByText("Ask AI")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_citizen_registers_on_a_phone_the_county_is_filled_in_from_the_ID_and_the_page_says_it_worked()
    {
        await using var browser = await fixture.NewContextAsync();
        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync("/register");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "更新下级列表" })).ToBeHiddenAsync(); // script took over
        var first17 = "44010619920202" + Random.Shared.Next(100, 999);
        var residentId = first17 + OneStop.Platform.Identity.ResidentId.ComputeCheckChar(first17);
        await page.GetByLabel("姓名").FillAsync("浏览器注册");
        await page.GetByLabel("居民身份证号码").FillAsync(residentId);
        await Expect(page.GetByTestId("region-county")).ToHaveValueAsync("440106");
        await Expect(page.GetByTestId("region-province")).ToHaveValueAsync("440000");
        await page.GetByLabel("密码（8 位以上").FillAsync("Secret2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "注册", Exact = true }).ClickAsync();
        await Expect(page.GetByTestId("registered")).ToContainTextAsync("注册成功");
        await BrowserFixture.ScreenshotAsync(page, "390-registered");
    }

    [Fact]
    public async Task Choosing_a_province_and_city_fills_the_county_list()
    {
        await using var browser = await fixture.NewContextAsync();
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/register/enterprise");
        await page.GetByTestId("region-province").SelectOptionAsync("440000");
        await page.GetByTestId("region-city").SelectOptionAsync("440100");
        await page.GetByTestId("region-county").SelectOptionAsync("440104");
        await Expect(page.GetByTestId("region-county")).ToHaveValueAsync("440104");
    }

    [Fact]
    public async Task A_visitor_who_mistypes_an_address_gets_a_Chinese_page_and_goes_back_home()
    {
        await using var browser = await fixture.NewContextAsync();
        var page = await browser.NewPageAsync();
        var response = await page.GotoAsync("/services/no-such-thing");
        Assert.Equal(404, response!.Status);
        await Expect(page.GetByTestId("error-page")).ToContainTextAsync("页面不存在");
        await page.GetByRole(AriaRole.Link, new() { Name = "返回首页" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/$"));
    }
}
