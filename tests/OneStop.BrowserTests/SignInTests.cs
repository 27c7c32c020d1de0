using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OneStop.Platform.Demo;
using OneStop.Platform.Identity;
using static Microsoft.Playwright.Assertions;

namespace OneStop.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class SignInTests(BrowserFixture fixture)
{
    private static async Task SignInAsync(IPage page, string userName, string password = DemoData.Password)
    {
        await page.GotoAsync("/login");
        await page.GetByLabel("用户名").FillAsync(userName);
        await page.GetByLabel("密码").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();
    }

    [Fact]
    public async Task Window_clerk_signs_in_and_lands_on_the_window_clerk_workbench()
    {
        await using var browser = await fixture.NewContextAsync();
        var page = await browser.NewPageAsync();

        await SignInAsync(page, "clerk");

        await Expect(page).ToHaveURLAsync(new Regex("/workbench$"));
        await Expect(page.GetByTestId("workbench-WindowClerk")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("current-user")).ToHaveTextAsync("综合窗口 王敏");
        await Expect(page.GetByTestId("workbench-title")).ToHaveTextAsync("工作台");
        await BrowserFixture.ScreenshotAsync(page, "workbench-clerk");
    }

    [Fact]
    public async Task System_admin_signs_in_finds_their_sign_in_in_the_audit_log_and_verifies_the_hash_chain()
    {
        await using var browser = await fixture.NewContextAsync();
        var page = await browser.NewPageAsync();

        await SignInAsync(page, "admin");

        await Expect(page).ToHaveURLAsync(new Regex("/workbench$"));
        var workbench = page.GetByTestId("workbench-SystemAdmin");
        await Expect(workbench).ToBeVisibleAsync();
        await Expect(page.GetByTestId("current-user")).ToHaveTextAsync("省平台管理员");
        await BrowserFixture.ScreenshotAsync(page, "workbench-admin");

        await workbench.GetByRole(AriaRole.Link, new() { Name = "审计日志" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/admin/audit$"));
        await page.GetByLabel("操作", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "登录" });
        await page.GetByLabel("对象").FillAsync("账号 admin");
        await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        var ownSignIn = page.GetByTestId("audit").Locator("tbody tr")
            .Filter(new() { Has = page.Locator("td", new() { HasTextRegex = new Regex("^登录$") }) })
            .Filter(new() { Has = page.Locator("td", new() { HasTextRegex = new Regex("^账号 admin$") }) });
        await Expect(ownSignIn.First).ToBeVisibleAsync();

        await page.GetByTestId("verify").ClickAsync();
        await Expect(page.GetByTestId("verify-result")).ToContainTextAsync("审计链完整");
        await BrowserFixture.ScreenshotAsync(page, "audit-admin");

        await page.GotoAsync("/admin/audit");
        await page.SetViewportSizeAsync(1366, 900);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "audit-admin-1366.png") });
        await page.SetViewportSizeAsync(390, 900);
        await Expect(page.GetByTestId("audit")).ToBeVisibleAsync();
        // The records and filters fit the screen (the shared layout's header is checked elsewhere).
        var right = await page.EvaluateAsync<double>("Math.max(...[...document.querySelectorAll('[data-test=audit], .audit-filters, .pager')].map(e => e.getBoundingClientRect().right))");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "audit-admin-390.png") });
        Assert.True(right <= 390, $"the audit records reach {right}px at 390px");
    }

    [Fact]
    public async Task Citizen_signs_in_with_their_resident_id_sees_their_own_services_and_is_kept_out_of_administration()
    {
        await using var browser = await fixture.NewContextAsync();
        var page = await browser.NewPageAsync();
        var citizen = DemoData.Citizens[0];
        var residentId = citizen.IdFirst17 + ResidentId.ComputeCheckChar(citizen.IdFirst17);

        await SignInAsync(page, residentId);

        await Expect(page).ToHaveURLAsync(new Regex("/workbench$"));
        await Expect(page.GetByTestId("workbench-title")).ToHaveTextAsync("我的办事");
        await Expect(page.GetByTestId("current-user")).ToHaveTextAsync(citizen.Name);
        await Expect(page.GetByTestId("workbench-Citizen").GetByRole(AriaRole.Link, new() { Name = "我的档案" }))
            .ToHaveAttributeAsync("href", "/me");
        await BrowserFixture.ScreenshotAsync(page, "workbench-citizen");

        await page.GotoAsync("/admin/accounts");
        await Expect(page).ToHaveURLAsync(new Regex("/forbidden$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "无权访问" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Wrong_password_keeps_the_user_on_the_login_page_with_a_chinese_error()
    {
        await using var browser = await fixture.NewContextAsync();
        var page = await browser.NewPageAsync();

        await SignInAsync(page, "approver", "not-the-password");

        await Expect(page).ToHaveURLAsync(new Regex("/login"));
        await Expect(page.GetByTestId("login-error")).ToHaveTextAsync("用户名或密码错误");
        await Expect(page.GetByTestId("current-user")).ToHaveCountAsync(0);
    }
}
