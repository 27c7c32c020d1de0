using Microsoft.Extensions.DependencyInjection;
using OneStop.Platform.Persistence;
using OneStop.Platform.Regions;

namespace OneStop.Cli.Commands;

public static class MigrateCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, TextWriter stdout)
    {
        var settings = services.GetRequiredService<DatabaseSettings>();
        await ModuleDatabases.MigrateAllAsync(services);
        using var scope = services.CreateScope();
        var regions = await RegionSeeder.EnsureAsync(scope.ServiceProvider.GetRequiredService<PlatformDbContext>());
        await stdout.WriteLineAsync($"数据库已是最新结构：{settings.Describe()}{(regions > 0 ? $"；载入区划 {regions} 个" : "")}");
        return 0;
    }
}
