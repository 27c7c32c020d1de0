using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Catalog.Bundles;
using OneStop.Catalog.Items;
using OneStop.Catalog.Lists;
using OneStop.Catalog.Statistics;
using OneStop.Catalog.Persistence;
using OneStop.Catalog.Search;
using OneStop.Platform.Audit;
using OneStop.Platform.Persistence;

namespace OneStop.Catalog;

public static class CatalogModule
{
    public static IServiceCollection AddCatalog(this IServiceCollection services)
    {
        services.AddAuditWords(CatalogAuditWords.Words);
        services.AddModuleDbContext<CatalogDbContext>("catalog");
        services.AddSingleton<CatalogChanges>();
        services.AddSingleton<CatalogSnapshot>();
        services.AddSingleton<CatalogSearch>();
        services.AddSingleton<Notices.NoticeHalls>();
        services.AddScoped<BundleSearch>();
        services.AddScoped<PopularSearches>();
        services.AddSingleton<SearchCountBuffer>();
        services.AddSingleton<SearchCountFlush>();
        services.AddHostedService(sp => sp.GetRequiredService<SearchCountFlush>());
        services.AddScoped<Contracts.IServiceItemCatalog, Contracts.ServiceItemCatalog>();
        return services;
    }

    public static RouteGroupBuilder MapCatalogEndpoints(this RouteGroupBuilder api)
    {
        SearchEndpoints.Map(api);
        ReadItems.Map(api);
        CreateItem.Map(api);
        StartDraft.Map(api);
        EditDraft.Map(api);
        PublishVersion.Map(api);
        RetireItem.Map(api);
        LocalItems.Map(api);
        LocalRegions.Map(api);
        CatalogStatistics.Map(api);
        CatalogLists.Map(api);
        ReadBundles.Map(api);
        CreateBundle.Map(api);
        EditBundle.Map(api);
        PublishBundle.Map(api);
        RetireBundle.Map(api);
        Departments.ItemDepartments.Map(api);
        return api;
    }
}
