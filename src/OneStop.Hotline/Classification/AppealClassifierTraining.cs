using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace OneStop.Hotline.Classification;

/// <summary>
/// How the category model is made (docs/adr/0018-hotline-classifier.md): the text's character 1–3-grams, TF-IDF
/// weighted and L2-normalised, into a maximum-entropy (multinomial logistic) classifier trained by SDCA (weak L2), each row
/// weighted inversely to its label's frequency (balanced), because macro-F1 counts the small categories
/// (交通运输: 102 of 1,842 rows) as much as the large ones. Every step is seeded, so the same rows give the same model.
/// </summary>
internal static class AppealClassifierTraining
{
    public const int Seed = 20261201;
    public const string Predicted = "PredictedLabel";

    public static AppealClassifierModel Train(IReadOnlyList<LabelledAppeal> rows)
    {
        var ml = new MLContext(seed: Seed);
        var counts = rows.GroupBy(r => r.Label).ToDictionary(g => g.Key, g => g.Count());
        var perLabel = rows.Count / (double)counts.Count;
        var data = ml.Data.LoadFromEnumerable(rows.Select(r => new AppealModelInput
        {
            Label = r.Label, Text = AppealText.Normalize(r.Text), Weight = (float)(perLabel / counts[r.Label]),
        }).ToList());
        return AppealClassifierModel.From(ml, Pipeline(ml).Fit(data));
    }

    /// <summary>
    /// k-fold cross-validation on the rows given (the dev split): folds stratified by label and drawn once with the
    /// fixed seed, so every run and every candidate pipeline is measured on the same folds.
    /// </summary>
    public static ClassifierFigures CrossValidate(IReadOnlyList<LabelledAppeal> rows, int folds = 5)
    {
        var fold = Folds(rows, folds);
        var predicted = new string[rows.Count];
        for (var f = 0; f < folds; f++)
        {
            var model = Train(rows.Where((_, i) => fold[i] != f).ToList());
            for (var i = 0; i < rows.Count; i++)
                if (fold[i] == f) predicted[i] = model.Predict(rows[i].Text);
        }
        return ClassifierFigures.Of(rows.Select(r => r.Label).ToList(), predicted);
    }

    internal static int[] Folds(IReadOnlyList<LabelledAppeal> rows, int folds)
    {
        var random = new Random(Seed);
        var fold = new int[rows.Count];
        foreach (var label in rows.Select((r, i) => (r.Label, i)).GroupBy(x => x.Label).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var shuffled = label.Select(x => x.i).OrderBy(_ => random.Next()).ToList();
            for (var k = 0; k < shuffled.Count; k++) fold[shuffled[k]] = k % folds;
        }
        return fold;
    }

    private static IEstimator<ITransformer> Pipeline(MLContext ml) =>
        ml.Transforms.Conversion.MapValueToKey("Label")
            .Append(ml.Transforms.Text.FeaturizeText("Features", new TextFeaturizingEstimator.Options
            {
                CharFeatureExtractor = new WordBagEstimator.Options
                {
                    NgramLength = 3, UseAllLengths = true, Weighting = NgramExtractingEstimator.WeightingCriteria.TfIdf,
                },
                WordFeatureExtractor = null,
                Norm = TextFeaturizingEstimator.NormFunction.L2,
                CaseMode = TextNormalizingEstimator.CaseMode.Lower,
                KeepPunctuations = false,
                KeepNumbers = true,
                KeepDiacritics = false,
            }, nameof(AppealModelInput.Text)))
            // Featurised once, not again on every pass of the trainer.
            .AppendCacheCheckpoint(ml)
            .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                ExampleWeightColumnName = nameof(AppealModelInput.Weight),
                // Chosen on dev cross-validation: 1e-3 0.735, 1e-4 0.873, SDCA's own default 0.881, 1e-5 0.888 macro-F1.
                L2Regularization = 1e-5f,
                NumberOfThreads = 1, // one thread: the same model on every machine
            }));
}
