namespace OneStop.Catalog.Search;

/// <summary>The synonym list shipped with the product (Data/synonyms.txt), used until an administrator saves one.</summary>
public static class DefaultSynonyms
{
    private const string ResourceName = "synonyms.txt";

    public static string Text { get; } = Read();

    public static SynonymList List { get; } = SynonymList.Parse(Text);

    private static string Read()
    {
        using var stream = typeof(DefaultSynonyms).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"{ResourceName} is not embedded in {typeof(DefaultSynonyms).Assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
