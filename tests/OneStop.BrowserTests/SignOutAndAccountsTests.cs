using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OneStop.Platform.Demo;
using static Microsoft.Playwright.Assertions;

namespace OneStop.BrowserTests;

/// <summary>Signing out from the layout, and what a system administrator does to accounts on /admin/accounts.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SignOutAndAccountsTests(BrowserFixture fixture)
{
    private static async Task SignInAsync(IPage page, string userName, string password = DemoData.Password)
    {
        await page.GotoAsync("/login");
        await page.GetByLabel("用户名").FillAsync(userName);
        await page.GetByLabel("密码").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();
    }

    [Fact]
    public async Task A_signed_in_clerk_signs_out_with_the_button_in_the_header()
    {
        await using var browser = await fixture.NewContextAsync();
        var page = await browser.NewPageAsync();
        await SignInAsync(page, "clerk");
        await Expect(page).ToHaveURLAsync(new Regex("/workbench$"));

        await page.GetByRole(AriaRole.Button, new() { Name = "退出" }).ClickAsync();

        await Expect(page.GetByTestId("login-link")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("current-user")).ToHaveCountAsync(0);
        await page.GotoAsync("/workbench");
        await Expect(page).ToHaveURLAsync(new Regex("/login"));
    }

    [Fact]
    public async Task An_administrator_disables_after_confirming_and_resets_a_password_the_user_must_then_change()
    {
        await using var adminBrowser = await fixture.NewContextAsync();
        var admin = await adminBrowser.NewPageAsync();
        await SignInAsync(admin, "th-admin");
        var userName = "b-" + Guid.NewGuid().ToString("N")[..8];
        await admin.GotoAsync("/admin/accounts");
        await admin.GetByLabel("用户名").FillAsync(userName);
        await admin.GetByLabel("姓名", new() { Exact = true }).FillAsync("浏览器测试");
        await admin.GetByLabel("初始密码").FillAsync("Secret2026");
        await admin.GetByLabel("后台审批人员").CheckAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "开通" }).ClickAsync();
        await admin.GotoAsync("/admin/accounts?q=" + userName);
        var row = admin.GetByTestId("accounts").Locator("tbody tr").Filter(new() { HasText = userName });

        await row.GetByRole(AriaRole.Link, new() { Name = "重置密码" }).ClickAsync();
        await Expect(admin.GetByTestId("confirm")).ToContainTextAsync("确认重置密码");
        await BrowserFixture.ScreenshotAsync(admin, "accounts-confirm-reset");
        await admin.GetByLabel("临时密码").FillAsync("Temporary2026");
        await admin.GetByTestId("confirm-reset").ClickAsync();
        await Expect(admin.GetByTestId("account-message")).ToHaveTextAsync("密码已重置，用户下次登录须修改密码");

        await using var userBrowser = await fixture.NewContextAsync();
        var user = await userBrowser.NewPageAsync();
        await SignInAsync(user, userName, "Temporary2026");
        await Expect(user).ToHaveURLAsync(new Regex("/me/password"));
        await Expect(user.GetByTestId("must-change")).ToBeVisibleAsync();
        await user.GotoAsync("/workbench");
        await Expect(user).ToHaveURLAsync(new Regex("/me/password"));
        await user.GetByLabel("当前密码").FillAsync("Temporary2026");
        await user.GetByLabel("新密码（").FillAsync("MyOwnPass2027");
        await user.GetByLabel("再次输入新密码").FillAsync("MyOwnPass2027");
        await BrowserFixture.ScreenshotAsync(user, "me-password");
        await user.SetViewportSizeAsync(390, 900);
        await BrowserFixture.ScreenshotAsync(user, "me-password-390");
        await user.GetByRole(AriaRole.Button, new() { Name = "修改密码" }).ClickAsync();
        await Expect(user).ToHaveURLAsync(new Regex("/workbench$"));

        await admin.GotoAsync("/admin/accounts?q=" + userName);
        await row.GetByRole(AriaRole.Link, new() { Name = "停用" }).ClickAsync();
        await Expect(admin.GetByTestId("confirm")).ToContainTextAsync("确定停用吗");
        await admin.GetByTestId("confirm-disable").ClickAsync();
        await Expect(admin.GetByTestId("account-message")).ToHaveTextAsync("账号已停用，其所有登录已失效");
        await Expect(row).ToContainTextAsync("已停用");
        await BrowserFixture.ScreenshotAsync(admin, "accounts-disabled");
        await admin.SetViewportSizeAsync(390, 900);
        await row.GetByRole(AriaRole.Link, new() { Name = "重置密码" }).ClickAsync();
        await BrowserFixture.ScreenshotAsync(admin, "accounts-confirm-390");

        // The user's open session ended with the disable.
        await user.GotoAsync("/workbench");
        await Expect(user).ToHaveURLAsync(new Regex("/login"));
    }
}
