namespace OneStop.Catalog.Search;

/// <summary>The fields a token was found in, as bits, so one posting records all of them.</summary>
[Flags]
internal enum SearchField : byte
{
    None = 0,
    Name = 1,
    SubName = 2,
    Keywords = 4,
    Department = 8,
    Materials = 16,
    Texts = 32,
}

internal static class SearchFieldWeights
{
    // A word in the name says far more about what an item is than the same word in a material's name or in the
    // conditions and FAQ, which mention many things besides the item itself.
    private static readonly float[] ByMask = Enumerable.Range(0, 64).Select(mask => Weight((SearchField)mask)).ToArray();

    public static float Of(byte mask) => ByMask[mask];

    private static float Weight(SearchField fields) =>
        fields.HasFlag(SearchField.Name) ? 1f
        : fields.HasFlag(SearchField.SubName) ? 0.6f
        : fields.HasFlag(SearchField.Keywords) ? 0.4f
        : fields.HasFlag(SearchField.Department) ? 0.2f
        : fields.HasFlag(SearchField.Materials) ? 0.15f
        : fields.HasFlag(SearchField.Texts) ? 0.08f
        : 0f;
}
