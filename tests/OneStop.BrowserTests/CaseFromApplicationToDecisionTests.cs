using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OneStop.Catalog.Import;
using OneStop.Catalog.Importing;
using OneStop.Catalog.Items;
using static Microsoft.Playwright.Assertions;
using static OneStop.BrowserTests.CaseBrowser;

namespace OneStop.BrowserTests;

/// <summary>
/// The whole way of one application in Chromium, on a real Guangdong item: the citizen applies (over the API, as
/// a real applicant does, on the pages) with one upload and one 容缺 material; the clerk asks for a supplement on the page; the
/// citizen supplies it; the clerk accepts (容缺受理); the approver completes the step and grants; the case page
/// shows 已办结 with its due dates. Every staff page is photographed at 1366 and 390 px.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CaseFromApplicationToDecisionTests(BrowserFixture fixture)
{
    private const string Citizen = "440106199003071231";
    private const string ShotDirectory = "/tmp/shots-staff";

    [Fact]
    public async Task A_citizen_applies_the_clerk_asks_once_then_accepts_and_the_approver_grants()
    {
        var source = SharedGuangdong();
        await using var adminContext = await fixture.NewContextAsync();
        var admin = await SignInAsync(adminContext, "catalog");
        var (itemId, itemName, _) = await PublishRealItemAsync(admin, source);

        // The citizen, on the pages: 在线申请, fill the form, upload every 必要 material, mark the 容缺 one to follow, submit.
        await using var citizenContext = await fixture.NewContextAsync();
        var citizen = await SignInAsync(citizenContext, Citizen);
        await citizen.GotoAsync($"/cases/apply?itemId={itemId}");
        await Expect(citizen).ToHaveURLAsync(new Regex(@"/cases/\d+/edit$"));
        var id = long.Parse(Regex.Match(citizen.Url, @"/cases/(\d+)").Groups[1].Value);
        foreach (var input in await citizen.GetByTestId("form-fields").Locator("input").AllAsync()) await input.FillAsync("天河路 1 号");
        var rows = citizen.GetByTestId("materials").Locator("tbody tr");
        var deferredCount = 0;
        for (var i = 0; i < await rows.CountAsync(); i++)
        {
            var necessity = await rows.Nth(i).Locator("td").Nth(2).InnerTextAsync();
            if (necessity == "必要")
                await citizen.GetByTestId($"file-{i}").SetInputFilesAsync(new FilePayload
                {
                    Name = i == 0 ? "申请书.pdf" : $"材料{i + 1}.pdf", MimeType = "application/pdf",
                    Buffer = System.Text.Encoding.ASCII.GetBytes("%PDF-1.4\n% case\n%%EOF\n"),
                });
            else if (necessity == "容缺") { await citizen.GetByTestId($"defer-{i}").CheckAsync(); deferredCount++; }
        }
        Assert.Equal(1, deferredCount);
        await citizen.GetByTestId("upload-0").ClickAsync();
        await Expect(citizen.GetByTestId("message")).ToHaveTextAsync("文件已上传");
        await citizen.GetByTestId("submit").ClickAsync();
        await Expect(citizen).ToHaveURLAsync(new Regex(@"/cases/\d+\?done=submitted$"));
        var number = (await citizen.GetByTestId("receipt-number").InnerTextAsync()).Trim();

        // The clerk finds it in the queue and asks once for what is wrong with the first material.
        await using var clerkContext = await fixture.NewContextAsync();
        var clerk = await SignInAsync(clerkContext, "clerk");
        await clerk.GotoAsync("/workbench");
        await clerk.GetByRole(AriaRole.Link, new() { Name = "待预审办件" }).First.ClickAsync();
        await clerk.GetByTestId("list-q").FillAsync(number);
        await clerk.GetByRole(AriaRole.Button, new() { Name = "查找" }).ClickAsync();
        await Expect(clerk.GetByTestId("queue-row")).ToHaveCountAsync(1);
        await Expect(clerk.GetByTestId("queue")).ToContainTextAsync(number);
        await Expect(clerk.GetByTestId("queue")).ToContainTextAsync("张*");
        await ShotsAsync(clerk, "pre-review-queue");
        await clerk.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
        await Expect(clerk.GetByTestId("accept")).ToHaveTextAsync("容缺受理");
        await ShotsAsync(clerk, "clerk-case");
        var firstCheck = clerk.GetByTestId("check").First;
        await firstCheck.GetByTestId("needs-fix").CheckAsync();
        await firstCheck.GetByTestId("problem").FillAsync("缺少申请人签字");
        await clerk.GetByTestId("request-supplement").ClickAsync();
        await Expect(clerk.GetByTestId("message")).ToHaveTextAsync("已发出一次性告知补正通知");
        await Expect(clerk.GetByTestId("case-state")).ToHaveTextAsync("待补正");
        await Expect(clerk.GetByTestId("supplement-notice")).ToContainTextAsync("缺少申请人签字");
        await ShotsAsync(clerk, "clerk-supplement-sent");

        // The citizen supplies the signed form and answers.
        await citizen.GotoAsync($"/cases/{id}");
        await citizen.GetByTestId("answer-link").ClickAsync();
        await Expect(citizen.GetByTestId("supplement-notice")).ToContainTextAsync("缺少申请人签字");
        await citizen.GetByTestId("file-0").SetInputFilesAsync(new FilePayload
        {
            Name = "申请书（已签字）.pdf", MimeType = "application/pdf", Buffer = System.Text.Encoding.ASCII.GetBytes("%PDF-1.4\n% signed\n%%EOF\n"),
        });
        await citizen.GetByTestId("answer").ClickAsync();
        await Expect(citizen.GetByTestId("message")).ToContainTextAsync("补正材料已提交");

        // The clerk accepts; the 容缺 material is due later.
        await clerk.GotoAsync($"/workbench/cases/{id}");
        await Expect(clerk.GetByTestId("deferred-due")).ToHaveTextAsync(new Regex(@"^\d{4}-\d{2}-\d{2}$"));
        await clerk.GetByTestId("accept").ClickAsync();
        // 受理 starts the clock and cannot be undone: the page asks first and repeats the 容缺 due date.
        await Expect(clerk.GetByTestId("accept-confirm")).ToContainTextAsync("容缺材料须在");
        await clerk.GetByTestId("accept-confirmed").ClickAsync();
        await Expect(clerk.GetByTestId("message")).ToHaveTextAsync("已受理");
        await Expect(clerk.GetByTestId("case-state")).ToHaveTextAsync("审查中");

        // The approver: my tasks, the case page, complete the step, grant after confirming.
        await using var approverContext = await fixture.NewContextAsync();
        var approver = await SignInAsync(approverContext, "approver");
        await approver.GotoAsync("/workbench");
        await approver.GetByRole(AriaRole.Link, new() { Name = "待审批办件" }).First.ClickAsync();
        await Expect(approver.GetByTestId("tasks")).ToContainTextAsync(number);
        await ShotsAsync(approver, "approver-tasks");
        await approver.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
        await Expect(approver.GetByTestId("steps")).ToContainTextAsync("办理中");
        await Expect(approver.GetByTestId("due-explanation")).ToBeVisibleAsync();
        await ShotsAsync(approver, "approver-case");
        await approver.GetByTestId("opinion").FillAsync("经审核，材料符合要求");
        await approver.GetByTestId("complete-step").ClickAsync();
        await Expect(approver.GetByTestId("message")).ToHaveTextAsync("本环节已完成");
        while (await approver.GetByTestId("complete-step").CountAsync() > 0)
        {
            await approver.GetByTestId("opinion").FillAsync("同意");
            await approver.GetByTestId("complete-step").ClickAsync();
            await Expect(approver.GetByTestId("message")).ToHaveTextAsync("本环节已完成");
        }
        await approver.GetByTestId("grant").CheckAsync();
        await approver.GetByTestId("decide").ClickAsync();
        await Expect(approver.GetByTestId("decide-confirm")).ToBeVisibleAsync();
        await ShotsAsync(approver, "approver-decide-confirm");
        await approver.GetByTestId("decide-confirmed").ClickAsync();
        await Expect(approver.GetByTestId("message")).ToHaveTextAsync("已作出决定");
        await Expect(approver.GetByTestId("case-state")).ToHaveTextAsync("已办结");
        await Expect(approver.GetByTestId("decision")).ToContainTextAsync("准予");
        await Expect(approver.GetByTestId("statutory-due")).ToHaveTextAsync(new Regex(@"^\d{4}-\d{2}-\d{2}$"));
        await Expect(approver.GetByTestId("promised-due")).ToHaveTextAsync(new Regex(@"^\d{4}-\d{2}-\d{2}$"));
        await ShotsAsync(approver, "approver-case-decided");
        await Expect(approver.Locator("h1")).ToHaveTextAsync(itemName);
        await citizen.GotoAsync($"/cases/{id}");
        await Expect(citizen.Locator("body")).ToContainTextAsync("当前状态：已办结");
        await Expect(citizen.Locator("body")).ToContainTextAsync("准予");
        await Expect(citizen.Locator("body")).ToContainTextAsync("承诺办结日");

        // 窗口受理: the clerk finds the same item by its name and starts a case for a walk-in applicant.
        await clerk.GotoAsync("/workbench/cases/window");
        await clerk.GetByTestId("item-query").FillAsync(itemName);
        await clerk.GetByTestId("search-items").ClickAsync();
        await clerk.GetByTestId("item-choice").First.CheckAsync();
        await clerk.GetByTestId("id-number").FillAsync("440106198511124569");
        await ShotsAsync(clerk, "window-search");
        await clerk.GetByTestId("start-window-case").ClickAsync();
        await Expect(clerk).ToHaveURLAsync(new Regex(@"/workbench/cases/\d+/fill$"));
        await Expect(clerk.GetByTestId("fill-form")).ToBeVisibleAsync();
        await ShotsAsync(clerk, "window-fill");
    }

    /// <summary>A real 行政许可 item of the Guangdong catalog (ONESTOP_SHARED_DATA), or a skip when the data is absent.</summary>
    private static IReadOnlyList<ImportedItem> SharedGuangdong()
    {
        var root = SharedDataRoot();
        if (root is null) Assert.Skip("ONESTOP_SHARED_DATA not found: the real Guangdong catalog is needed for this test");
        return GuangdongCatalogReader.Read(Path.Combine(root, "gov-service-items/guangdong-gdzwfw/policy.jsonl"))
            .OfType<ImportRow.Accepted>().Select(r => r.Item)
            .Where(i => i.KindText == "行政许可" && i.Materials.Count is >= 2 and <= 6 && i.StatutoryLimit is { WorkingDays: true, Days: > 5 }
                && i.PromisedLimit is { WorkingDays: true, Days: > 0 })
            .Take(30).ToList();
    }

    private static string? SharedDataRoot()
    {
        var configured = Environment.GetEnvironmentVariable("ONESTOP_SHARED_DATA");
        if (!string.IsNullOrWhiteSpace(configured)) return Directory.Exists(configured) ? configured : null;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared", "data");
            if (File.Exists(Path.Combine(dir.FullName, "OneStop.slnx")) && Directory.Exists(candidate)) return Path.GetFullPath(candidate);
        }
        return null;
    }

    /// <summary>
    /// Publishes a real item in 天河区, routed to the district's 市场监管局 (the demo approver's department). The source
    /// gives no process steps, so the five that 行政许可 must have are added, one 容缺 material is marked, and one form
    /// field asked; the rest is the source's.
    /// </summary>
    private static async Task<(long Id, string Name, int Materials)> PublishRealItemAsync(IPage admin, IReadOnlyList<ImportedItem> candidates)
    {
        foreach (var source in candidates)
        {
            var real = ImportMapping.ToContent(source);
            var content = real with
            {
                ImplementationCode = "BR" + Guid.NewGuid().ToString("N")[..20].ToUpperInvariant(),
                RegionCode = "440106", DepartmentName = "广州市天河区市场监督管理局",
                Channels = [HandlingChannel.Window, HandlingChannel.Online], RequiredVisits = 0,
                Steps = [new("受理"), new("审核", null, 3), new("审批"), new("办结"), new("送达")],
                Materials = real.Materials.Select((m, i) => i == 1 ? m with { Necessity = MaterialNecessity.Deferrable } : m).ToList(),
                FormFields = [new("contactAddress", "联系地址")],
            };
            var created = await admin.APIRequest.PostAsync("/api/catalog/items", new()
            {
                DataString = JsonSerializer.Serialize(content, CatalogJson.Options), Headers = await HeadersAsync(admin),
            });
            if (!created.Ok) continue;
            var id = (await created.JsonAsync())!.Value.GetProperty("id").GetInt64();
            var published = await admin.APIRequest.PostAsync($"/api/catalog/items/{id}/publish", new() { DataString = "{}", Headers = await HeadersAsync(admin) });
            if (published.Ok) return (id, content.DisplayName, content.Materials.Count);
        }
        throw new InvalidOperationException("no real Guangdong 行政许可 item passed the publishing checks");
    }

    /// <summary>The page at desk and at phone width (saved with the test output and under /tmp/shots-staff to look at).</summary>
    private static async Task ShotsAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ShotDirectory);
        foreach (var width in new[] { 1366, 390 })
        {
            await page.SetViewportSizeAsync(width, 900);
            var path = await BrowserFixture.ScreenshotAsync(page, $"case-{name}-{width}");
            File.Copy(path, Path.Combine(ShotDirectory, Path.GetFileName(path)), overwrite: true);
        }
        await page.SetViewportSizeAsync(1280, 900);
    }
}
