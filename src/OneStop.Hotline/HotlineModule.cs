using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OneStop.Hotline.Classification;
using OneStop.Hotline.Persistence;
using OneStop.Platform.Persistence;

namespace OneStop.Hotline;

/// <summary>一号: the 12345 hotline — intake, knowledge base, dispatch, tickets, duplicates, callbacks, figures, Open311.</summary>
public static class HotlineModule
{
    public static IServiceCollection AddHotline(this IServiceCollection services)
    {
        services.AddModuleDbContext<HotlineDbContext>("hotline");
        services.AddSingleton<ICategorySuggester>(sp => new CategorySuggester(
            ClassifierFiles.From(sp.GetRequiredService<IConfiguration>()), sp.GetRequiredService<ILogger<CategorySuggester>>()));
        return services;
    }

    /// <summary>The signed-in API under /api/hotline/… (the host maps this inside its authorised /api group).</summary>
    public static RouteGroupBuilder MapHotlineEndpoints(this RouteGroupBuilder api)
    {
        SuggestCategoryEndpoints.Map(api);
        return api;
    }
}
