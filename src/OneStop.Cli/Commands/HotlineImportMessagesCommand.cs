using Microsoft.Extensions.DependencyInjection;
using OneStop.Hotline.Imports;
using OneStop.Platform.Persistence;

namespace OneStop.Cli.Commands;

/// <summary>hotline import-messages: the message board's messages with replies as historical, closed tickets (idempotent).</summary>
public static class HotlineImportMessagesCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, string file, TextWriter stdout, TextWriter stderr)
    {
        if (!File.Exists(file))
        {
            await stderr.WriteLineAsync($"文件不存在：{file}");
            return 2;
        }
        await ModuleDatabases.MigrateAllAsync(services);
        using var scope = services.CreateScope();
        var report = await scope.ServiceProvider.GetRequiredService<ImportMessages>().RunAsync(file, null, default);
        await stdout.WriteLineAsync($"读取 {report.Read} 条留言：导入 {report.Imported} 条，此前已导入 {report.AlreadyImported} 条，错误 {report.BadRows.Count} 条");
        foreach (var bad in report.BadRows) await stdout.WriteLineAsync("  " + bad);
        return 0;
    }
}
