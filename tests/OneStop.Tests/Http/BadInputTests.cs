using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Platform.Accounts;
using OneStop.Platform.Demo;
using OneStop.Platform.Persistence;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Http;

/// <summary>
/// Sends malformed JSON, wrong types, over-long strings, impossible IDs and script tags to every API endpoint that
/// exists (found from the routing table, so new endpoints are covered without editing this test) and checks that
/// none answers 500, every refusal is a ProblemDetails with a code and a Chinese title, and nothing is stored in
/// any table of any module. Runs anonymously and as one account of every role (and a citizen and an enterprise), so
/// checks that only run past the role gate are reached too; a role the endpoint refuses (401/403) is not tried further.
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
        Assert.Contains(endpoints, e => e.Pattern.StartsWith("/api/cases/{id", StringComparison.Ordinal));
        var clients = await ClientsAsync(); // signing in is audited: counted after
        var realCase = await WithdrawnCaseAsync();
        var realTicket = await ClosedTicketAsync();
        var counts = await CountsAsync();
        Assert.Contains("catalog_items", counts.Keys);
        Assert.Contains("platform_accounts", counts.Keys);
        var failures = new List<string>();
        var reached = new HashSet<string>();

        foreach (var (who, client) in clients)
        foreach (var (method, pattern) in endpoints)
        {
            // Signing out would leave the rest of this role's run anonymous (that run exists already).
            if (who != "anonymous" && pattern.EndsWith("/logout")) continue;
            var refused = false;
            foreach (var path in Paths(pattern, realCase, realTicket))
            foreach (var request in Requests(method, path))
            {
                if (refused) break;
                var description = $"{who}: {method} {request.RequestUri}";
                using var response = await client.SendAsync(request, Ct);
                if ((int)response.StatusCode >= 500) { failures.Add($"{description} → {(int)response.StatusCode}"); continue; }
                refused = response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden;
                if (!refused) reached.Add(who);
                if ((int)response.StatusCode < 400) continue;
                try { await Problem.ReadAsync(response); }
                catch (Exception e) { failures.Add($"{description} → {(int)response.StatusCode} {e.Message}"); }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(30)));
        Assert.Equal(clients.Select(c => c.Who).Order(), reached.Order());
        var after = await CountsAsync();
        var changed = counts.Where(c => after[c.Key] != c.Value).Select(c => $"{c.Key}: {c.Value} → {after[c.Key]}").ToList();
        Assert.True(changed.Count == 0, "rows stored by bad input: " + string.Join(", ", changed));
    }

    /// <summary>Anonymous, one demo account per staff role, a citizen and an enterprise.</summary>
    private async Task<IReadOnlyList<(string Who, HttpClient Client)>> ClientsAsync()
    {
        var clients = new List<(string, HttpClient)> { ("anonymous", Factory.Anonymous()) };
        foreach (var role in DemoData.Staff.GroupBy(s => s.Role))
            clients.Add((role.Key, await Factory.SignedInAsync(role.First().UserName)));
        foreach (var kind in new[] { AccountKind.Citizen, AccountKind.Enterprise })
        {
            var userName = await Factory.WithDbAsync(db => db.Accounts.Where(a => a.Kind == kind).Select(a => a.UserName).FirstAsync(Ct));
            clients.Add((kind.ToString(), await Factory.SignedInAsync(userName)));
        }
        return clients;
    }

    /// <summary>Row counts of every table of every module context (found from the host's services, so new modules count too).</summary>
    private async Task<IReadOnlyDictionary<string, long>> CountsAsync()
    {
        var contexts = AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => a.GetName().Name?.StartsWith("OneStop.") == true)
            .SelectMany(a => a.GetTypes())
            .Where(t => t is { IsAbstract: false } && t.IsSubclassOf(typeof(ModuleDbContext)));
        // The set-up's own actions answered before their audit records were sealed; a round first, so a record moving
        // from pending to the chain is not counted as something the bad input stored.
        await Factory.Services.GetRequiredService<OneStop.Platform.Audit.AuditSealer>().SealAsync(Ct);
        var counts = new Dictionary<string, long>();
        using var scope = Factory.Services.CreateScope();
        foreach (var type in contexts)
        {
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(type);
            foreach (var table in db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct())
            {
                if (counts.ContainsKey(table)) continue;
                // Table names come from our own model, not from input.
                var sql = "SELECT COUNT(*) AS \"Value\" FROM \"" + table + "\"";
                counts[table] = await db.Database.SqlQueryRaw<long>(sql).SingleAsync(Ct);
            }
        }
        return counts;
    }

    /// <summary>
    /// A case that exists (so /api/cases/{id}/... calls get past loading it) and that no request may change: withdrawn,
    /// every action on it is refused, so garbage reaches the state and scope checks without storing anything.
    /// </summary>
    private async Task<string> WithdrawnCaseAsync()
    {
        var s = new OneStop.Tests.Cases.CaseScenario(Factory);
        var item = await s.PublishItemAsync();
        var citizen = await s.SignInAsync(OneStop.Tests.Cases.CaseScenario.Citizen);
        var id = (await s.StartAsync(citizen, item)).GetProperty("id").GetInt64();
        await s.PostAsync(citizen, $"/api/cases/{id}/withdraw", new { note = "不办了" });
        return id.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A 12345 ticket answered and closed at once: every action on it is refused, so garbage reaches the checks.</summary>
    private async Task<string> ClosedTicketAsync()
    {
        var s = new OneStop.Tests.Hotline.Tickets.HotlineScenario(Factory);
        var result = await s.RegisterAsync(new
        {
            type = "Consultation", text = "请问社保卡在哪里补办？", phone = OneStop.Tests.Hotline.Tickets.HotlineScenario.NewPhone(),
            regionCode = "440106", answerNow = "可到各社保经办网点或通过粤省事补办。",
        });
        return result.GetProperty("ticketId").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static IEnumerable<string> Paths(string pattern, string realCase, string realTicket)
    {
        if (!pattern.Contains('{')) { yield return pattern; yield break; }
        foreach (var value in new[] { "abc", "99999999999999999999", "-1", Uri.EscapeDataString(Script), "2024-02-30", new string('9', 300) }
                     .Concat(pattern.StartsWith("/api/cases/", StringComparison.Ordinal) ? [realCase] : [])
                     .Concat(pattern.StartsWith("/api/hotline/tickets/", StringComparison.Ordinal) ? [realTicket] : []))
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
            yield return new HttpRequestMessage(new HttpMethod(method), path + "?q=%00%1B&from=2026-01-01%00&region=440106%7F");
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
        // Case requests: wrong types and holes where the case engine expects ids, fields, lists and numbers.
        yield return "{\"itemId\":\"abc\",\"bundleId\":[1],\"fields\":{\"shopName\":[1]},\"deferred\":\"all\",\"days\":1e99,\"decision\":99}";
        yield return "{\"itemId\":99999999999,\"items\":[null,{\"material\":{}}],\"deferred\":[-1,99999],\"fields\":null,\"days\":-3}";
        // Catalog content that broke public pages once: an undefined kind, holes in lists, an absurd fee.
        yield return "{\"mainItemName\":\"坏事项\",\"implementationCode\":\"BADINPUT1\",\"departmentName\":\"市场监管局\",\"regionCode\":\"440106\"," +
            "\"kind\":99,\"materials\":[null],\"steps\":null,\"fees\":[{\"name\":\"工本费\",\"amount\":79228162514264337593543950335}]," +
            "\"variation\":{\"extraChannels\":[99],\"waivedMaterials\":[null]}}";
        // Control characters in every text field.
        yield return "{" + string.Join(",", Fields.Where(f => f is not ("isOffDay" or "departmentId" or "roles"))
            .Concat(["mainItemName", "implementationCode", "departmentName", "text", "code"]).Select(f => $"\"{f}\":\"x\\u0000y\\u001b\"")) + "}";
    }
}
