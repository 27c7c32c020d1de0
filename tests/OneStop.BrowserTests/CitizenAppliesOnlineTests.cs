using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OneStop.Cases.Domain;
using OneStop.Platform.Demo;
using static Microsoft.Playwright.Assertions;

namespace OneStop.BrowserTests;

/// <summary>
/// A citizen finds a demo item, presses 在线申请, signs in on the way, fills the form, uploads a PDF, marks the 容缺
/// material to follow, submits, finds the case in 我的办件 and looks it up on the public progress page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CitizenAppliesOnlineTests(BrowserFixture fixture)
{
    private const string Item = "个体工商户设立登记";

    /// <summary>English value names a case page must never show as text.</summary>
    private static readonly string[] EnglishNames =
        [.. Enum.GetNames<CaseState>(), .. Enum.GetNames<MaterialStatus>(), .. Enum.GetNames<CaseAction>(), .. Enum.GetNames<ApplicantType>()];

    private static readonly byte[] Pdf = System.Text.Encoding.ASCII.GetBytes("%PDF-1.4\n% browser test\n%%EOF\n");

    [Fact]
    public async Task A_citizen_applies_online_from_the_guide_and_follows_the_case_to_the_public_progress_page()
    {
        await using var browser = await fixture.NewContextAsync();
        var page = await browser.NewPageAsync();
        var refused = new List<string>();
        page.Console += (_, m) => { if (m.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) refused.Add($"{page.Url}: {m.Text}"); };
        var tooWide = new List<string>();

        await page.GotoAsync("/services?q=" + Uri.EscapeDataString("个体工商户登记"));
        await page.GetByTestId("results").GetByRole(AriaRole.Link, new() { Name = Item, Exact = true }).First.ClickAsync();
        await ShootAsync(page, "applicant-guide", tooWide);
        await page.GetByTestId("apply-online").ClickAsync();

        // Not signed in: the sign-in page, then straight back to the new draft's form.
        await Expect(page).ToHaveURLAsync(new Regex("/login"));
        await page.GetByLabel("用户名").FillAsync("440106199003071231");
        await page.GetByLabel("密码").FillAsync(DemoData.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/cases/\d+/edit"));
        var caseUrl = Regex.Match(page.Url, @"/cases/\d+").Value;
        await Expect(page.GetByTestId("applicant")).ToContainTextAsync("440106********1231");

        await FillFormAsync(page);
        var rows = page.GetByTestId("materials").Locator("tbody tr");
        var uploaded = 0;
        var deferred = 0;
        for (var i = 0; i < await rows.CountAsync(); i++)
        {
            var necessity = await rows.Nth(i).Locator("td").Nth(2).InnerTextAsync();
            if (necessity == "必要")
            {
                await page.GetByTestId($"file-{i}").SetInputFilesAsync(new FilePayload { Name = $"材料{i + 1}.pdf", MimeType = "application/pdf", Buffer = Pdf });
                uploaded++;
            }
            else if (necessity == "容缺")
            {
                await page.GetByTestId($"defer-{i}").CheckAsync();
                deferred++;
            }
        }
        Assert.True(uploaded > 0 && deferred > 0, $"{Item} should have a required and a 容缺 material");
        await page.GetByTestId($"upload-0").ClickAsync();
        await Expect(page.GetByTestId("message")).ToHaveTextAsync("文件已上传");
        await Expect(page.GetByTestId("materials")).ToContainTextAsync("材料1.pdf");
        await Expect(page.GetByTestId("materials").Locator("input[name=deferred]:checked")).ToHaveCountAsync(deferred);
        await AssertChineseOnlyAsync(page);
        await ShootAsync(page, "applicant-form", tooWide);

        await page.GetByTestId("submit").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/cases/\d+\?done=submitted$"));
        var number = (await page.GetByTestId("receipt-number").InnerTextAsync()).Trim();
        Assert.Matches(@"^\d{6}-\d{8}-\d{6}$", number);
        await Expect(page.GetByTestId("history")).ToContainTextAsync("提交申请");
        await Expect(page.GetByTestId("materials")).ToContainTextAsync("容缺后补");
        await AssertChineseOnlyAsync(page);
        await ShootAsync(page, "applicant-receipt", tooWide);

        await page.GotoAsync($"{caseUrl}?confirm=withdraw");
        await Expect(page.GetByTestId("confirm-withdraw")).ToBeVisibleAsync();
        await ShootAsync(page, "applicant-withdraw-confirm", tooWide);

        await page.GotoAsync("/me/cases");
        await Expect(page.GetByTestId("my-cases")).ToContainTextAsync(number);
        await AssertChineseOnlyAsync(page);
        await ShootAsync(page, "applicant-my-cases", tooWide);

        await browser.ClearCookiesAsync();
        await page.GotoAsync("/cases/progress");
        await page.GetByTestId("number").FillAsync(number);
        await page.GetByTestId("id-tail").FillAsync("071231");
        await page.GetByTestId("lookup").ClickAsync();
        await Expect(page.GetByTestId("progress")).ToContainTextAsync(number);
        await Expect(page.GetByTestId("progress")).ToContainTextAsync("张*");
        await Expect(page.GetByTestId("progress")).Not.ToContainTextAsync("张三");
        await AssertChineseOnlyAsync(page);
        await ShootAsync(page, "applicant-progress", tooWide);

        Assert.True(refused.Count == 0, "CSP refusals:\n" + string.Join("\n", refused));
        Assert.True(tooWide.Count == 0, "wider than 390 px:\n" + string.Join("\n", tooWide));
    }

    [Fact]
    public async Task A_citizen_answers_the_one_time_notice_and_reads_why_the_case_is_due_on_its_day()
    {
        await using var browser = await fixture.NewContextAsync();
        var page = await browser.NewPageAsync();
        var refused = new List<string>();
        page.Console += (_, m) => { if (m.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) refused.Add($"{page.Url}: {m.Text}"); };
        var tooWide = new List<string>();
        await SignInAsync(page, "440106198511124569");
        await page.GotoAsync("/services?q=" + Uri.EscapeDataString("有限责任公司设立登记"));
        await page.GetByTestId("results").GetByRole(AriaRole.Link, new() { Name = "有限责任公司设立登记" }).First.ClickAsync();
        await page.GetByTestId("apply-online").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/cases/\d+/edit"));
        var id = long.Parse(Regex.Match(page.Url, @"/cases/(\d+)").Groups[1].Value);

        // Submitting with nothing attached: every missing material is named, by its Chinese name.
        await page.GetByTestId("submit").ClickAsync();
        await Expect(page.GetByTestId("errors")).ToContainTextAsync("请上传");
        await ShootAsync(page, "applicant-form-errors", tooWide);
        await FillMaterialsAsync(page);
        await page.GetByTestId("submit").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"\?done=submitted$"));

        await using var clerk = await fixture.NewContextAsync();
        await StaffPostAsync(clerk, "clerk", $"/api/cases/{id}/supplement",
            """{"items":[{"material":"申请书","problem":"未签名"},{"material":"住所使用证明","problem":"复印件不清晰"}],"note":"请一次补齐"}""");
        await page.GotoAsync($"/cases/{id}");
        await page.GetByTestId("answer-link").ClickAsync();
        await Expect(page.GetByTestId("supplement-notice")).ToContainTextAsync("复印件不清晰");
        await page.GetByTestId("file-0").SetInputFilesAsync(new FilePayload { Name = "申请书（已签名）.pdf", MimeType = "application/pdf", Buffer = Pdf });
        await AssertChineseOnlyAsync(page);
        await ShootAsync(page, "applicant-supplement", tooWide);
        await page.GetByTestId("answer").ClickAsync();
        await Expect(page.GetByTestId("message")).ToContainTextAsync("补正材料已提交");

        await StaffPostAsync(clerk, "clerk", $"/api/cases/{id}/accept", """{"note":"材料齐全"}""", signIn: false);
        await page.GotoAsync($"/cases/{id}");
        await page.GetByTestId("clock").Locator("summary").ClickAsync();
        await Expect(page.GetByTestId("clock")).ToContainTextAsync("受理");
        await Expect(page.GetByTestId("history")).ToContainTextAsync("一次性告知补正");
        await AssertChineseOnlyAsync(page);
        await ShootAsync(page, "applicant-accepted-detail", tooWide);

        Assert.True(refused.Count == 0, "CSP refusals:\n" + string.Join("\n", refused));
        Assert.True(tooWide.Count == 0, "wider than 390 px:\n" + string.Join("\n", tooWide));
    }

    private static async Task SignInAsync(IPage page, string userName)
    {
        await page.GotoAsync("/login");
        await page.GetByLabel("用户名").FillAsync(userName);
        await page.GetByLabel("密码").FillAsync(DemoData.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/workbench$"));
    }

    /// <summary>A staff member's API call from their own signed-in browser context, with the antiforgery header the pages send.</summary>
    private static async Task StaffPostAsync(IBrowserContext context, string userName, string path, string json, bool signIn = true)
    {
        if (signIn) await SignInAsync(await context.NewPageAsync(), userName);
        var antiforgery = await (await context.APIRequest.GetAsync("/api/auth/antiforgery")).JsonAsync();
        var response = await context.APIRequest.PostAsync(path, new()
        {
            DataString = json,
            Headers = new Dictionary<string, string>
            {
                ["Content-Type"] = "application/json",
                [antiforgery!.Value.GetProperty("headerName").GetString()!] = antiforgery.Value.GetProperty("token").GetString()!,
            },
        });
        Assert.True(response.Ok, $"{path}: {response.Status} {await response.TextAsync()}");
    }

    /// <summary>
    /// Answers what the profile did not fill in, as a person would by the input each field offers: a number keyboard,
    /// a phone keyboard, a date picker, a drop-down.
    /// </summary>
    private static async Task FillFormAsync(IPage page)
    {
        var form = page.GetByTestId("form-fields");
        foreach (var input in await form.Locator("input").AllAsync())
        {
            if (await input.InputValueAsync() != "") continue;
            var type = await input.GetAttributeAsync("type");
            var mode = await input.GetAttributeAsync("inputmode");
            await input.FillAsync(type == "date" ? "2026-11-01" : type == "tel" ? "02038880000" : mode == "decimal" ? "50" : "天河路 1 号");
        }
        foreach (var choice in await form.Locator("select").AllAsync()) await choice.SelectOptionAsync(new SelectOptionValue { Index = 1 });
    }

    /// <summary>Uploads a PDF for every required material and marks every 容缺 one to follow.</summary>
    private static async Task FillMaterialsAsync(IPage page)
    {
        await FillFormAsync(page);
        var rows = page.GetByTestId("materials").Locator("tbody tr");
        for (var i = 0; i < await rows.CountAsync(); i++)
        {
            var necessity = await rows.Nth(i).Locator("td").Nth(2).InnerTextAsync();
            if (necessity == "必要")
                await page.GetByTestId($"file-{i}").SetInputFilesAsync(new FilePayload { Name = $"材料{i + 1}.pdf", MimeType = "application/pdf", Buffer = Pdf });
            else if (necessity == "容缺")
                await page.GetByTestId($"defer-{i}").CheckAsync();
        }
    }

    private static async Task AssertChineseOnlyAsync(IPage page)
    {
        var text = await page.Locator("main").InnerTextAsync();
        var english = EnglishNames.Where(n => Regex.IsMatch(text, $@"(?<![A-Za-z]){Regex.Escape(n)}(?![A-Za-z])")).ToList();
        Assert.True(english.Count == 0, $"{page.Url} shows English names: {string.Join(", ", english)}");
    }

    /// <summary>Screenshots at 390 and 1366 px; at 390 nothing may be wider than the screen.</summary>
    private static async Task ShootAsync(IPage page, string name, List<string> tooWide)
    {
        await page.SetViewportSizeAsync(390, 900);
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        if (width > 390) tooWide.Add($"{page.Url}: {width} px");
        await BrowserFixture.ScreenshotAsync(page, name + "-390");
        await page.SetViewportSizeAsync(1366, 900);
        await BrowserFixture.ScreenshotAsync(page, name + "-1366");
    }
}
