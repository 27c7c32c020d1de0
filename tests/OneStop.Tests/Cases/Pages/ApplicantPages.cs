using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace OneStop.Tests.Cases.Pages;

/// <summary>The applicant's pages as a browser without JavaScript uses them: read the form, post it back.</summary>
public static partial class ApplicantPages
{
    [GeneratedRegex("""name="__RequestVerificationToken" type="hidden" value="([^"]+)"|type="hidden" name="__RequestVerificationToken" value="([^"]+)"|name="__RequestVerificationToken"[^>]*value="([^"]+)""")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("""^/cases/(\d+)/edit""")]
    private static partial Regex EditAddress();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static string Token(string html)
    {
        var token = AntiforgeryField().Match(html);
        Assert.True(token.Success, "no antiforgery token on the page");
        return token.Groups.Cast<Group>().Skip(1).First(g => g.Success).Value;
    }

    /// <summary>Presses 在线申请 for an item: the draft's id from the redirect to its form.</summary>
    public static async Task<long> ApplyAsync(HttpClient applicant, long itemId)
    {
        var response = await applicant.GetAsync($"/cases/apply?itemId={itemId}", Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var match = EditAddress().Match(response.Headers.Location!.OriginalString);
        Assert.True(match.Success, response.Headers.Location.OriginalString);
        return long.Parse(match.Groups[1].Value);
    }

    /// <summary>Posts the application form with a handler, as the form's buttons do (multipart, with any files).</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient applicant, long caseId, string handler,
        IEnumerable<(string Name, string Value)> fields, params (string Name, string FileName, byte[] Bytes)[] files)
    {
        var html = await applicant.GetStringAsync($"/cases/{caseId}/edit", Ct);
        using var form = new MultipartFormDataContent { { new StringContent(Token(html)), "__RequestVerificationToken" } };
        foreach (var (name, value) in fields) form.Add(new StringContent(value), name);
        foreach (var (name, fileName, bytes) in files)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(file, name, fileName);
        }
        return await applicant.PostAsync($"/cases/{caseId}/edit?handler={handler}", form, Ct);
    }

    public static async Task<HttpResponseMessage> PostAsync(HttpClient who, string pageAddress, string postAddress,
        params (string Name, string Value)[] fields)
    {
        var html = await who.GetStringAsync(pageAddress, Ct);
        var body = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("__RequestVerificationToken", Token(html)));
        return await who.PostAsync(postAddress, new FormUrlEncodedContent(body), Ct);
    }

    public static readonly (string, string)[] ShopFields = [("fields[shopName]", "天河示范小店"), ("fields[shopAddress]", "天河路 1 号")];
}
