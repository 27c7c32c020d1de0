using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Platform.Errors;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Hosting;

/// <summary>
/// Requests that used to fail without a ProblemDetails — a body over Kestrel's size limit (an empty 413) and a JSON
/// body in GBK (a 500 with a stack trace in the log, from anyone, signed in or not) — and forms that used to be read
/// before anything could refuse them.
/// </summary>
public sealed class OversizeAndCharsetTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/api/auth/login")]
    [InlineData("/api/cases")]
    public async Task A_json_body_in_gbk_is_refused_with_415_not_a_server_error(string path)
    {
        var client = path == "/api/cases" ? await factory.SignedInAsync("440106199003071231") : factory.Anonymous();
        var body = new ByteArrayContent(Encoding.UTF8.GetBytes("""{"userName":"nobody","password":"Wrong1x","itemId":1}"""));
        body.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json; charset=gbk");
        var response = await client.PostAsync(path, body, Ct);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        var problem = await Problem.ReadAsync(response);
        Assert.Equal("request.unsupported-charset", problem.Code);
        Assert.Contains("字符编码", problem.Title);
    }

    [Fact]
    public async Task A_json_body_that_says_utf_8_is_read_as_usual_and_other_spellings_are_refused_plainly()
    {
        var client = factory.Anonymous();
        foreach (var charset in new[] { "utf-8", "UTF-8" })
            Assert.Equal("auth.invalid-credentials", await CodeAsync(client, charset));
        // Spellings the JSON reader cannot read are refused as such, not left to fail inside it.
        foreach (var charset in new[] { "\"utf-8\"", "utf8", "latin1" })
            Assert.Equal("request.unsupported-charset", await CodeAsync(client, charset));
    }

    private static async Task<string> CodeAsync(HttpClient client, string charset)
    {
        var body = new ByteArrayContent(Encoding.UTF8.GetBytes("""{"userName":"nobody","password":"Wrong1x"}"""));
        body.Headers.ContentType = MediaTypeHeaderValue.Parse($"application/json; charset={charset}");
        return (await Problem.ReadAsync(await client.PostAsync("/api/auth/login", body, Ct))).Code;
    }

    /// <summary>
    /// Kestrel's body limit exists only on Kestrel (the test server has none), so the form guard is run here on a
    /// request for an endpoint whose body fails the way Kestrel's does past the limit.
    /// </summary>
    [Fact]
    public async Task A_form_over_the_servers_body_limit_gets_a_413_problem_in_chinese()
    {
        var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        var reached = false;
        var pipeline = new ApplicationBuilder(services).UseFormInputGuard();
        pipeline.Run(_ => { reached = true; return Task.CompletedTask; });
        var http = new DefaultHttpContext { RequestServices = services };
        http.SetEndpoint(new Microsoft.AspNetCore.Routing.RouteEndpoint(_ => Task.CompletedTask,
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternFactory.Parse("/api/cases/{id}/materials/{index}/files"), 0, EndpointMetadataCollection.Empty, "upload"));
        http.Request.Method = "POST";
        http.Request.Path = "/api/cases/1/materials/0/files";
        http.Request.ContentType = "multipart/form-data; boundary=x";
        http.Request.Body = new TooLargeBody();
        http.Response.Body = new MemoryStream();

        await pipeline.Build()(http);

        Assert.False(reached);
        Assert.Equal(StatusCodes.Status413PayloadTooLarge, http.Response.StatusCode);
        http.Response.Body.Position = 0;
        var problem = await JsonDocument.ParseAsync(http.Response.Body, cancellationToken: Ct);
        Assert.Equal("request.too-large", problem.RootElement.GetProperty("code").GetString());
        Assert.Equal("提交的内容过大", problem.RootElement.GetProperty("title").GetString());
    }

    /// <summary>
    /// The form check used to come first in the pipeline and read (buffer, spool to disk) every form posted to any
    /// address, anonymous or not. A form with a control character shows which check answered: the sign-in's 401 and
    /// routing's 404 or 405 come before anything reads the body.
    /// </summary>
    [Theory]
    [InlineData("/api/cases/1/materials/0/files", HttpStatusCode.Unauthorized)]
    [InlineData("/no-such-page", HttpStatusCode.MethodNotAllowed)]
    [InlineData("/services/items/abc", HttpStatusCode.NotFound)]
    public async Task An_anonymous_upload_or_a_form_to_no_page_is_refused_before_its_body_is_read(string path, HttpStatusCode expected)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent("名称\u0001"), "note");
        form.Add(new ByteArrayContent(new byte[200_000]), "file", "申请书.pdf");
        var response = await factory.Anonymous().PostAsync(path, form, Ct);
        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task A_signed_in_upload_with_a_control_character_in_a_form_field_is_still_refused_by_name()
    {
        var citizen = await factory.SignedInAsync("440106199003071231");
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent("名称\u0001"), "note");
        var response = await citizen.PostAsync("/api/cases/1/materials/0/files", form, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await Problem.ReadAsync(response);
        Assert.Equal("input.control-character", problem.Code);

        // The offending input may be the name itself: it is named back without the control character.
        using var named = new MultipartFormDataContent();
        named.Add(new StringContent("名称"), "no\u0001te");
        var byName = await Problem.ReadAsync(await citizen.PostAsync("/api/cases/1/materials/0/files", named, Ct));
        Assert.Equal("input.control-character", byName.Code);
        Assert.True(byName.Body.GetProperty("errors").TryGetProperty("no?te", out _), byName.Body.GetRawText());
    }

    private sealed class TooLargeBody : MemoryStream
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            throw new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            throw new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge);
    }
}
