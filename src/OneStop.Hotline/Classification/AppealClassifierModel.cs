using System.Collections.Concurrent;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace OneStop.Hotline.Classification;

/// <summary>A row as the ML.NET pipeline reads it (training and prediction alike).</summary>
internal sealed class AppealModelInput
{
    public string Label { get; set; } = "";

    public string Text { get; set; } = "";

    /// <summary>Training only: rarer labels weigh more (see <see cref="AppealClassifierTraining"/>).</summary>
    public float Weight { get; set; } = 1;
}

internal sealed class AppealModelOutput
{
    public float[] Score { get; set; } = [];
}

/// <summary>
/// A trained model file (ML.NET zip) and the label names of its score slots. ML.NET's prediction engine is not
/// thread-safe, so engines are pooled: each suggestion takes one and gives it back.
/// </summary>
internal sealed class AppealClassifierModel
{
    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly ConcurrentBag<PredictionEngine<AppealModelInput, AppealModelOutput>> _engines = [];

    private AppealClassifierModel(MLContext ml, ITransformer model, IReadOnlyList<string> labels)
    {
        _ml = ml;
        _model = model;
        Labels = labels;
    }

    /// <summary>The 一级 names the model knows, in the order of its scores.</summary>
    public IReadOnlyList<string> Labels { get; }

    public static AppealClassifierModel From(MLContext ml, ITransformer model)
    {
        var schema = model.GetOutputSchema(ml.Data.LoadFromEnumerable(Array.Empty<AppealModelInput>()).Schema);
        var names = default(VBuffer<ReadOnlyMemory<char>>);
        schema[AppealClassifierTraining.Predicted].GetKeyValues(ref names);
        return new AppealClassifierModel(ml, model, names.DenseValues().Select(n => n.ToString()).ToList());
    }

    /// <summary>Loads a model file; throws when it is missing, not an ML.NET model or not one of ours.</summary>
    public static AppealClassifierModel Load(string path)
    {
        var ml = new MLContext(seed: AppealClassifierTraining.Seed);
        using var stream = File.OpenRead(path);
        return From(ml, ml.Model.Load(stream, out _));
    }

    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = path + ".tmp";
        // Written aside then moved, so a host loading the file meanwhile never reads half a model.
        using (var stream = File.Create(temporary))
            _ml.Model.Save(_model, InputSchema(), stream);
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>The probability of each label, in the order of <see cref="Labels"/>.</summary>
    public float[] Scores(string text)
    {
        if (!_engines.TryTake(out var engine))
            engine = _ml.Model.CreatePredictionEngine<AppealModelInput, AppealModelOutput>(_model);
        try
        {
            return engine.Predict(new AppealModelInput { Text = AppealText.Normalize(text) }).Score;
        }
        finally
        {
            _engines.Add(engine);
        }
    }

    /// <summary>The label with the highest score.</summary>
    public string Predict(string text)
    {
        var scores = Scores(text);
        return Labels[Array.IndexOf(scores, scores.Max())];
    }

    private DataViewSchema InputSchema() => _ml.Data.LoadFromEnumerable(Array.Empty<AppealModelInput>()).Schema;
}
