using Microsoft.AspNetCore.Identity;
using OneStop.Catalog;
using OneStop.Catalog.Demo;
using OneStop.Catalog.Persistence;
using OneStop.Platform;
using OneStop.Platform.Accounts;
using OneStop.Platform.Demo;
using OneStop.Platform.Persistence;
using Scalar.AspNetCore;

namespace OneStop.Web.Hosting;

public static class OneStopHost
{
    public static WebApplicationBuilder AddOneStop(this WebApplicationBuilder builder)
    {
        // Serves wwwroot from the source tree when run from a build (dotnet run) in any environment, not only Development.
        builder.WebHost.UseStaticWebAssets();
        builder.Services.AddPlatform(builder.Configuration);
        builder.Services.AddCatalog();
        // Chinese pages: emit Chinese characters as they are, not as &#x...; entities (smaller pages, readable source).
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter());
            o.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        });
        builder.Services.AddRazorPages(o => o.Conventions.AuthorizeFolder("/Workbench").AuthorizeFolder("/Admin").AuthorizePage("/Me"));
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "OneStop 一站通 API";
            doc.Info.Description = "一体化政务服务平台接口。错误以 ProblemDetails 返回，含稳定的 code 字段。";
            return Task.CompletedTask;
        }));
        return builder;
    }

    /// <summary>Brings every module's schema up to date and, on an empty database, seeds the demo.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await ModuleDatabases.MigrateAllAsync(app.Services);
        if (!app.Configuration.GetValue("OneStop:SeedDemo", true)) return;
        using var scope = app.Services.CreateScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<PlatformDbContext>();
        var time = sp.GetRequiredService<TimeProvider>();
        if (await DemoSeed.RunAsync(db, sp.GetRequiredService<IPasswordHasher<Account>>(), time))
            app.Logger.LogInformation("Demo data seeded into {Database}", sp.GetRequiredService<DatabaseSettings>().Describe());
        if (await CatalogDemoSeed.RunAsync(sp.GetRequiredService<CatalogDbContext>(), time, departments: sp.GetRequiredService<OneStop.Platform.Departments.IDepartmentDirectory>()))
            app.Logger.LogInformation("Demo catalog seeded");
    }

    public static WebApplication UseOneStop(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapOpenApi();
        app.MapScalarApiReference(o => o.WithTitle("OneStop 一站通 API"));
        app.MapGet("/health", HealthEndpoint.CheckAsync).AllowAnonymous().ExcludeFromDescription();
        app.MapGroup("/api").RequireAuthorization().WithTags("Platform").MapPlatformEndpoints();
        app.MapGroup("/api").RequireAuthorization().WithTags("Catalog").MapCatalogEndpoints();
        app.MapRazorPages();
        return app;
    }
}
