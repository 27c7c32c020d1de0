using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Hotline.Dispatch;
using OneStop.Hotline.Knowledge;
using OneStop.Hotline.Persistence;
using OneStop.Platform.Persistence;

namespace OneStop.Hotline;

/// <summary>一号: the 12345 hotline — intake, knowledge base, dispatch, tickets, duplicates, callbacks, figures, Open311.</summary>
public static class HotlineModule
{
    public static IServiceCollection AddHotline(this IServiceCollection services)
    {
        services.AddModuleDbContext<HotlineDbContext>("hotline");
        services.AddScoped<WriteKnowledge>().AddScoped<ReadKnowledge>().AddScoped<SearchKnowledge>();
        services.AddScoped<DispatchCatalogue>().AddScoped<ManageDispatchRules>();
        return services;
    }

    /// <summary>The signed-in API under /api/hotline/… (the host maps this inside its authorised /api group).</summary>
    public static RouteGroupBuilder MapHotlineEndpoints(this RouteGroupBuilder api)
    {
        KnowledgeEndpoints.Map(api);
        DispatchRuleEndpoints.Map(api);
        return api;
    }
}
