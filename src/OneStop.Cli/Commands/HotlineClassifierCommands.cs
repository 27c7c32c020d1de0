using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Hotline.Classification;

namespace OneStop.Cli.Commands;

/// <summary>
/// onestop hotline train-classifier / suggest-category: train the category model from the dev split, and probe the
/// very suggester the agent console calls, so operators can check the model on their own examples.
/// </summary>
public static class HotlineClassifierCommands
{
    public static async Task<int> TrainAsync(IServiceProvider services, string[] options, TextWriter stdout, TextWriter stderr)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        string? data = null, output = null;
        for (var i = 0; i < options.Length; i++)
        {
            switch (options[i])
            {
                case "--data" when i + 1 < options.Length: data = options[++i]; break;
                case "--out" when i + 1 < options.Length: output = options[++i]; break;
                default:
                    await stderr.WriteLineAsync($"未知参数: {options[i]}（可用 --data <dev.csv> --out <模型文件>）");
                    return 2;
            }
        }
        data ??= TrainClassifier.DefaultData(configuration);
        output ??= ClassifierFiles.InDataDirectory(configuration);
        await stdout.WriteLineAsync($"训练数据: {Path.GetFullPath(data)}");
        var result = TrainClassifier.Run(data, output);
        await stdout.WriteLineAsync($"样本数: {result.Rows}");
        await stdout.WriteLineAsync($"分类数: {result.Labels.Count}（{string.Join("、", result.Labels)}）");
        await stdout.WriteLineAsync($"{result.Folds} 折交叉验证: {result.CrossValidation.Summary}");
        await stdout.WriteLineAsync($"各类 F1: {result.CrossValidation.PerClass}");
        await stdout.WriteLineAsync($"模型已写入: {result.ModelPath}");
        return 0;
    }

    /// <summary>First line: the 一级 name alone (scripts read it); then the lower levels, the confidence and the source.</summary>
    public static async Task<int> SuggestAsync(IServiceProvider services, string text, TextWriter stdout)
    {
        var suggestion = services.GetRequiredService<ICategorySuggester>().Suggest(SuggestCategoryEndpoints.Validate(text));
        await stdout.WriteLineAsync(suggestion.First.Name);
        await stdout.WriteLineAsync($"二级: {suggestion.Second?.Name ?? "（未识别）"}");
        await stdout.WriteLineAsync($"三级: {suggestion.Third?.Name ?? "（未识别）"}");
        await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"置信度: {suggestion.Confidence:F2}"));
        await stdout.WriteLineAsync($"来源: {suggestion.SourceName}");
        await stdout.WriteLineAsync("备选: " + string.Join("  ", suggestion.Alternatives.Select(a =>
            string.Create(CultureInfo.InvariantCulture, $"{a.Category.Name} {a.Score:F2}"))));
        return 0;
    }
}
