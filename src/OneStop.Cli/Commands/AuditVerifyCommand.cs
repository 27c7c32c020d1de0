using Microsoft.Extensions.DependencyInjection;
using OneStop.Platform.Audit;
using OneStop.Platform.Persistence;

namespace OneStop.Cli.Commands;

/// <summary>onestop audit verify: checks both chains with the key and against the checkpoints; exit 1 when broken.</summary>
public static class AuditVerifyCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, TextWriter stdout, TextWriter stderr)
    {
        using var scope = services.CreateScope();
        var sp = scope.ServiceProvider;
        var key = sp.GetRequiredService<AuditKey>();
        var checkpoints = sp.GetRequiredService<AuditCheckpoints>();
        var result = await VerifyAuditTrail.RunAsync(sp.GetRequiredService<PlatformDbContext>(), key, checkpoints);
        if (result.Intact)
        {
            await stdout.WriteLineAsync($"审计链完整：业务操作 {result.RecordsChecked} 条，安全事件 {result.SecurityEventsChecked} 条，" +
                $"对照检查点 {result.CheckpointsChecked} 个；已写入当前链头检查点（{checkpoints.Directory}）");
            return 0;
        }
        await stderr.WriteLineAsync($"审计链损坏：{result.BrokenChain}首条损坏记录 #{result.FirstBrokenSequence}：{result.Problem}" +
            $"（此前业务操作 {result.RecordsChecked} 条、安全事件 {result.SecurityEventsChecked} 条完好）");
        if (result.BrokenRecord is not null) await stderr.WriteLineAsync($"该记录现存内容：{result.BrokenRecord}");
        await stderr.WriteLineAsync($"所用密钥文件：{key.Path}；检查点目录：{checkpoints.Directory}");
        return 1;
    }
}
