using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using OneStop.Platform.Errors;
using OneStop.Platform.Security.RateLimiting;

namespace OneStop.Hotline.Open311;

/// <summary>
/// Open311 GeoReport v2 under /open311/v2 (a public API outside /api: anyone may read, a client with an api_key may
/// post; every call shares the public search's rate limit). Each resource answers in the format its URL ends with.
/// </summary>
public static class Open311Endpoints
{
    public const string Prefix = "/open311/v2";

    public static IEndpointRouteBuilder MapOpen311(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup(Prefix).AllowAnonymous().RequireRateLimiting(RateLimits.Search).DisableAntiforgery()
            .WithTags("Open311").ExcludeFromDescription();
        g.MapGet("/discovery.{format}", (string format, HttpRequest http, IOptions<Open311Settings> o) =>
            Answer(format, () => Task.FromResult<object>(Discovery.Of($"{http.Scheme}://{http.Host}{http.PathBase}", o.Value))));
        g.MapGet("/services.{format}", (string format, string? jurisdiction_id, IOptions<Open311Settings> o) =>
            Answer(format, () =>
            {
                Open311Jurisdiction.Check(jurisdiction_id, o.Value);
                return Task.FromResult<object>(ServiceList.All(o.Value.JurisdictionId));
            }));
        g.MapGet("/services/{service_code}.{format}", (string service_code, string format, string? jurisdiction_id, IOptions<Open311Settings> o) =>
            Answer(format, () =>
            {
                Open311Jurisdiction.Check(jurisdiction_id, o.Value);
                return Task.FromResult<object>(ServiceList.Definition(service_code));
            }));
        g.MapGet("/requests.{format}", (string format, string? jurisdiction_id, string? service_request_id, string? service_code,
                string? start_date, string? end_date, string? status, RequestQuery query, IOptions<Open311Settings> o, CancellationToken ct) =>
            Answer(format, async () =>
            {
                Open311Jurisdiction.Check(jurisdiction_id, o.Value);
                return await query.SearchAsync(service_request_id, service_code, start_date, end_date, status, ct);
            }));
        g.MapGet("/requests/{id}.{format}", (string id, string format, string? jurisdiction_id, RequestQuery query,
                IOptions<Open311Settings> o, CancellationToken ct) =>
            Answer(format, async () =>
            {
                Open311Jurisdiction.Check(jurisdiction_id, o.Value);
                return await query.OneAsync(id, ct);
            }));
        g.MapPost("/requests.{format}", (string format, HttpRequest http, PostRequest post, CancellationToken ct) =>
            Answer(format, async () =>
            {
                // The specification posts a form; the query string may carry jurisdiction_id and api_key too.
                var form = http.HasFormContentType ? await http.ReadFormAsync(ct) : FormCollection.Empty;
                return await post.RunAsync(Merge(form, http.Query), ct);
            }, created: true));
        return app;
    }

    private static async Task<IResult> Answer(string format, Func<Task<object>> run, bool created = false)
    {
        var f = format.ToLowerInvariant() switch
        {
            "json" => Open311Format.Json,
            "xml" => Open311Format.Xml,
            _ => (Open311Format?)null,
        };
        if (f is null) return Open311Errors.Document(404, [$"不支持的格式：{format}（可用 json 或 xml）"], Open311Format.Xml);
        try
        {
            return new Open311Document(await run(), f.Value, created ? 201 : 200);
        }
        catch (Exception e) when (e is Open311Exception or DomainException)
        {
            return Open311Errors.Write(e, f.Value);
        }
    }

    private static FormCollection Merge(IFormCollection form, IQueryCollection query)
    {
        var all = form.ToDictionary(x => x.Key, x => x.Value);
        foreach (var (key, value) in query) all.TryAdd(key, value);
        return new FormCollection(all);
    }
}
