using Microsoft.Extensions.DependencyInjection;
using OneStop.Catalog.Importing;
using OneStop.Catalog.Persistence;
using OneStop.Platform.Persistence;

namespace OneStop.Cli.Commands;

public static class CatalogImportCommand
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
        CatalogImportReport report;
        try
        {
            report = await ImportCatalog.RunAsync(file, scope.ServiceProvider.GetRequiredService<CatalogDbContext>(),
                services.GetRequiredService<TimeProvider>(), new ProgressBar(stderr, "导入事项"),
                departments: scope.ServiceProvider.GetRequiredService<OneStop.Platform.Departments.IDepartmentDirectory>());
        }
        catch (InvalidDataException e)
        {
            await stderr.WriteLineAsync($"无法识别的目录文件: {e.Message}");
            return 1;
        }
        var reportPath = Path.GetFullPath($"catalog-import-{DateTime.Now:yyyyMMdd-HHmmss}.csv");
        await File.WriteAllBytesAsync(reportPath, report.ToCsv());
        await stdout.WriteLineAsync(report.Summary);
        foreach (var r in report.Rejected.Take(10)) await stdout.WriteLineAsync($"  拒绝 第 {r.Row} 行：{r.Reason}");
        await stdout.WriteLineAsync($"导入报告：{reportPath}");
        return 0;
    }
}
