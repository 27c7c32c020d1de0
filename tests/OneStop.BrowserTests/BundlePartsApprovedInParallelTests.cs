using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static OneStop.BrowserTests.CaseBrowser;

namespace OneStop.BrowserTests;

/// <summary>
/// 一件事一次办 in Chromium: a citizen applies for the demo bundle 食品小经营店开办 (区市场监管局 ×2, 区城管局); the clerk
/// accepts it once on the page; the two departments' approvers grant their parts on their own pages at the same time;
/// each sees only its own parts; the citizen's case page shows every part decided and the bundle 已办结.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BundlePartsApprovedInParallelTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Two_departments_approve_their_parts_of_one_bundle_in_parallel()
    {
        await using var citizenContext = await fixture.NewContextAsync();
        var citizen = await SignInAsync(citizenContext, "440106198511124569");
        var bundles = await CallAsync(citizen, "GET", "/api/catalog/bundles", null);
        var bundleId = bundles.EnumerateArray().Single(b => b.GetProperty("code").GetString() == "TH-YJS-003").GetProperty("id").GetInt64();
        var draft = await CallAsync(citizen, "POST", "/api/cases", new { bundleId });
        var id = draft.GetProperty("id").GetInt64();
        // What the profile filled in stays; the rest gets a value of its field's kind.
        var fields = draft.GetProperty("fields").EnumerateArray().ToDictionary(f => f.GetProperty("key").GetString()!,
            f => f.GetProperty("value").GetString() ?? f.GetProperty("kind").GetString() switch
            {
                "Number" => "60", "Phone" => "02038880000", "Date" => "2026-11-01",
                "Choice" => f.GetProperty("options")[0].GetString()!, _ => "天河区体育西路 103 号",
            });
        var materials = draft.GetProperty("materials").EnumerateArray().ToList();
        await CallAsync(citizen, "PUT", $"/api/cases/{id}/draft", new
        {
            fields, deferred = materials.Where(m => m.GetProperty("deferrable").GetBoolean()).Select(m => m.GetProperty("index").GetInt32()).ToArray(),
        });
        foreach (var m in materials.Where(m => m.GetProperty("required").GetBoolean() && !m.GetProperty("deferrable").GetBoolean()
            && m.GetProperty("status").GetString() != "Waived"))
            await UploadAsync(citizen, id, m.GetProperty("index").GetInt32());
        var number = (await CallAsync(citizen, "POST", $"/api/cases/{id}/submit", new { })).GetProperty("number").GetString()!;

        // One acceptance at the comprehensive window dispatches every part at once.
        await using var clerkContext = await fixture.NewContextAsync();
        var clerk = await SignInAsync(clerkContext, "clerk");
        await clerk.GotoAsync($"/workbench/cases/{id}");
        await clerk.GetByTestId("accept").ClickAsync();
        await clerk.GetByTestId("accept-confirmed").ClickAsync();
        await Expect(clerk.GetByTestId("case-state")).ToHaveTextAsync("审查中");
        var parts = (await CallAsync(citizen, "GET", $"/api/cases/{id}", null)).GetProperty("parts").EnumerateArray()
            .Select(p => (Id: p.GetProperty("id").GetInt64(), Number: p.GetProperty("number").GetString()!, Department: p.GetProperty("departmentName").GetString()!))
            .ToList();
        Assert.Equal(3, parts.Count);
        Assert.Equal(2, parts.Select(p => p.Department).Distinct().Count());

        await using var marketContext = await fixture.NewContextAsync();
        await using var cityContext = await fixture.NewContextAsync();
        var market = await SignInAsync(marketContext, "approver");
        var city = await SignInAsync(cityContext, "cgj-approver");
        var marketParts = parts.Where(p => p.Department.Contains("市场监督")).ToList();
        var cityParts = parts.Except(marketParts).ToList();
        await ExpectTasksAsync(market, number, marketParts.Select(p => p.Number), cityParts.Select(p => p.Number));
        await ExpectTasksAsync(city, number, cityParts.Select(p => p.Number), marketParts.Select(p => p.Number));

        // Both departments work at the same time, each on its own page.
        await Task.WhenAll(GrantAllAsync(market, marketParts.Select(p => p.Id)), GrantAllAsync(city, cityParts.Select(p => p.Id)));

        var main = await CallAsync(citizen, "GET", $"/api/cases/{id}", null);
        Assert.Equal("Decided", main.GetProperty("state").GetString());
        Assert.Equal("Granted", main.GetProperty("decision").GetString());
        await citizen.GotoAsync($"/cases/{id}");
        await Expect(citizen.Locator("body")).ToContainTextAsync("各事项办理情况");
        foreach (var part in parts) await Expect(citizen.Locator("body")).ToContainTextAsync(part.Number);
        await Expect(citizen.Locator("body")).ToContainTextAsync("当前状态：已办结");
        await BrowserFixture.ScreenshotAsync(citizen, "bundle-decided-1280");
        await citizen.SetViewportSizeAsync(390, 900);
        await BrowserFixture.ScreenshotAsync(citizen, "bundle-decided-390");
    }

    /// <summary>The department's tasks found by the main case's number (every part's number starts with it).</summary>
    private static async Task ExpectTasksAsync(IPage page, string mainNumber, IEnumerable<string> mine, IEnumerable<string> others)
    {
        await page.GotoAsync($"/workbench/cases/tasks?q={Uri.EscapeDataString(mainNumber)}");
        foreach (var n in mine) await Expect(page.GetByTestId("tasks")).ToContainTextAsync(n);
        foreach (var n in others) await Expect(page.GetByTestId("tasks")).Not.ToContainTextAsync(n);
    }

    private static async Task GrantAllAsync(IPage page, IEnumerable<long> ids)
    {
        foreach (var id in ids)
        {
            await page.GotoAsync($"/workbench/cases/{id}");
            await Expect(page.Locator("body")).ToContainTextAsync("一件事");
            while (await page.GetByTestId("complete-step").CountAsync() > 0)
            {
                await page.GetByTestId("opinion").FillAsync("同意");
                await page.GetByTestId("complete-step").ClickAsync();
                await Expect(page.GetByTestId("message")).ToHaveTextAsync("本环节已完成");
            }
            await page.GetByTestId("grant").CheckAsync();
            await page.GetByTestId("decide").ClickAsync();
            await page.GetByTestId("decide-confirmed").ClickAsync();
            await Expect(page.GetByTestId("message")).ToHaveTextAsync("已作出决定");
            await Expect(page.GetByTestId("case-state")).ToHaveTextAsync("已办结");
        }
    }
}
