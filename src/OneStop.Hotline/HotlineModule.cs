using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OneStop.Hotline.Classification;
using OneStop.Hotline.Duplicates;
using OneStop.Hotline.Dispatch;
using OneStop.Hotline.Knowledge;
using OneStop.Hotline.Channels;
using Microsoft.AspNetCore.Builder;
using OneStop.Hotline.Figures;
using OneStop.Hotline.Imports;
using OneStop.Hotline.Open311;
using OneStop.Hotline.Persistence;
using OneStop.Hotline.PublicIntake;
using OneStop.Hotline.Tickets;
using OneStop.Hotline.Tickets.Callback;
using OneStop.Hotline.Tickets.Dispatching;
using OneStop.Hotline.Tickets.Domain;
using OneStop.Hotline.Tickets.Handling;
using OneStop.Hotline.Tickets.Intake;
using OneStop.Hotline.Tickets.Merging;
using OneStop.Hotline.Tickets.Reading;
using OneStop.Hotline.Tickets.Urging;
using OneStop.Platform.Audit;
using OneStop.Platform.Persistence;

namespace OneStop.Hotline;

/// <summary>一号: the 12345 hotline — intake, knowledge base, dispatch, tickets, duplicates, callbacks, figures, Open311.</summary>
public static class HotlineModule
{
    public static IServiceCollection AddHotline(this IServiceCollection services)
    {
        services.AddAuditWords(HotlineAuditWords.Words);
        services.AddModuleDbContext<HotlineDbContext>("hotline");
        services.AddOptions<DeadlineSettings>().BindConfiguration("Hotline:Deadlines");
        services.AddScoped<TicketWork>();
        services.AddScoped<RegisterIntake>();
        services.AddScoped<OverdueUrging>();
        services.AddHostedService<OverdueUrgingService>();
        services.AddSingleton<ICategorySuggester>(sp => new CategorySuggester(
            ClassifierFiles.From(sp.GetRequiredService<IConfiguration>()), sp.GetRequiredService<ILogger<CategorySuggester>>()));
        // The open tickets of the last 30 days, in memory, fed from the ticket table (OpenMattersFeed); a matter without a
        // category is compared by the category the suggester gives its text.
        services.AddSingleton(sp => new DuplicateIndex(text => sp.GetRequiredService<ICategorySuggester>().Suggest(text).Best.Code));
        services.AddSingleton<OpenMattersFeed>();
        services.AddHostedService<OpenMattersFeedService>();
        services.AddSingleton<DuplicateFinder>();
        services.AddScoped<WriteKnowledge>().AddScoped<ReadKnowledge>().AddScoped<SearchKnowledge>();
        services.AddScoped<DispatchCatalogue>().AddScoped<ManageDispatchRules>();
        // Citizens' side: the public form's phone codes and submission, the channel gateways' keys.
        services.AddOptions<PhoneCodeSettings>().BindConfiguration("Hotline:PhoneCodes");
        services.AddOptions<PublicIntakeSettings>().BindConfiguration("Hotline:Public");
        services.AddScoped<PhoneCodes>();
        services.AddScoped<PublicRegions>();
        services.AddScoped<SubmitPublicRequest>();
        services.AddSingleton<ChannelKeys>();
        services.AddOptions<Open311Settings>().BindConfiguration("Hotline:Open311");
        services.AddScoped<RequestQuery>();
        services.AddScoped<PostRequest>();
        services.AddScoped<FiguresQuery>();
        services.AddScoped<ImportMessages>();
        return services;
    }

    /// <summary>The signed-in API under /api/hotline/… (the host maps this inside its authorised /api group).</summary>
    public static RouteGroupBuilder MapHotlineEndpoints(this RouteGroupBuilder api)
    {
        // Tickets: intake, the centre's and the departments' actions, callbacks, merging, reading, the public lookup.
        PublicLookup.Map(api);
        IntakeEndpoints.Map(api);
        CentreActions.Map(api);
        DepartmentActions.Map(api);
        CallbackActions.Map(api);
        MergeActions.Map(api);
        ReadTickets.Map(api);
        SuggestCategoryEndpoints.Map(api);
        DuplicateEndpoints.Map(api);
        KnowledgeEndpoints.Map(api);
        DispatchRuleEndpoints.Map(api);
        // The citizens' public form and the channel gateways (anonymous, rate-limited).
        PublicIntakeEndpoints.Map(api);
        ChannelIntake.Map(api);
        FiguresEndpoints.Map(api);
        return api;
    }

    /// <summary>The public interfaces outside /api: Open311 GeoReport v2 under /open311/v2.</summary>
    public static IEndpointRouteBuilder MapHotlinePublicEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapOpen311();
        return app;
    }
}
