using Microsoft.Extensions.DependencyInjection;
using OneStop.Platform.Persistence;
using OneStop.Platform.Regions;

namespace OneStop.Cli.Commands;

public static class ImportTownsCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, string file, TextWriter stdout, TextWriter stderr)
    {
        if (!File.Exists(file))
        {
            await stderr.WriteLineAsync($"文件不存在: {file}");
            return 1;
        }
        await ModuleDatabases.MigrateAllAsync(services);
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        await RegionSeeder.EnsureAsync(db);
        var report = await ImportTowns.FromCsvAsync(file, db, new ProgressBar(stderr, "导入乡镇街道"));
        await stdout.WriteLineAsync($"新增 {report.Imported}，更新 {report.Updated}，未变 {report.Unchanged}，拒绝 {report.Rejected.Count}");
        foreach (var line in report.Rejected.Take(20)) await stdout.WriteLineAsync("  拒绝: " + line);
        if (report.Rejected.Count > 20) await stdout.WriteLineAsync($"  …… 另有 {report.Rejected.Count - 20} 行被拒绝");
        return 0;
    }
}
