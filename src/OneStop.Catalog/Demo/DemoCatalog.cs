using System.Text.Json;
using OneStop.Catalog.Items;

namespace OneStop.Catalog.Demo;

/// <summary>一件事 of the demo catalog: several items applied for together under one promised limit.</summary>
public sealed record DemoBundle(string Name, string Code, string Description, IReadOnlyList<string> ItemCodes, int PromisedLimitDays);

/// <summary>
/// The demo catalog the product carries (embedded <c>Data/demo-catalog.json</c>, CatalogJson format): items of
/// 广州市天河区 and a few general items of 广州市 modeled on the real county catalog, plus seven 一件事 bundles.
/// Loaded once on first use; every item passes <see cref="PublishingChecks"/>.
/// </summary>
public static class DemoCatalog
{
    private const string ResourceName = "demo-catalog.json";

    private static readonly Lazy<DemoCatalogFile> Loaded = new(Load);

    public static IReadOnlyList<ItemContent> Items => Loaded.Value.Items;

    public static IReadOnlyList<DemoBundle> Bundles => Loaded.Value.Bundles;

    private static DemoCatalogFile Load()
    {
        using var stream = typeof(DemoCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource '{ResourceName}' is missing.");
        return JsonSerializer.Deserialize<DemoCatalogFile>(stream, CatalogJson.Options)
            ?? throw new InvalidDataException($"{ResourceName}: empty document.");
    }

    private sealed class DemoCatalogFile
    {
        public IReadOnlyList<ItemContent> Items { get; init; } = [];
        public IReadOnlyList<DemoBundle> Bundles { get; init; } = [];
    }
}
