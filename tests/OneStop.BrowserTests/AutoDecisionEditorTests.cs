using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OneStop.Platform.Demo;
using static Microsoft.Playwright.Assertions;

namespace OneStop.BrowserTests;

/// <summary>秒批: a catalog administrator writes an item's automatic-decision rule in the Chinese form and publishes it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AutoDecisionEditorTests(BrowserFixture fixture)
{
    private static async Task ShootSectionAsync(IPage page, ILocator section, string name)
    {
        Directory.CreateDirectory(BrowserFixture.ScreenshotDirectory);
        foreach (var width in new[] { 390, 1366 })
        {
            await page.SetViewportSizeAsync(width, 900);
            await section.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, $"{name}-{width}.png") });
        }
    }

    [Fact]
    public async Task Catalog_administrator_adds_a_rule_with_two_conditions_and_publishes_it()
    {
        await using var browser = await fixture.NewContextAsync();
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/login");
        await page.GetByLabel("用户名").FillAsync("catalog");
        await page.GetByLabel("密码").FillAsync(DemoData.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/workbench$"));

        await page.GotoAsync("/admin/catalog?q=" + Uri.EscapeDataString("公共场所卫生许可（新办）"));
        await page.GetByTestId("admin-items").GetByRole(AriaRole.Link, new() { Name = "公共场所卫生许可（新办）" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "新建草稿" }).ClickAsync();
        await Expect(page.GetByTestId("message")).ToHaveTextAsync("已新建草稿");

        var section = page.GetByTestId("auto-decision");
        await section.GetByTestId("rule-enabled").CheckAsync();
        await section.GetByTestId("rule-name").FillAsync("小型美容美发场所秒批规则");
        await section.GetByTestId("add-rule-condition").ClickAsync();
        await section.GetByTestId("add-rule-condition").ClickAsync();
        var rows = section.GetByTestId("rule-row");
        await Expect(rows).ToHaveCountAsync(2);
        // The page comes back at the row just added, not at the top of the long form.
        await Expect(rows.Nth(1)).ToBeFocusedAsync();
        Assert.True(await page.EvaluateAsync<double>("window.scrollY") > 1000, "the page did not scroll to the new condition");
        await rows.Nth(0).GetByLabel("条件对象").SelectOptionAsync(new SelectOptionValue { Label = "经营面积（平方米）" });
        await rows.Nth(0).GetByLabel("判断").SelectOptionAsync(new SelectOptionValue { Label = "不大于" });
        // Only what the test reads: an upper bound, no lower bound, no list of values.
        await Expect(section.GetByTestId("rule-max-0")).ToBeVisibleAsync();
        await Expect(section.GetByTestId("rule-min-0")).ToBeHiddenAsync();
        await Expect(section.GetByTestId("rule-values-0")).ToBeHiddenAsync();
        await rows.Nth(1).GetByLabel("条件对象").SelectOptionAsync(new SelectOptionValue { Label = "申请人户籍地" });
        await rows.Nth(1).GetByLabel("判断").SelectOptionAsync(new SelectOptionValue { Label = "在本事项实施区划内" });

        // The bound is missing: refused by its row, and everything typed stays.
        await page.GetByTestId("save").ClickAsync();
        await Expect(page.GetByTestId("errors")).ToContainTextAsync("秒批规则第 1 条：“不大于”须填写数值");
        await Expect(section.GetByTestId("rule-name")).ToHaveValueAsync("小型美容美发场所秒批规则");
        await Expect(rows.Nth(1).GetByLabel("判断")).ToHaveValueAsync("WithinItemRegion");
        await ShootSectionAsync(page, section, "auto-decision-editor-error");

        await rows.Nth(0).GetByLabel("上限（不大于、介于）").FillAsync("200");
        await page.GetByTestId("save").ClickAsync();
        await Expect(page.GetByTestId("message")).ToHaveTextAsync("草稿已保存");
        await Expect(section.GetByTestId("rule-row")).ToHaveCountAsync(2);
        await Expect(section.GetByTestId("rule-max-0")).ToHaveValueAsync("200");
        await ShootSectionAsync(page, section, "auto-decision-editor");

        // The demo item is in force since the seed: the new version starts tomorrow.
        var tomorrow = DateTime.UtcNow.AddHours(8).Date.AddDays(1).ToString("yyyy-MM-dd");
        await page.GetByLabel("生效日期").FillAsync(tomorrow);
        await page.GetByTestId("publish").ClickAsync();
        await Expect(page.GetByTestId("message")).ToHaveTextAsync("已发布");
        await page.GetByRole(AriaRole.Link, new() { Name = "与上一版比较" }).Last.ClickAsync();
        await Expect(page.GetByTestId("diff")).ToContainTextAsync("经营面积（平方米）不大于 200");
        await Expect(page.GetByTestId("diff")).ToContainTextAsync("（未设置秒批）");

        // The demo item that carries a rule says so on its public guide.
        await page.GotoAsync("/admin/catalog?q=" + Uri.EscapeDataString("老年人优待证申领"));
        await page.GetByTestId("admin-items").GetByRole(AriaRole.Link, new() { Name = "老年人优待证申领" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "查看办事指南" }).ClickAsync();
        var guide = page.GetByTestId("auto-decision");
        await Expect(guide).ToContainTextAsync("本事项符合条件的申请可即时自动办结（秒批）");
        await Expect(guide).ToContainTextAsync("申请人年龄不小于 60");
        await Expect(guide).ToContainTextAsync("申请人户籍地在本事项实施区划内");
        await ShootSectionAsync(page, guide, "auto-decision-guide");
    }
}
