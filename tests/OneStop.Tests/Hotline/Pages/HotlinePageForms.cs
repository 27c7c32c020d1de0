using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using OneStop.Tests.Cases.Pages;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Hotline.Pages;

/// <summary>The hotline's staff pages posted as a browser without JavaScript would: the page's antiforgery token and revision.</summary>
public static partial class HotlinePageForms
{
    [GeneratedRegex("""name="Input.Revision" value="(\d+)""")]
    private static partial Regex RevisionField();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static readonly (string, string)[] Complaint =
    [
        ("Input.Type", "Complaint"), ("Input.Channel", "Phone"), ("Input.RequesterName", "张三"), ("Input.Phone", "13800138000"),
        ("Input.RegionCode", "440106"), ("Input.Address", "天河路 385 号"), ("Input.Title", "水管爆裂"),
        ("Input.Text", "天河路385号门口自来水管爆裂，水一直往外冒"), ("Input.CategoryCode", "010216"),
    ];

    /// <summary>Reads <paramref name="page"/> and posts its form to <paramref name="handler"/> with the fields given.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient who, string page, string handler, IEnumerable<(string Name, string Value)> fields,
        string? html = null)
    {
        html ??= await who.GetStringAsync(page, Ct);
        var all = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).ToList();
        all.Add(new("__RequestVerificationToken", WebUtility.HtmlDecode(ApplicantPages.Token(html))));
        if (all.All(f => f.Key != "Input.Revision") && RevisionField().Match(html) is { Success: true } m) all.Add(new("Input.Revision", m.Groups[1].Value));
        var separator = page.Contains('?') ? '&' : '?';
        return await who.PostAsync($"{page}{separator}handler={handler}", new FormUrlEncodedContent(all), Ct);
    }

    /// <summary>A complaint registered over the API, as a channel would: its ticket.</summary>
    public static async Task<JsonElement> RegisterAsync(HttpClient agent, string text = "天河路385号门口自来水管爆裂，水一直往外冒",
        string phone = "13800138000", string name = "张三")
    {
        var response = await agent.PostAsJsonAsync("/api/hotline/requests", new
        {
            type = "Complaint", text, requesterName = name, phone, regionCode = "440106", address = "天河路 385 号", categoryCode = "010216",
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    public static async Task<JsonElement> TicketAsync(HttpClient who, long id) =>
        await who.GetFromJsonAsync<JsonElement>($"/api/hotline/tickets/{id}", Ct);

    public static async Task<long> DepartmentIdAsync(OneStopFactory factory, string name)
    {
        var list = await factory.Anonymous().GetFromJsonAsync<JsonElement>("/api/departments?region=440106", Ct);
        return list.EnumerateArray().First(d => d.GetProperty("name").GetString() == name).GetProperty("id").GetInt64();
    }

    public static void AssertRedirectedTo(HttpResponseMessage response, string address)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(address, response.Headers.Location?.OriginalString);
    }
}
