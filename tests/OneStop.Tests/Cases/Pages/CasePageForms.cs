using System.Net;
using System.Text.RegularExpressions;

namespace OneStop.Tests.Cases.Pages;

/// <summary>The workbench case page posted as a browser without JavaScript would: its antiforgery token and revision.</summary>
public static partial class CasePageForms
{
    [GeneratedRegex("""name="__RequestVerificationToken" type="hidden" value="([^"]+)"|type="hidden" name="__RequestVerificationToken" value="([^"]+)"|name="__RequestVerificationToken"[^>]*value="([^"]+)""")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("""name="Input.Revision" value="(\d+)""")]
    private static partial Regex RevisionField();

    /// <summary>Opens the case page and posts one of its forms (handler) with the fields given.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient who, long caseId, string handler, Dictionary<string, string> fields)
    {
        var html = await who.GetStringAsync($"/workbench/cases/{caseId}", TestContext.Current.CancellationToken);
        return await PostAsync(who, caseId, handler, fields, html);
    }

    /// <summary>Posts a form of a page already read (e.g. the confirmation panel of the previous answer).</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient who, long caseId, string handler, Dictionary<string, string> fields, string html)
    {
        var token = AntiforgeryField().Match(html);
        Assert.True(token.Success, "no antiforgery token on the case page");
        var all = new Dictionary<string, string>(fields)
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups.Cast<Group>().Skip(1).First(g => g.Success).Value),
        };
        if (!all.ContainsKey("Input.Revision")) all["Input.Revision"] = RevisionField().Match(html).Groups[1].Value;
        return await who.PostAsync($"/workbench/cases/{caseId}?handler={handler}", new FormUrlEncodedContent(all), TestContext.Current.CancellationToken);
    }

    public static void AssertRedirectedTo(HttpResponseMessage response, long caseId, string done)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/workbench/cases/{caseId}?done={done}", response.Headers.Location?.OriginalString);
    }
}
