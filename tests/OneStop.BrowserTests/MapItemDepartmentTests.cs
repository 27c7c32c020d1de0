using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OneStop.Platform.Demo;
using static Microsoft.Playwright.Assertions;

namespace OneStop.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class MapItemDepartmentTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Catalog_administrator_maps_an_unresolved_implementing_department_to_a_department()
    {
        await using var browser = await fixture.NewContextAsync();
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/login");
        await page.GetByLabel("用户名").FillAsync("catalog");
        await page.GetByLabel("密码").FillAsync(DemoData.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/workbench$"));

        // The demo items are linked to the demo departments; a new item names a department the directory lacks.
        var name = "天河区新设服务中心" + Guid.NewGuid().ToString("N")[..4];
        var item = System.Text.Json.JsonSerializer.Serialize(new
        {
            mainItemName = "临时救助", implementationCode = "BROWSER" + Guid.NewGuid().ToString("N")[..12], departmentName = name,
            regionCode = "440106", kind = "AdministrativePayment",
        });
        await page.GotoAsync("/admin/catalog/new");
        await page.GetByText("高级（JSON）").ClickAsync();
        await page.Locator("textarea[name=json]").FillAsync(item);
        await page.GetByRole(AriaRole.Button, new() { Name = "按 JSON 保存草稿" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/admin/catalog/\\d+\\?done=created$"));

        await page.GotoAsync("/admin/catalog/quality");
        var rows = page.GetByTestId("unresolved");
        await Expect(rows.First).ToBeVisibleAsync();
        var before = await rows.CountAsync();
        await page.SetViewportSizeAsync(390, 900);
        await BrowserFixture.ScreenshotAsync(page, "catalog-quality-390");
        await page.SetViewportSizeAsync(1366, 900);
        await BrowserFixture.ScreenshotAsync(page, "catalog-quality-1366");

        var row = rows.Filter(new() { HasText = name });
        await row.Locator("select").SelectOptionAsync(new SelectOptionValue { Label = "广州市天河区民政局" });
        await row.GetByRole(AriaRole.Button, new() { Name = "对应" }).ClickAsync();

        await Expect(page.Locator("p.ok")).ToContainTextAsync($"已将“{name}”对应到部门");
        await Expect(page).ToHaveURLAsync(new Regex("/admin/catalog/quality$"));
        Assert.Equal(before - 1, await rows.CountAsync());
        await BrowserFixture.ScreenshotAsync(page, "catalog-quality-mapped");
    }
}
