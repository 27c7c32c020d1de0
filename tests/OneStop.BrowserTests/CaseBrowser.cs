using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OneStop.Platform.Demo;
using static Microsoft.Playwright.Assertions;

namespace OneStop.BrowserTests;

/// <summary>What the case browser tests do besides clicking: sign in on the login page, and make the /api calls a
/// page's script would (cookie session plus the antiforgery header).</summary>
internal static class CaseBrowser
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public static async Task<IPage> SignInAsync(IBrowserContext context, string userName)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync("/login");
        await page.GetByLabel("用户名").FillAsync(userName);
        await page.GetByLabel("密码").FillAsync(DemoData.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/workbench$"));
        return page;
    }

    public static async Task<Dictionary<string, string>> HeadersAsync(IPage page)
    {
        var antiforgery = (await (await page.APIRequest.GetAsync("/api/auth/antiforgery")).JsonAsync())!.Value;
        return new()
        {
            [antiforgery.GetProperty("headerName").GetString()!] = antiforgery.GetProperty("token").GetString()!,
            ["Content-Type"] = "application/json",
        };
    }

    public static async Task<JsonElement> CallAsync(IPage page, string method, string path, object? body)
    {
        var response = await page.APIRequest.FetchAsync(path, new()
        {
            Method = method, DataString = body is null ? null : JsonSerializer.Serialize(body, Web), Headers = await HeadersAsync(page),
        });
        Assert.True(response.Ok, $"{method} {path}: {response.Status} {await response.TextAsync()}");
        return (await response.JsonAsync())!.Value;
    }

    public static async Task UploadAsync(IPage page, long id, int material)
    {
        var headers = await HeadersAsync(page);
        headers.Remove("Content-Type");
        var form = page.APIRequest.CreateFormData();
        form.Set("file", new FilePayload { Name = $"材料{material + 1}.pdf", MimeType = "application/pdf", Buffer = System.Text.Encoding.ASCII.GetBytes("%PDF-1.4\n% bundle\n%%EOF\n") });
        var response = await page.APIRequest.PostAsync($"/api/cases/{id}/materials/{material}/files", new() { Multipart = form, Headers = headers });
        Assert.True(response.Ok, $"upload: {response.Status} {await response.TextAsync()}");
    }
}
