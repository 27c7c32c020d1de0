using Microsoft.Extensions.DependencyInjection;
using OneStop.Platform.Audit;
using OneStop.Platform.Persistence;

namespace OneStop.Cli.Commands;

public static class AuditVerifyCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, TextWriter stdout, TextWriter stderr)
    {
        using var scope = services.CreateScope();
        var result = await VerifyAuditTrail.RunAsync(scope.ServiceProvider.GetRequiredService<PlatformDbContext>());
        if (result.Intact)
        {
            await stdout.WriteLineAsync($"审计链完整：共 {result.RecordsChecked} 条记录");
            return 0;
        }
        await stderr.WriteLineAsync($"审计链损坏：首条损坏记录 #{result.FirstBrokenSequence}：{result.Problem}（此前 {result.RecordsChecked} 条完好）");
        return 1;
    }
}
