using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OneStop.Catalog.Items;
using OneStop.Platform.Demo;
using static Microsoft.Playwright.Assertions;

namespace OneStop.BrowserTests;

/// <summary>A catalog administrator works only with Chinese forms: no JSON, no English codes on any page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CatalogEditorTests(BrowserFixture fixture)
{
    /// <summary>Every English value name a catalog enum or source has; none may be visible text on a catalog page.</summary>
    private static readonly string[] EnglishNames =
    [
        .. Enum.GetNames<VersionStatus>(), .. Enum.GetNames<ItemKind>(), .. Enum.GetNames<MaterialNecessity>(),
        .. Enum.GetNames<MaterialForm>(), .. Enum.GetNames<MaterialSource>(), .. Enum.GetNames<HandlingChannel>(),
        .. Enum.GetNames<CaseType>(), .. Enum.GetNames<CrossRegionScope>(), .. Enum.GetNames<ResultType>()
            .Where(n => n != "None"), "admin", "local", "demo", "mainItemName", "materials[", "promisedLimitDays",
    ];

    private static async Task AssertChineseOnlyAsync(IPage page)
    {
        var text = await page.Locator("main").InnerTextAsync();
        var english = EnglishNames.Where(n => Regex.IsMatch(text, $@"(?<![A-Za-z]){Regex.Escape(n)}(?![A-Za-z])")).ToList();
        Assert.True(english.Count == 0, $"{page.Url} shows English names: {string.Join(", ", english)}");
        Assert.DoesNotContain("{\"", text);
    }

    private static async Task ShootAsync(IPage page, string name)
    {
        await page.SetViewportSizeAsync(390, 900);
        await BrowserFixture.ScreenshotAsync(page, name + "-390");
        await page.SetViewportSizeAsync(1366, 900);
        await BrowserFixture.ScreenshotAsync(page, name + "-1366");
    }

    [Fact]
    public async Task Catalog_administrator_creates_edits_publishes_and_retires_an_item_in_the_Chinese_form()
    {
        await using var browser = await fixture.NewContextAsync();
        var page = await browser.NewPageAsync();
        await SignInAsync(page);
        var name = "临时救助金申领" + Guid.NewGuid().ToString("N")[..4];

        await page.GotoAsync("/admin/catalog/new");
        var editor = page.GetByTestId("editor");
        await editor.GetByLabel("主项名称").FillAsync(name);
        await editor.GetByLabel("事项类型").SelectOptionAsync(new SelectOptionValue { Label = "行政给付" });
        await editor.GetByLabel("实施主体（部门）").FillAsync("广州市天河区民政局");
        await editor.GetByLabel("实施编码", new() { Exact = true }).FillAsync("EDITOR" + Guid.NewGuid().ToString("N")[..12]);
        await editor.GetByLabel("行政区划代码").FillAsync("440106");
        await editor.GetByLabel("法定时限（工作日）").FillAsync("20");
        await editor.GetByLabel("承诺时限（工作日）").FillAsync("10");
        await editor.GetByLabel("到现场原因（需到现场时填写）").FillAsync("核验身份证件原件");

        // Two rows more: one filled in, one left without a name, which the checker must point at by row.
        await page.GetByTestId("add-material").ClickAsync();
        await page.GetByTestId("add-material").ClickAsync();
        var rows = page.GetByTestId("material-row");
        await Expect(rows).ToHaveCountAsync(3);
        await rows.Nth(1).GetByLabel("名称").FillAsync("户口簿");
        await rows.Nth(1).GetByLabel("来源").SelectOptionAsync(new SelectOptionValue { Label = "政府部门核发" });
        await rows.Nth(1).GetByLabel("证照类型").SelectOptionAsync(new SelectOptionValue { Label = "户口簿" });
        await page.GetByTestId("save").ClickAsync();

        await Expect(page.GetByTestId("errors")).ToContainTextAsync("申请材料第 3 行：名称不能为空");
        await Expect(editor.GetByLabel("主项名称")).ToHaveValueAsync(name);
        await Expect(rows.Nth(1).GetByLabel("名称")).ToHaveValueAsync("户口簿");
        await Expect(rows.Nth(1).GetByLabel("证照类型")).ToHaveValueAsync("户口簿");
        await AssertChineseOnlyAsync(page);
        await ShootAsync(page, "catalog-editor-error");

        await page.GetByTestId("remove-materials-2").ClickAsync();
        await Expect(rows).ToHaveCountAsync(2);
        await page.GetByTestId("save").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/admin/catalog/\d+\?done=created$"));
        var itemUrl = page.Url.Split('?')[0];
        await Expect(page.GetByTestId("message")).ToHaveTextAsync("已保存为草稿");
        await AssertChineseOnlyAsync(page);

        await page.GetByTestId("publish").ClickAsync();
        await Expect(page.GetByTestId("message")).ToHaveTextAsync("已发布");
        await Expect(page.GetByTestId("versions")).ToContainTextAsync("已发布");
        await AssertChineseOnlyAsync(page);

        // The next version: a shorter promise, starting in a week.
        await page.GetByRole(AriaRole.Button, new() { Name = "新建草稿" }).ClickAsync();
        await Expect(page.GetByTestId("message")).ToHaveTextAsync("已新建草稿");
        await page.GetByTestId("promisedLimitDays").FillAsync("8");
        await page.GetByTestId("save").ClickAsync();
        await Expect(page.GetByTestId("message")).ToHaveTextAsync("草稿已保存");
        var nextWeek = DateTime.UtcNow.AddHours(8).Date.AddDays(7).ToString("yyyy-MM-dd");
        await page.GetByLabel("生效日期").FillAsync(nextWeek);
        await page.GetByTestId("publish").ClickAsync();
        await Expect(page.GetByTestId("message")).ToHaveTextAsync("已发布");

        await page.GetByRole(AriaRole.Link, new() { Name = "与上一版比较" }).ClickAsync();
        var diff = page.GetByTestId("diff");
        await Expect(diff).ToContainTextAsync("承诺时限");
        await Expect(diff).ToContainTextAsync("10 个工作日");
        await Expect(diff).ToContainTextAsync("8 个工作日");
        await AssertChineseOnlyAsync(page);
        await ShootAsync(page, "catalog-diff");

        await page.GotoAsync(itemUrl);
        await page.GetByTestId("retire").ClickAsync();
        var confirm = page.GetByTestId("retire-confirm");
        await Expect(confirm).ToContainTextAsync("第 2 版");
        await AssertChineseOnlyAsync(page);
        await ShootAsync(page, "catalog-retire-confirm");
        await confirm.GetByTestId("retire-confirmed").ClickAsync();
        await Expect(page.GetByTestId("message")).ToHaveTextAsync("已停止实施");
        await AssertChineseOnlyAsync(page);

        await page.GotoAsync("/admin/catalog?q=" + Uri.EscapeDataString(name));
        await Expect(page.GetByTestId("admin-items")).ToContainTextAsync(name);
        await AssertChineseOnlyAsync(page);
    }

    [Fact]
    public async Task Catalog_administrator_composes_publishes_and_retires_a_bundle_by_picking_items_by_name()
    {
        await using var browser = await fixture.NewContextAsync();
        var page = await browser.NewPageAsync();
        await SignInAsync(page);
        await page.GotoAsync("/admin/catalog/bundles");
        var form = page.GetByTestId("bundle-form");
        var name = "开办小餐馆" + Guid.NewGuid().ToString("N")[..4];
        await form.GetByTestId("bundle-code").FillAsync("YJS" + Guid.NewGuid().ToString("N")[..8]);
        await form.GetByTestId("bundle-name").FillAsync(name);
        await form.GetByTestId("bundle-limit").FillAsync("5");
        await form.GetByLabel("区划代码").FillAsync("440106");

        await form.GetByTestId("bundle-search").FillAsync("食品经营许可");
        await form.GetByTestId("bundle-find").ClickAsync();
        await page.GetByTestId("bundle-matches").Locator("tr", new() { HasText = "食品经营许可（新办）" })
            .GetByRole(AriaRole.Button, new() { Name = "添加" }).ClickAsync();
        await Expect(page.GetByTestId("bundle-members")).ToContainTextAsync("食品经营许可（新办）");

        // One member only: refused, and what was typed stays.
        await page.GetByTestId("bundle-save").ClickAsync();
        await Expect(page.GetByTestId("errors")).ToContainTextAsync("至少包含两个事项");
        await Expect(page.GetByTestId("bundle-name")).ToHaveValueAsync(name);
        await Expect(page.GetByTestId("bundle-members")).ToContainTextAsync("食品经营许可（新办）");
        await ShootAsync(page, "catalog-bundle-picker");

        await page.GetByTestId("bundle-search").FillAsync("个体工商户");
        await page.GetByTestId("bundle-find").ClickAsync();
        await page.GetByTestId("bundle-matches").Locator("tr", new() { HasText = "个体工商户设立登记" })
            .GetByRole(AriaRole.Button, new() { Name = "添加" }).ClickAsync();
        await page.GetByTestId("bundle-save").ClickAsync();
        await Expect(page.GetByTestId("message")).ToHaveTextAsync("已保存草稿");
        await AssertChineseOnlyAsync(page);

        var row = page.GetByTestId("admin-bundles").Locator("tr", new() { HasText = name });
        await Expect(row).ToContainTextAsync("草稿");
        await row.GetByRole(AriaRole.Button, new() { Name = "发布" }).ClickAsync();
        await Expect(page.GetByTestId("message")).ToHaveTextAsync("已发布");
        await Expect(row).ToContainTextAsync("已发布");
        await AssertChineseOnlyAsync(page);

        await row.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        await page.GetByTestId("bundle-members").GetByRole(AriaRole.Link, new() { Name = "个体工商户设立登记" }).ClickAsync();
        await Expect(page.GetByTestId("guide")).ToContainTextAsync("个体工商户设立登记");
        await Expect(page.GetByTestId("breadcrumb")).ToContainTextAsync("我要办事");
        await ShootAsync(page, "catalog-guide-breadcrumb");

        // 停止实施 asks first; after confirming, the bundle is retired and leaves the public list.
        await page.GotoAsync("/admin/catalog/bundles");
        var published = page.GetByTestId("admin-bundles").Locator("tr", new() { HasText = name });
        var retire = published.GetByRole(AriaRole.Button, new() { Name = "确认停止实施" });
        await Expect(retire).Not.ToBeVisibleAsync();
        await published.GetByText("停止实施…").ClickAsync();
        await Expect(published).ToContainTextAsync("群众将看不到这件“一件事”");
        await retire.ClickAsync();
        await Expect(page.GetByTestId("message")).ToHaveTextAsync("已停止实施");
        await Expect(page.GetByTestId("admin-bundles").Locator("tr", new() { HasText = name })).ToContainTextAsync("已停止实施");
        await AssertChineseOnlyAsync(page);
        await page.GotoAsync("/services/bundles");
        await Expect(page.Locator("main")).Not.ToContainTextAsync(name);
    }

    [Fact]
    public async Task Catalog_administrator_derives_a_local_item_from_a_region_list_and_publishes_its_variation()
    {
        await using var browser = await fixture.NewContextAsync();
        var page = await browser.NewPageAsync();
        await SignInAsync(page);
        await page.GotoAsync("/admin/catalog?q=" + Uri.EscapeDataString("内资有限责任公司设立登记"));
        await page.GetByTestId("admin-items").GetByRole(AriaRole.Link, new() { Name = "内资有限责任公司设立登记" }).First.ClickAsync();

        await page.GetByText("下级区划本地实施").ClickAsync();
        var region = page.GetByTestId("derive-region");
        var free = await region.Locator("option:not([disabled])").First.GetAttributeAsync("value");
        await region.SelectOptionAsync(free!);
        await page.GetByTestId("derive-code").FillAsync("LOCAL" + Guid.NewGuid().ToString("N")[..10]);
        await page.GetByTestId("derive").GetByLabel("本地承诺时限（工作日）").FillAsync("2");
        await page.GetByTestId("derive").GetByRole(AriaRole.Button, new() { Name = "保存本地事项（草稿，发布后生效）" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/admin/catalog/\d+\?done=created$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("内资有限责任公司设立登记");
        await Expect(page.GetByTestId("merged")).ToContainTextAsync("2 个工作日");
        await AssertChineseOnlyAsync(page);

        await page.GetByTestId("variation").GetByLabel("本地承诺时限（工作日）").FillAsync("1");
        await page.GetByTestId("save-variation").ClickAsync();
        await Expect(page.GetByTestId("message")).ToHaveTextAsync("本地差异已保存为草稿，发布后生效");
        await page.GetByTestId("publish").ClickAsync();
        await Expect(page.GetByTestId("message")).ToHaveTextAsync("已发布");
        await Expect(page.GetByTestId("merged")).ToContainTextAsync("1 个工作日");
        await AssertChineseOnlyAsync(page);
        await ShootAsync(page, "catalog-derived-item");
    }

    private static async Task SignInAsync(IPage page)
    {
        await page.GotoAsync("/login");
        await page.GetByLabel("用户名").FillAsync("catalog");
        await page.GetByLabel("密码").FillAsync(DemoData.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/workbench$"));
    }
}
