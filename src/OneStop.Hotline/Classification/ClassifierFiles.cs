using Microsoft.Extensions.Configuration;

namespace OneStop.Hotline.Classification;

/// <summary>
/// Where the category model is looked for, in order: the one <c>onestop hotline train-classifier</c> wrote into the
/// data directory (ONESTOP_DATA_DIR, default ./.onestop), then the one shipped beside the product's assemblies.
/// </summary>
public sealed record ClassifierFiles(IReadOnlyList<string> Candidates)
{
    public const string FileName = "appeal-classifier.zip";

    public static string Shipped => Path.Combine(AppContext.BaseDirectory, "Classification", FileName);

    /// <summary>&lt;data dir&gt;/hotline/appeal-classifier.zip: what the CLI writes by default.</summary>
    public static string InDataDirectory(IConfiguration configuration)
    {
        var dir = configuration["ONESTOP_DATA_DIR"];
        dir = Path.GetFullPath(string.IsNullOrWhiteSpace(dir) ? Path.Combine(Directory.GetCurrentDirectory(), ".onestop") : dir);
        return Path.Combine(dir, "hotline", FileName);
    }

    public static ClassifierFiles From(IConfiguration configuration) => new([InDataDirectory(configuration), Shipped]);
}
