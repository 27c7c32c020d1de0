using Microsoft.Extensions.DependencyInjection;
using OneStop.Catalog;
using OneStop.Catalog.Importing;
using OneStop.Catalog.Lists;
using OneStop.Platform.Persistence;

namespace OneStop.Cli.Commands;

/// <summary>
/// 导出事项目录: .jsonl is OneStop's own lossless format (imports back with 'catalog import'); .csv and .xlsx are the
/// published catalog list for people.
/// </summary>
public static class CatalogExportCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, string file, TextWriter stdout, TextWriter stderr)
    {
        var extension = Path.GetExtension(file).ToLowerInvariant();
        if (extension is not (".jsonl" or ".csv" or ".xlsx"))
        {
            await stderr.WriteLineAsync("导出文件的扩展名应为 .jsonl（可再导入）、.csv 或 .xlsx");
            return 2;
        }
        await ModuleDatabases.MigrateAllAsync(services);
        var loaded = await services.GetRequiredService<CatalogSnapshot>().GetAsync();
        await using var output = File.Create(file);
        if (extension == ".jsonl") OneStopCatalogFile.Write(output, loaded.Items);
        else
        {
            var list = CatalogLists.Build("items", loaded.Items.Select(i => i.Content).ToList());
            await output.WriteAsync(extension == ".csv" ? CatalogLists.Csv(list) : XlsxWriter.Write(list.Title, list.Columns, list.Rows));
        }
        await stdout.WriteLineAsync($"已导出 {loaded.Items.Count} 个在用事项：{Path.GetFullPath(file)}");
        return 0;
    }
}
