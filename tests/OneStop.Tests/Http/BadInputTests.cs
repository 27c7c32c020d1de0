using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Http;

/// <summary>
/// Sends malformed JSON, wrong types, over-long strings, impossible IDs and script tags to every API endpoint that
/// exists (found from the routing table, so new endpoints are covered without editing this test) and checks that
/// none answers 500, every refusal is a ProblemDetails with a code and a Chinese title, and nothing is stored.
/// </summary>
public abstract class BadInputTests(OneStopFactory factory) : ApiTests(factory)
{
    private static readonly string Long = new('长', 5000);
    private const string Script = "<script>alert(1)</script>";
    private static readonly string[] Fields =
    [
        "userName", "password", "displayName", "realName", "residentId", "creditCode", "enterpriseName", "phone",
        "regionCode", "name", "shortName", "reason", "isOffDay", "departmentId", "roles",
    ];

    private CancellationToken Ct => TestContext.Current.CancellationToken;

    private IReadOnlyList<(string Method, string Pattern)> ApiEndpoints() =>
        Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api") == true || e.RoutePattern.RawText?.StartsWith("api") == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(m => (m, "/" + e.RoutePattern.RawText!.TrimStart('/'))))
            .Distinct().ToList();

    [Fact]
    public async Task Every_api_endpoint_answers_garbage_with_a_problem_never_a_500_and_stores_nothing()
    {
        var endpoints = ApiEndpoints();
        Assert.True(endpoints.Count >= 15, $"only {endpoints.Count} endpoints found");
        var counts = await CountsAsync();
        var clients = new[] { Factory.Anonymous(), await Factory.SignedInAsync("admin") };
        var failures = new List<string>();

        foreach (var client in clients)
        foreach (var (method, pattern) in endpoints)
        foreach (var path in Paths(pattern))
        foreach (var request in Requests(method, path))
        {
            var description = $"{method} {request.RequestUri}";
            using var response = await client.SendAsync(request, Ct);
            if ((int)response.StatusCode >= 500) { failures.Add($"{description} → {(int)response.StatusCode}"); continue; }
            if ((int)response.StatusCode < 400) continue;
            try { await Problem.ReadAsync(response); }
            catch (Exception e) { failures.Add($"{description} → {(int)response.StatusCode} {e.Message}"); }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(30)));
        Assert.Equal(counts, await CountsAsync());
    }

    private Task<(int, int, int)> CountsAsync() => Factory.WithDbAsync(async db =>
        (await db.Accounts.CountAsync(Ct), await db.Departments.CountAsync(Ct), await db.CalendarOverrides.CountAsync(Ct)));

    private static IEnumerable<string> Paths(string pattern)
    {
        if (!pattern.Contains('{')) { yield return pattern; yield break; }
        foreach (var value in new[] { "abc", "99999999999999999999", "-1", Uri.EscapeDataString(Script), "2024-02-30", new string('9', 300) })
            yield return System.Text.RegularExpressions.Regex.Replace(pattern, "{[^}]+}", value);
    }

    private static IEnumerable<HttpRequestMessage> Requests(string method, string path)
    {
        if (method is "GET" or "DELETE")
        {
            yield return new HttpRequestMessage(new HttpMethod(method), path);
            var junk = string.Join("&", new[] { "from", "to", "add", "year", "q", "kind", "page", "region", "parent", "action", "actor", "target", "below" }
                .Select((k, i) => $"{k}={Uri.EscapeDataString(i % 2 == 0 ? Script : Long)}"));
            yield return new HttpRequestMessage(new HttpMethod(method), path + "?" + junk);
            yield return new HttpRequestMessage(new HttpMethod(method), path + "?page=abc&year=1e99&add=99999999999&below=maybe");
            yield break;
        }
        foreach (var body in Bodies())
            yield return new HttpRequestMessage(new HttpMethod(method), path)
            {
                Content = new StringContent(body, Encoding.UTF8, "application/json"),
            };
        yield return new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent("name=x", Encoding.UTF8, "text/plain") };
    }

    private static IEnumerable<string> Bodies()
    {
        yield return "{not json";
        yield return "[1,2,3]";
        yield return "";
        yield return "null";
        yield return "{\"userName\":{},\"password\":[],\"departmentId\":\"abc\",\"roles\":\"x\",\"isOffDay\":\"yes\",\"regionCode\":123}";
        yield return "{" + string.Join(",", Fields.Where(f => f is not ("isOffDay" or "departmentId" or "roles")).Select(f => $"\"{f}\":\"{Long}\"")) + "}";
        yield return "{" + string.Join(",", Fields.Where(f => f is not ("isOffDay" or "departmentId" or "roles")).Select(f => $"\"{f}\":\"{Script.Replace("\"", "\\\"")}\"")) + ",\"roles\":[\"" + Script + "\"],\"departmentId\":-5,\"isOffDay\":true}";
        yield return "{\"departmentId\":99999999999999999999}";
    }
}
