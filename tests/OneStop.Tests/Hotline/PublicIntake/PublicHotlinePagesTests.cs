using System.Net;
using System.Text.RegularExpressions;
using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Hotline.PublicIntake;

public sealed class PublicHotlinePagesOnSqlite(SqliteFactory f) : PublicHotlinePagesTests(f), IClassFixture<SqliteFactory>;
public sealed class PublicHotlinePagesOnPostgres(PostgresFactory f) : PublicHotlinePagesTests(f), IClassFixture<PostgresFactory>;

/// <summary>
/// The citizens' pages as a browser without script uses them: /hotline (get a code, submit, PRG to the receipt),
/// /hotline/lookup; what was typed comes back on an error, and markup anyone types is shown as text.
/// </summary>
public abstract partial class PublicHotlinePagesTests(OneStopFactory factory) : ApiTests(factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private const string Script = "<script>alert('x')</script>";

    [GeneratedRegex("""name="__RequestVerificationToken" type="hidden" value="([^"]+)"|type="hidden" name="__RequestVerificationToken" value="([^"]+)"|name="__RequestVerificationToken"[^>]*value="([^"]+)""")]
    private static partial Regex AntiforgeryField();

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string page, string url, Dictionary<string, string> fields)
    {
        var html = await client.GetStringAsync(page, Ct);
        var token = AntiforgeryField().Match(html);
        Assert.True(token.Success, $"no antiforgery token on {page}");
        var all = new Dictionary<string, string>(fields)
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups.Cast<Group>().Skip(1).First(g => g.Success).Value),
        };
        return await client.PostAsync(url, new FormUrlEncodedContent(all), Ct);
    }

    private static Dictionary<string, string> Form(string phone, string code = "", string title = "井盖破损", string text = "天河路 385 号门前井盖破损。",
        string name = "陈女士", string address = "天河路 385 号", string type = "Complaint") => new()
    {
        ["Type"] = type, ["Title"] = title, ["Text"] = text, ["RegionCode"] = PublicScenario.District, ["Address"] = address,
        ["RequesterName"] = name, ["Phone"] = phone, ["Code"] = code,
    };

    [Fact]
    public async Task The_form_offers_the_citys_districts_the_six_request_types_and_says_what_anonymous_means()
    {
        var html = await Factory.Anonymous().GetStringAsync("/hotline", Ct);
        Assert.Contains("天河区", html);
        Assert.Contains("越秀区", html);
        foreach (var type in new[] { "咨询", "投诉", "举报", "求助", "建议", "表扬" }) Assert.Contains($">{type}（", html);
        Assert.Contains("无法查询办理进度", html);
        Assert.Contains("href=\"/hotline/lookup\"", html);
        Assert.DoesNotContain("Complaint<", html); // values are codes, labels Chinese
    }

    [Fact]
    public async Task A_citizen_gets_a_code_on_the_page_submits_sees_the_number_and_looks_the_request_up()
    {
        var s = new PublicScenario(Factory);
        var client = Factory.Anonymous();
        var phone = PublicScenario.NewPhone();
        var text = "石牌街道某小区电梯经常停运，物业不处理。" + Guid.NewGuid().ToString("N")[..6];

        var codePage = await PostFormAsync(client, "/hotline", "/hotline?handler=Code", Form(phone, text: text));
        Assert.Equal(HttpStatusCode.OK, codePage.StatusCode);
        var codeHtml = await codePage.Content.ReadAsStringAsync(Ct);
        var code = await s.LastCodeSentAsync(phone);
        Assert.Contains("验证码已发送至 " + phone[..3] + "****" + phone[7..], codeHtml);
        Assert.Contains($"演示模式：本次验证码为 <strong>{code}</strong>", codeHtml);
        Assert.Contains(text, codeHtml); // what was typed stays

        var submitted = await PostFormAsync(client, "/hotline", "/hotline", Form(phone, code, text: text));
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Equal("/hotline/submitted", submitted.Headers.Location?.OriginalString);
        var number = Assert.Single(await s.RequestsOfAsync(phone)).Number;
        var receipt = await client.GetStringAsync("/hotline/submitted", Ct);
        Assert.Contains(number, receipt);
        Assert.Contains($"/hotline/lookup?number={number}", receipt);
        Assert.Contains(number, await client.GetStringAsync("/hotline/submitted", Ct)); // a refresh keeps the receipt

        var lookup = await PostFormAsync(client, $"/hotline/lookup?number={number}", "/hotline/lookup", new() { ["number"] = number, ["phone"] = phone });
        var lookupHtml = await lookup.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, lookup.StatusCode);
        Assert.Contains("data-test=\"lookup-result\"", lookupHtml);
        Assert.Contains(text, lookupHtml);
        Assert.Contains("待派单", lookupHtml);
    }

    [Fact]
    public async Task The_lookup_page_gives_one_answer_for_a_wrong_phone_and_an_unknown_number()
    {
        var s = new PublicScenario(Factory);
        var client = Factory.Anonymous();
        var phone = PublicScenario.NewPhone();
        var number = await s.SubmitWithCodeAsync(client, phone);

        async Task<string> ErrorsOf(string n, string p)
        {
            var html = await (await PostFormAsync(client, "/hotline/lookup", "/hotline/lookup", new() { ["number"] = n, ["phone"] = p }))
                .Content.ReadAsStringAsync(Ct);
            Assert.DoesNotContain("data-test=\"lookup-result\"", html);
            return Regex.Match(html, "<ul class=\"error\"[\\s\\S]*?</ul>").Value;
        }

        var wrongPhone = await ErrorsOf(number, PublicScenario.NewPhone());
        Assert.Contains("未找到该诉求", wrongPhone);
        Assert.Equal(wrongPhone, await ErrorsOf("Z" + number, phone));
    }

    [Fact]
    public async Task Markup_typed_into_every_field_comes_back_as_text_on_the_form_and_the_lookup()
    {
        var s = new PublicScenario(Factory);
        var client = Factory.Anonymous();
        var phone = PublicScenario.NewPhone();

        // A refusal (no type chosen) shows the form again with every field as typed, encoded.
        var refused = await PostFormAsync(client, "/hotline", "/hotline",
            Form(phone, "123456", title: Script, text: Script + "正文", name: Script, address: Script, type: ""));
        var refusedHtml = await refused.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("请选择诉求类型", refusedHtml);
        Assert.DoesNotContain(Script, refusedHtml);
        Assert.True(Regex.Matches(refusedHtml, "&lt;script&gt;alert").Count >= 4, "each of the four text fields comes back encoded");

        var code = await s.CodeForAsync(client, phone);
        var submitted = await PostFormAsync(client, "/hotline", "/hotline", Form(phone, code, title: Script, text: Script + "正文", name: Script, address: Script));
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var stored = Assert.Single(await s.RequestsOfAsync(phone));
        Assert.Equal(Script + "正文", stored.Text); // kept as typed, never stripped
        var lookup = await (await PostFormAsync(client, "/hotline/lookup", "/hotline/lookup", new() { ["number"] = stored.Number, ["phone"] = phone }))
            .Content.ReadAsStringAsync(Ct);
        Assert.Contains("data-test=\"lookup-result\"", lookup);
        Assert.DoesNotContain(Script, lookup);
        Assert.Contains("&lt;script&gt;alert", lookup);
    }

    [Fact]
    public async Task A_wrong_code_on_the_page_keeps_what_was_typed_and_says_how_many_tries_are_left()
    {
        var s = new PublicScenario(Factory);
        var client = Factory.Anonymous();
        var phone = PublicScenario.NewPhone();
        var code = await s.CodeForAsync(client, phone);
        var wrong = code == "111111" ? "222222" : "111111";

        var response = await PostFormAsync(client, "/hotline", "/hotline", Form(phone, wrong, title: "路灯不亮"));
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("验证码不正确，还可尝试 4 次", html);
        Assert.Contains("value=\"路灯不亮\"", html);
        Assert.Contains($"value=\"{phone}\"", html);
        Assert.Empty(await s.RequestsOfAsync(phone));
    }

    [Fact]
    public async Task The_home_page_links_the_form_and_the_lookup()
    {
        var html = await Factory.Anonymous().GetStringAsync("/", Ct);
        Assert.Contains("href=\"/hotline\"", html);
        Assert.Contains("href=\"/hotline/lookup\"", html);
    }
}
