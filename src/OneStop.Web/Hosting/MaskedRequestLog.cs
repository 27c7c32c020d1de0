using System.Diagnostics;
using OneStop.Platform.Audit;
using OneStop.Platform.Privacy;

namespace OneStop.Web.Hosting;

/// <summary>
/// The request log: one line per request with resident IDs and phone numbers in the path and query masked by the
/// one rule of <see cref="PersonalData"/>. It replaces ASP.NET Core's own "Request starting … ?q=440106…" lines,
/// which print query strings as they came and are switched off in <see cref="OneStopHost.AddOneStop"/>.
/// </summary>
public static partial class MaskedRequestLog
{
    public const string Category = "OneStop.Requests";

    /// <summary>ASP.NET Core's request start/finish log, which cannot mask: kept at Warning whatever the configuration says for Microsoft.AspNetCore.</summary>
    public const string HostingCategory = "Microsoft.AspNetCore.Hosting.Diagnostics";

    public static IApplicationBuilder UseMaskedRequestLog(this IApplicationBuilder app)
    {
        var log = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(Category);
        return app.Use(async (context, next) =>
        {
            var started = Stopwatch.GetTimestamp();
            try { await next(context); }
            finally
            {
                if (log.IsEnabled(LogLevel.Information))
                    log.LogInformation("{Method} {Url} → {Status} {Elapsed:0} ms", context.Request.Method,
                        Mask(context.Request.Path + context.Request.QueryString), context.Response.StatusCode,
                        Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        });
    }

    /// <summary>Decoded first, so %34%34… cannot smuggle an ID past the mask; control characters cannot forge lines.</summary>
    public static string Mask(string pathAndQuery)
    {
        string decoded;
        try { decoded = Uri.UnescapeDataString(pathAndQuery.Replace('+', ' ')); }
        catch (UriFormatException) { decoded = pathAndQuery; }
        // The progress lookup's ID tail is half of its key: a logged "→ 200" line would be a working pair.
        decoded = SecretQueryValue().Replace(decoded, "$1=***");
        return AuditText.Stored(PersonalData.MaskText(decoded), 2000).Replace('\n', ' ').Replace('\r', ' ');
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?i)([?&]idTail)=[^&]*")]
    private static partial System.Text.RegularExpressions.Regex SecretQueryValue();
}
