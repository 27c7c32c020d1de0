using System.Globalization;

namespace OneStop.Hotline.Classification;

/// <summary>Accuracy, macro-F1 (the mean of the per-class F1, so small categories count as much as large ones) and per-class F1.</summary>
public sealed record ClassifierFigures(int Rows, double Accuracy, double MacroF1, IReadOnlyDictionary<string, double> F1ByLabel)
{
    /// <summary>Figures over the labels that occur in <paramref name="gold"/>; a prediction outside them is simply wrong.</summary>
    public static ClassifierFigures Of(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        if (gold.Count != predicted.Count || gold.Count == 0) throw new ArgumentException("gold and predicted must be equally long and not empty");
        var accuracy = gold.Where((g, i) => g == predicted[i]).Count() / (double)gold.Count;
        var f1 = gold.Distinct().OrderBy(l => l, StringComparer.Ordinal).ToDictionary(l => l, l =>
        {
            int tp = 0, fp = 0, fn = 0;
            for (var i = 0; i < gold.Count; i++)
            {
                if (predicted[i] == l && gold[i] == l) tp++;
                else if (predicted[i] == l) fp++;
                else if (gold[i] == l) fn++;
            }
            return tp == 0 ? 0 : 2.0 * tp / (2 * tp + fp + fn);
        });
        return new ClassifierFigures(gold.Count, accuracy, f1.Values.Average(), f1);
    }

    /// <summary>"准确率 0.8800  宏平均F1 0.8742", as the command line and the benchmark print it.</summary>
    public string Summary => string.Create(CultureInfo.InvariantCulture, $"准确率 {Accuracy:F4}  宏平均F1 {MacroF1:F4}");

    public string PerClass => string.Join("  ", F1ByLabel.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} {p.Value:F3}")));
}
