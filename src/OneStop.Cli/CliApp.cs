using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OneStop.Cli.Commands;
using OneStop.Cases;
using OneStop.Catalog;
using OneStop.Hotline;
using OneStop.Platform;
using OneStop.Platform.Security;

namespace OneStop.Cli;

/// <summary>
/// onestop: the operator's command line. Uses the same settings as the web host (ONESTOP_POSTGRES,
/// ONESTOP_DATA_DIR), so both always work on the same database.
/// </summary>
public static class CliApp
{
    public const string Usage = """
        用法: onestop <命令> [参数]

          migrate                                   创建或升级数据库结构（所有模块）
          seed-demo                                 写入演示数据（空库时；已有账号则跳过）
          admin create --user <用户名> --region <省级区划代码> [--name <姓名>] [--department <部门>]
                                                    创建省级系统管理员；密码从标准输入读取（终端中不回显）
          calendar add-workdays YYYY-MM-DD N        输出 N 个工作日后的日期（从次日起算）
          calendar workdays-between YYYY-MM-DD YYYY-MM-DD
                                                    输出两日期之间的工作日数（不含起始日）
          regions import-towns <streets.csv>        导入乡镇街道（国家统计局 9 位代码）
          catalog import <文件>                      导入事项目录（广东 policy.jsonl、四川 CSV）；幂等；写出导入报告 CSV
          catalog export <文件.jsonl|.csv|.xlsx>     导出在用事项（.jsonl 为可再导入的 OneStop 格式）
          cases export --from YYYY-MM-DD --to YYYY-MM-DD <文件.csv|.xlsx>
                                                    导出期间内提交的办件（全国一体化政务服务平台办件信息字段，北京时间日期，
                                                    自然人证件号码脱敏）
          hotline same-matter "<诉求A>" "<诉求B>"   判断两段诉求是否同一事项（与坐席并单建议同一规则）：第一行 same（同一事项）
                                                    或 different（不同事项），第二行为相似度得分，其后为理由
          hotline import-messages <留言.csv>          导入留言板留言及答复为已办结的历史工单（留言编号,留言用户,留言主题,留言时间,
                                                    留言详情,答复意见,答复时间）；幂等；报告导入条数与错误行
          audit verify                              用密钥并对照检查点校验审计链（业务操作、安全事件）；损坏时返回 1
                                                    并指出首条损坏记录；完好时写入当前链头检查点
          hotline train-classifier [--data <dev.csv>] [--out <模型文件>]
                                                    用标注数据的 dev 划分训练诉求分类模型（先做 5 折交叉验证）；默认数据
                                                    $ONESTOP_SHARED_DATA/hotline-appeals-cn/teddycup2020-c-labelled-split/dev.csv，
                                                    默认写入 数据目录/hotline/appeal-classifier.zip（产品优先加载）
          hotline suggest-category "<诉求内容>"       输出建议的分类：第一行为一级分类名称，其后为二级、三级、置信度和来源

        数据库: 设置 ONESTOP_POSTGRES 使用 PostgreSQL；否则使用 ONESTOP_DATA_DIR（默认 ./.onestop）下的 SQLite。
        审计密钥: ONESTOP_AUDIT_KEY_FILE（默认 数据目录/audit.key）；检查点目录: ONESTOP_AUDIT_CHECKPOINTS。
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, IConfiguration? overrides = null,
        TextReader? stdin = null)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            await stdout.WriteLineAsync(Usage);
            return args.Length == 0 ? 2 : 0;
        }
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], DisableDefaults = false });
        if (overrides is not null) builder.Configuration.AddConfiguration(overrides);
        builder.Logging.ClearProviders();
        builder.Services.AddPlatformCore(builder.Configuration);
        builder.Services.AddCatalog();
        builder.Services.AddCases();
        builder.Services.AddHotline();
        builder.Services.AddSingleton<ICurrentUser>(new SystemUser("onestop 命令行"));
        using var host = builder.Build();
        var services = host.Services;
        try
        {
            return args switch
            {
                ["migrate"] => await MigrateCommand.RunAsync(services, stdout),
                ["seed-demo"] => await SeedDemoCommand.RunAsync(services, stdout),
                ["admin", "create", .. var options] => await AdminCreateCommand.RunAsync(services, options, stdin ?? Console.In, stdout, stderr),
                ["calendar", "add-workdays", var from, var n] => await CalendarCommands.AddWorkdaysAsync(services, from, n, stdout, stderr),
                ["calendar", "workdays-between", var from, var to] => await CalendarCommands.BetweenAsync(services, from, to, stdout, stderr),
                ["regions", "import-towns", var file] => await ImportTownsCommand.RunAsync(services, file, stdout, stderr),
                ["catalog", "import", var file] => await CatalogImportCommand.RunAsync(services, file, stdout, stderr),
                ["catalog", "export", var file] => await CatalogExportCommand.RunAsync(services, file, stdout, stderr),
                ["cases", "export", .. var options] => await CasesExportCommand.RunAsync(services, options, stdout, stderr),
                ["hotline", "train-classifier", .. var options] => await HotlineClassifierCommands.TrainAsync(services, options, stdout, stderr),
                ["hotline", "suggest-category", var text] => await HotlineClassifierCommands.SuggestAsync(services, text, stdout),
                // The same rule and the same category suggestion the agent console uses.
                ["hotline", "same-matter", var a, var b] => await SameMatterCommand.RunAsync(a, b, stdout, stderr,
                    categoryOf: text => services.GetRequiredService<OneStop.Hotline.Classification.ICategorySuggester>().Suggest(text).Best.Code),
                ["hotline", "import-messages", var file] => await HotlineImportMessagesCommand.RunAsync(services, file, stdout, stderr),
                ["audit", "verify"] => await AuditVerifyCommand.RunAsync(services, stdout, stderr),
                _ => await UnknownAsync(args, stderr),
            };
        }
        catch (OneStop.Platform.Errors.DomainException e)
        {
            await stderr.WriteLineAsync($"错误 [{e.Code}]: {e.Title}{(e is OneStop.Platform.Errors.RequestValidationException v ? " — " + string.Join("；", v.Errors.SelectMany(x => x.Value.Select(m => $"{x.Key}: {m}"))) : "")}");
            return 1;
        }
        finally
        {
            await SealAsync(services);
        }
    }

    /// <summary>
    /// A command's audit records are committed with its changes and sealed into the chain by a round its commits asked
    /// for; the process waits for that round before it exits, so the chain is complete when the command returns.
    /// </summary>
    private static async Task SealAsync(IServiceProvider services)
    {
        // Only after a command that wrote: reading commands must not open (or create) the database on their way out.
        var sealer = services.GetRequiredService<OneStop.Platform.Audit.AuditSealer>();
        if (!sealer.Requested) return;
        try { await sealer.SealAsync(); }
        catch (Exception)
        {
            // The command's answer stands: its records are committed, pending, and the next host start or
            // `audit verify` seals them. Its exit code must not be replaced by this.
        }
    }

    private static async Task<int> UnknownAsync(string[] args, TextWriter stderr)
    {
        await stderr.WriteLineAsync($"未知命令: {string.Join(' ', args)}");
        await stderr.WriteLineAsync(Usage);
        return 2;
    }
}
