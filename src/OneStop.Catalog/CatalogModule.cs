using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Catalog.Items;
using OneStop.Catalog.Persistence;
using OneStop.Platform.Persistence;

namespace OneStop.Catalog;

public static class CatalogModule
{
    public static IServiceCollection AddCatalog(this IServiceCollection services)
    {
        services.AddModuleDbContext<CatalogDbContext>("catalog");
        services.AddSingleton<CatalogChanges>();
        return services;
    }

    public static RouteGroupBuilder MapCatalogEndpoints(this RouteGroupBuilder api)
    {
        ReadItems.Map(api);
        EditItems.Map(api);
        return api;
    }
}
