using Microsoft.AspNetCore.RateLimiting;
using OneStop.Cases;
using OneStop.Catalog;
using OneStop.Hotline;
using OneStop.Platform;
using OneStop.Platform.Errors;
using OneStop.Platform.Security.RateLimiting;

namespace OneStop.Web.Hosting;

public static class OneStopHost
{
    public static WebApplicationBuilder AddOneStop(this WebApplicationBuilder builder)
    {
        SettingsBesideTheApp.Add(builder);
        // Serves wwwroot from the source tree when run from a build (dotnet run) in any environment, not only Development.
        builder.WebHost.UseStaticWebAssets();
        builder.Logging.AddFilter(MaskedRequestLog.HostingCategory, LogLevel.Warning);
        builder.Services.AddPlatform(builder.Configuration);
        builder.Services.AddCatalog();
        builder.Services.AddCases();
        builder.Services.AddHotline();
        builder.Services.AddSingleton(DemoMode.From(builder.Configuration));
        builder.Services.AddSecurityHeaders();
        // Ahead of the JSON writer: browsers asking for a page get an HTML error page (see HtmlErrorPageWriter).
        builder.Services.Insert(0, ServiceDescriptor.Singleton<IProblemDetailsWriter, HtmlErrorPageWriter>());
        // Chinese pages: emit Chinese characters as they are, not as &#x...; entities (smaller pages, readable source).
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter());
            o.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
            // {"reason":"a","reason":"b"} is refused (400 request.malformed) rather than read as its last value: what a
            // proxy, a log or a reviewer reads of such a body need not be what was stored.
            o.SerializerOptions.AllowDuplicateProperties = false;
        });
        builder.Services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(o =>
        {
            o.ModelBinderProviders.Insert(0, new StrictEnumBinderProvider());
            o.Filters.Add(new UnknownPageHandler());
        });
        builder.Services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/Workbench").AuthorizeFolder("/Admin").AuthorizePage("/Me").AuthorizePage("/MePassword");
            // The applicant's case pages (Cases module); anyone may look up a case's progress.
            o.Conventions.AuthorizeFolder("/Cases").AuthorizePage("/Me/Cases").AllowAnonymousToPage("/Cases/Progress");
            // The pages that anyone may post to or search with share the API's rate limits (see RateLimits).
            RateLimit(o, "/Login", RateLimits.SignIn);
            RateLimit(o, "/Register", RateLimits.Registration);
            RateLimit(o, "/RegisterEnterprise", RateLimits.Registration);
            RateLimit(o, "/Catalog/Services", RateLimits.Search);
            RateLimit(o, "/Cases/Progress", RateLimits.Lookup);
            // The citizens' 12345 pages (Hotline module): the web form, its receipt and the lookup, for anyone.
            o.Conventions.AllowAnonymousToFolder("/Hotline/Public");
            RateLimit(o, "/Hotline/Public/Submit", RateLimits.PublicForm);
            RateLimit(o, "/Hotline/Public/Lookup", RateLimits.Lookup);
        });
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "OneStop 一站通 API";
            doc.Info.Description = "一体化政务服务平台接口。错误以 ProblemDetails 返回，含稳定的 code 字段。";
            return Task.CompletedTask;
        }));
        return builder;
    }

    private static void RateLimit(Microsoft.AspNetCore.Mvc.RazorPages.RazorPagesOptions o, string page, string policy) =>
        o.Conventions.AddPageApplicationModelConvention(page, m => m.EndpointMetadata.Add(new EnableRateLimitingAttribute(policy)));

    public static WebApplication UseOneStop(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseMaskedRequestLog();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UsePlatformSessions();
        app.UseAuthorization();
        app.UseAntiforgery();
        // Forms are read for the control-character rule only once a request has been let through to its endpoint.
        app.UseFormInputGuard();

        app.MapStaticAssets();
        app.MapOpenApi();
        app.UseApiReference();
        app.MapGet("/health", HealthEndpoint.CheckAsync).AllowAnonymous().ExcludeFromDescription();
        app.MapGroup("/api").RequireAuthorization().WithTags("Platform").MapPlatformEndpoints();
        app.MapGroup("/api").RequireAuthorization().WithTags("Catalog").MapCatalogEndpoints();
        app.MapGroup("/api").RequireAuthorization().WithTags("Cases").MapCasesEndpoints();
        app.MapGroup("/api").RequireAuthorization().WithTags("Hotline").MapHotlineEndpoints();
        app.MapHotlinePublicEndpoints();
        app.MapRazorPages();
        return app;
    }
}
