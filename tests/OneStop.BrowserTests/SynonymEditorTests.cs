using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OneStop.Platform.Demo;
using static Microsoft.Playwright.Assertions;

namespace OneStop.BrowserTests;

/// <summary>The city catalog administrator keeps the search synonym list in a table of rows.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SynonymEditorTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Catalog_administrator_adds_a_synonym_row_fixes_it_and_search_follows()
    {
        await using var browser = await fixture.NewContextAsync();
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/login");
        await page.GetByLabel("用户名").FillAsync("catalog");
        await page.GetByLabel("密码").FillAsync(DemoData.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/workbench$"));

        await page.GotoAsync("/admin/catalog");
        await page.GetByRole(AriaRole.Link, new() { Name = "搜索同义词" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/admin/catalog/synonyms$"));
        var rows = page.GetByTestId("synonym-row");
        // The address changes when the navigation commits, before the new page is drawn: count its rows once they are there.
        await Expect(rows.First).ToBeVisibleAsync();
        var before = await rows.CountAsync();
        Assert.True(before > 0);

        await page.GetByTestId("synonym-add").ClickAsync();
        await Expect(rows).ToHaveCountAsync(before + 1);
        var added = rows.Nth(before);
        await added.GetByTestId("synonym-phrase").FillAsync("开个烧烤摊");
        await page.GetByTestId("synonyms-save").ClickAsync();
        await Expect(page.GetByTestId("errors")).ToContainTextAsync($"第 {before + 1} 行：目录用语不能为空");
        await Expect(rows.Nth(before).GetByTestId("synonym-phrase")).ToHaveValueAsync("开个烧烤摊");
        await ShootAsync(page, "synonyms-error");

        await rows.Nth(before).GetByTestId("synonym-terms").FillAsync("食品经营许可");
        await page.GetByTestId("synonyms-save").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/admin/catalog/synonyms\?done=saved$"));
        await Expect(page.GetByTestId("message")).ToContainTextAsync("已保存");
        await Expect(rows.Nth(before).GetByTestId("synonym-terms")).ToHaveValueAsync("食品经营许可");
        await ShootAsync(page, "synonyms-saved");

        await page.GotoAsync("/services?q=" + Uri.EscapeDataString("开个烧烤摊"));
        await Expect(page.Locator("main")).ToContainTextAsync("食品经营许可");
    }

    private static async Task ShootAsync(IPage page, string name)
    {
        await page.SetViewportSizeAsync(390, 900);
        await BrowserFixture.ScreenshotAsync(page, name + "-390");
        await page.SetViewportSizeAsync(1366, 900);
        await BrowserFixture.ScreenshotAsync(page, name + "-1366");
    }
}
