using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OneStop.BrowserTests;

/// <summary>
/// The knowledge base and the dispatch catalogue on their pages: a department handler writes an answer and submits
/// it, the hotline centre's dispatcher approves it, an agent finds it with the search panel; the dispatcher checks a
/// suggestion and is asked to confirm a deletion. Every page under the CSP and no wider than 390 px.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class KnowledgePagesTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_department_writes_an_answer_the_dispatcher_publishes_it_and_an_agent_finds_it_beside_the_form()
    {
        await using var context = await fixture.NewContextAsync();
        var handler = await CaseBrowser.SignInAsync(context, "handler");
        var refused = WatchCsp(handler);
        await handler.GotoAsync("/workbench/hotline/knowledge");
        await Expect(handler.GetByTestId("expired-count")).ToContainTextAsync("条知识已过期");
        await ShotsAsync(handler, "kb-department-list");

        await handler.GetByTestId("kb-new").ClickAsync();
        await handler.GetByLabel("标题").FillAsync("二次供水水箱清洗<b>周期</b>");
        await handler.GetByLabel("常见问法（每行一种问法，最多 10 条）").FillAsync("水箱多久洗一次\n二次供水水质");
        await handler.GetByLabel("答复口径").FillAsync("二次供水设施每半年至少清洗消毒一次，由物业服务企业负责并公示水质检测结果。");
        await handler.GetByLabel("诉求分类（可选）").SelectOptionAsync("010216");
        await ShotsAsync(handler, "kb-editor");
        await handler.GetByTestId("kb-save").ClickAsync();
        await Expect(handler.GetByTestId("kb-done")).ToHaveTextAsync("已保存。");
        await handler.GetByTestId("kb-submit").ClickAsync();
        await Expect(handler.GetByTestId("kb-status")).ToHaveTextAsync("待审核");
        var articleUrl = new Uri(handler.Url).AbsolutePath;
        Assert.Empty(refused);

        await using var centre = await fixture.NewContextAsync();
        var dispatcher = await CaseBrowser.SignInAsync(centre, "dispatcher");
        await dispatcher.GotoAsync("/workbench/hotline/knowledge/review");
        await ShotsAsync(dispatcher, "kb-review-queue");
        await dispatcher.GotoAsync(articleUrl);
        await dispatcher.GetByLabel("审核意见（可选）").FillAsync("口径准确");
        await dispatcher.GetByTestId("kb-approve").ClickAsync();
        await Expect(dispatcher.GetByTestId("kb-status")).ToHaveTextAsync("已发布");
        await Expect(dispatcher.Locator("h1")).ToHaveTextAsync("二次供水水箱清洗<b>周期</b>");
        await ShotsAsync(dispatcher, "kb-article");

        await using var console = await fixture.NewContextAsync();
        var agent = await CaseBrowser.SignInAsync(console, "agent");
        var agentRefused = WatchCsp(agent);
        await agent.GotoAsync("/workbench/hotline/knowledge");
        await agent.GetByTestId("kb-q").FillAsync("水箱多久清洗");
        await agent.GetByTestId("kb-search").ClickAsync();
        var hit = agent.GetByTestId("kb-hit").Filter(new() { HasText = "二次供水水箱清洗<b>周期</b>" });
        await Expect(hit).ToBeVisibleAsync();
        await agent.GetByTestId("kb-q").FillAsync("公积金提取");
        await agent.GetByTestId("kb-search").ClickAsync();
        await Expect(agent.GetByTestId("kb-hit").First).ToBeVisibleAsync();
        await ShotsAsync(agent, "kb-search-panel");
        Assert.Empty(agentRefused);
    }

    [Fact]
    public async Task The_dispatcher_checks_a_suggestion_and_must_confirm_before_a_rule_is_deleted()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await CaseBrowser.SignInAsync(context, "dispatcher");
        var refused = WatchCsp(page);
        await page.GotoAsync("/workbench/hotline/dispatch-rules?tryCategory=010216&tryRegion=440106006");
        await Expect(page.GetByTestId("rule-suggestion")).ToContainTextAsync("主办 广州市水务局");
        await ShotsAsync(page, "dispatch-rules");
        await page.GetByTestId("rule-row").First.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/workbench/hotline/dispatch-rules/\\d+$"));
        await page.GetByTestId("rule-delete").ClickAsync();
        await Expect(page.GetByTestId("rule-delete-confirm")).ToBeVisibleAsync();
        // The form below still shows the rule as stored, not an empty choice.
        Assert.NotEqual("", await page.GetByTestId("rule-main").InputValueAsync());
        await ShotsAsync(page, "dispatch-rule-delete-confirm");
        await page.GetByRole(AriaRole.Link, new() { Name = "取消" }).ClickAsync();
        await Expect(page.GetByTestId("rule-delete-confirm")).ToHaveCountAsync(0);
        Assert.Empty(refused);
    }

    /// <summary>Screenshots at 1366 and 390 px; at 390 nothing may be wider than the screen.</summary>
    private static async Task ShotsAsync(IPage page, string name)
    {
        await page.SetViewportSizeAsync(1366, 900);
        await BrowserFixture.ScreenshotAsync(page, "1366-" + name);
        await page.SetViewportSizeAsync(390, 844);
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        await BrowserFixture.ScreenshotAsync(page, "390-" + name);
        await page.SetViewportSizeAsync(1280, 900);
        Assert.True(width <= 390, $"{name} is {width} px wide at 390 px");
    }

    private static List<string> WatchCsp(IPage page)
    {
        var refused = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) refused.Add($"{page.Url}: {message.Text}");
        };
        return refused;
    }
}
