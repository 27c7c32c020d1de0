using Microsoft.Extensions.DependencyInjection;
using OneStop.Cases.Export;
using OneStop.Cases.Persistence;
using OneStop.Platform.Errors;
using OneStop.Platform.Persistence;

namespace OneStop.Cli.Commands;

/// <summary>
/// cases export: the national case-upload rows (全国一体化政务服务平台办件信息) of the cases submitted in a range of
/// Beijing dates, as .csv (UTF-8 with BOM) or .xlsx. The rows come from the Cases module; this only writes the file.
/// </summary>
public static class CasesExportCommand
{
    public const string UsageLine = "cases export --from YYYY-MM-DD --to YYYY-MM-DD <文件.csv|.xlsx>";

    public static async Task<int> RunAsync(IServiceProvider services, string[] options, TextWriter stdout, TextWriter stderr)
    {
        string? from = null, to = null, file = null;
        for (var i = 0; i < options.Length; i++)
        {
            switch (options[i])
            {
                case "--from" when i + 1 < options.Length: from = options[++i]; break;
                case "--to" when i + 1 < options.Length: to = options[++i]; break;
                case var o when !o.StartsWith("--", StringComparison.Ordinal) && file is null: file = o; break;
                default: return await UsageAsync(stderr, $"无法识别的参数：{options[i]}");
            }
        }
        if (file is null) return await UsageAsync(stderr, "请给出导出文件名（.csv 或 .xlsx）");
        var extension = Path.GetExtension(file).ToLowerInvariant();
        if (extension is not (".csv" or ".xlsx")) return await UsageAsync(stderr, "导出文件的扩展名应为 .csv 或 .xlsx");
        // Checked before the database is opened: a typo in the folder must not cost the export's query first.
        var folder = Path.GetDirectoryName(Path.GetFullPath(file))!;
        if (!Directory.Exists(folder)) return await UsageAsync(stderr, $"导出文件所在的文件夹不存在：{folder}");
        DateOnly start, end;
        try
        {
            (start, end) = CaseExport.ParseRange(from, to);
        }
        catch (RequestValidationException e)
        {
            return await UsageAsync(stderr, string.Join("；", e.Errors.SelectMany(x => x.Value)));
        }
        await ModuleDatabases.MigrateAllAsync(services);
        using var scope = services.CreateScope();
        var table = await CaseExport.BuildAsync(scope.ServiceProvider.GetRequiredService<CasesDbContext>(), start, end, null, default);
        try
        {
            await File.WriteAllBytesAsync(file, extension == ".csv" ? CaseExportFiles.Csv(table) : CaseExportFiles.Xlsx(table));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"错误: 无法写入导出文件 {Path.GetFullPath(file)}：{e.Message}");
            return 1;
        }
        await stdout.WriteLineAsync($"已导出 {start:yyyy-MM-dd} 至 {end:yyyy-MM-dd} 提交的 {table.Rows.Count} 条办件：{Path.GetFullPath(file)}");
        return 0;
    }

    private static async Task<int> UsageAsync(TextWriter stderr, string message)
    {
        await stderr.WriteLineAsync("错误: " + message);
        await stderr.WriteLineAsync("用法: onestop " + UsageLine);
        return 2;
    }
}
