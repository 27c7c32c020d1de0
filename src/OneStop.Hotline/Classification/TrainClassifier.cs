using Microsoft.Extensions.Configuration;
using OneStop.Platform.Errors;

namespace OneStop.Hotline.Classification;

/// <summary>What a training run did: the rows and labels it read, its cross-validation figures on them, the file it wrote.</summary>
public sealed record TrainClassifierResult(int Rows, IReadOnlyList<string> Labels, ClassifierFigures CrossValidation, int Folds, string ModelPath);

/// <summary>
/// 训练分类模型: cross-validates on the labelled rows given (the dev split — never the test split, which only the
/// benchmark reads), then trains on all of them and writes the model file the product loads.
/// </summary>
public static class TrainClassifier
{
    public const string DevSplit = "hotline-appeals-cn/teddycup2020-c-labelled-split/dev.csv";

    /// <summary>$ONESTOP_SHARED_DATA (default ../shared/data) / hotline-appeals-cn/…/dev.csv.</summary>
    public static string DefaultData(IConfiguration configuration)
    {
        var root = configuration["ONESTOP_SHARED_DATA"];
        return Path.GetFullPath(Path.Combine(string.IsNullOrWhiteSpace(root) ? Path.Combine("..", "shared", "data") : root, DevSplit));
    }

    public static TrainClassifierResult Run(string dataPath, string modelPath, int folds = 5)
    {
        if (!File.Exists(dataPath))
            throw new NotFoundException("hotline.training-data-not-found", $"找不到训练数据文件：{dataPath}");
        var rows = LabelledAppeals.Read(dataPath);
        var labels = rows.Select(r => r.Label).Distinct().OrderBy(l => l, StringComparer.Ordinal).ToList();
        var unknown = labels.Where(l => Taxonomy.AppealTaxonomy.FindFirstLevel(l) is null).ToList();
        if (unknown.Count > 0)
            throw new BusinessRuleException("hotline.training-label-unknown", $"训练数据含有不在诉求分类中的一级分类：{string.Join("、", unknown)}");
        if (labels.Count < 2 || labels.Any(l => rows.Count(r => r.Label == l) < folds))
            throw new BusinessRuleException("hotline.training-data-too-small", $"训练数据至少需要两个分类，且每个分类不少于 {folds} 条");
        var figures = AppealClassifierTraining.CrossValidate(rows, folds);
        AppealClassifierTraining.Train(rows).Save(modelPath);
        return new TrainClassifierResult(rows.Count, labels, figures, folds, Path.GetFullPath(modelPath));
    }
}
