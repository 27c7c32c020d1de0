using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OneStop.Platform.Accounts;
using OneStop.Platform.Audit;
using OneStop.Platform.Calendar;
using OneStop.Platform.Departments;
using OneStop.Platform.Errors;
using OneStop.Platform.Files;
using OneStop.Platform.Persistence;
using OneStop.Platform.Regions;
using OneStop.Platform.Security;
using OneStop.Platform.Security.RateLimiting;

namespace OneStop.Platform;

internal static class PlatformModule
{
    /// <summary>Services every host needs: database, current user, data scope, calendar, passwords.</summary>
    public static IServiceCollection AddPlatformCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(DatabaseSettings.From(configuration));
        services.AddModuleDbContext<PlatformDbContext>("platform");
        services.AddScoped<DataScope>();
        services.AddScoped<IRegionDirectory, RegionDirectory>();
        services.AddScoped<IDepartmentDirectory, DepartmentDirectory>();
        services.AddScoped<IApplicantDirectory, ApplicantDirectory>();
        services.AddSingleton<WorkingCalendarCache>();
        services.AddScoped<IWorkingCalendar, PlatformWorkingCalendar>();
        services.AddSingleton<IPasswordHasher<Account>, PasswordHasher<Account>>();
        services.TryAddSingleton(AuditSettings.From(configuration));
        services.TryAddSingleton(sp => new AuditKey(sp.GetRequiredService<AuditSettings>()));
        services.TryAddSingleton<AuditCheckpoints>();
        services.TryAddSingleton<AuditSealer>();
        services.AddAuditWords(PlatformAuditWords.Words);
        services.TryAddSingleton<AuditVocabulary>();
        services.TryAddSingleton(FileStoreSettings.From(configuration));
        services.TryAddSingleton<IFileStore, FileStore>();
        services.TryAddScoped<Messaging.ISmsSender, Messaging.SmsOutbox>();
        return services;
    }

    /// <summary>The web host's additions: signed-in user from the request, cookies for pages, tokens for the API.</summary>
    public static IServiceCollection AddPlatform(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddPlatformCore(configuration);
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        services.AddHostedService<AuditCheckpointService>();
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ProblemDefaults.Apply);
        services.AddControlCharacterGuard();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = "OneStop";
                o.DefaultChallengeScheme = "OneStop";
            })
            .AddPolicyScheme("OneStop", "Cookie 或 Bearer", o => o.ForwardDefaultSelector = ctx =>
                ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? BearerTokenDefaults.AuthenticationScheme
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.Cookie.Name = "onestop.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.LoginPath = "/login";
                o.AccessDeniedPath = "/forbidden";
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                o.Events.OnRedirectToLogin = ctx => ApiStatusOrRedirect(ctx, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = ctx => ApiStatusOrRedirect(ctx, StatusCodes.Status403Forbidden);
            })
            .AddBearerToken(o => o.BearerTokenExpiration = TimeSpan.FromHours(8));
        services.AddAuthorization();
        services.AddAntiforgery();
        services.AddOneStopRateLimits();
        // Keys in the installation's own database under OneStop's own name: tokens of another installation fail here.
        services.AddDbContext<DataProtectionKeysDbContext>((sp, options) =>
            sp.GetRequiredService<DatabaseSettings>().Configure(options, "platform"));
        services.AddDataProtection().SetApplicationName("OneStop").PersistKeysToDbContext<DataProtectionKeysDbContext>();
        return services;
    }

    public static RouteGroupBuilder MapPlatformEndpoints(this RouteGroupBuilder api)
    {
        SignInEndpoints.Map(api);
        RegisterApplicants.Map(api);
        CreateStaffAccount.Map(api);
        ListAccounts.Map(api);
        UnlockAccount.Map(api);
        ResetPassword.Map(api);
        DisableAccount.Map(api);
        ChangeRoles.Map(api);
        GetProfile.Map(api);
        UpdateOwnProfile.Map(api);
        BrowseRegions.Map(api);
        ListDepartments.Map(api);
        CreateDepartment.Map(api);
        AddWorkdaysEndpoint.Map(api);
        WorkdaysBetweenEndpoint.Map(api);
        ListDays.Map(api);
        ChangeDay.Map(api);
        BrowseAuditTrail.Map(api);
        VerifyAuditTrail.Map(api);
        return api;
    }

    /// <summary>After authentication: revocation, the forced password change, CSRF on the cookie API; then the rate limiter.</summary>
    public static IApplicationBuilder UsePlatformSessions(this IApplicationBuilder app) =>
        app.UseMiddleware<SessionValidation>().UseRateLimiter();

    private static Task ApiStatusOrRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api"))
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }
}
