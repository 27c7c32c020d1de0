using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Platform.Files;
using OneStop.Platform.Files.Sweep;
using OneStop.Platform.Persistence;

namespace OneStop.Cli.Commands;

/// <summary>
/// files sweep: deletes uploads no case or ticket refers to, last stored more than N days ago (7 unless given), and
/// interrupted uploads' temporary files; --dry-run only counts. Meant for a nightly cron job on one machine.
/// </summary>
public static class FilesSweepCommand
{
    public const string UsageLine = "files sweep [--older-than-days N] [--dry-run]";

    public static async Task<int> RunAsync(IServiceProvider services, string[] options, TextWriter stdout, TextWriter stderr)
    {
        var age = SweepFileStore.DefaultMinimumAge;
        var dryRun = false;
        for (var i = 0; i < options.Length; i++)
        {
            switch (options[i])
            {
                case "--dry-run": dryRun = true; break;
                case "--older-than-days" when i + 1 < options.Length:
                    if (!int.TryParse(options[++i], NumberStyles.None, CultureInfo.InvariantCulture, out var days) || days is < 1 or > 3650)
                        return await UsageAsync(stderr, "--older-than-days 应为 1 到 3650 之间的整数（天）");
                    age = TimeSpan.FromDays(days);
                    break;
                default: return await UsageAsync(stderr, $"无法识别的参数：{options[i]}");
            }
        }
        await ModuleDatabases.MigrateAllAsync(services);
        using var scope = services.CreateScope();
        var sp = scope.ServiceProvider;
        var r = await SweepFileStore.RunAsync(sp.GetRequiredService<IFileStore>(), sp.GetServices<IFileReferences>(),
            sp.GetRequiredService<PlatformDbContext>(), sp.GetRequiredService<TimeProvider>(), age, dryRun, default);
        var verb = r.DryRun ? "可清理" : "已清理";
        await stdout.WriteLineAsync($"文件存储共 {r.Stored} 个文件，其中 {r.Referenced} 个仍被办件或工单引用；" +
            $"{verb}无引用文件 {r.Unreferenced} 个（{r.UnreferencedBytes / 1024.0 / 1024.0:0.##} MB），" +
            $"无引用但 {age.TotalDays:0} 天内存入而保留 {r.KeptRecent} 个" + (r.DryRun ? "（试运行，未删除）" : $"；清除中断的上传临时文件 {r.IncomingRemoved} 个"));
        return 0;
    }

    private static async Task<int> UsageAsync(TextWriter stderr, string message)
    {
        await stderr.WriteLineAsync("错误: " + message);
        await stderr.WriteLineAsync("用法: onestop " + UsageLine);
        return 2;
    }
}
