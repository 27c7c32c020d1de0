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
}

internal static class SearchFieldWeights
{
    // A word in the name says far more about what an item is than the same word in a material's name.
    private static readonly float[] ByMask = Enumerable.Range(0, 32).Select(mask => Weight((SearchField)mask)).ToArray();

    public static float Of(byte mask) => ByMask[mask];

    private static float Weight(SearchField fields) =>
        fields.HasFlag(SearchField.Name) ? 10f
        : fields.HasFlag(SearchField.SubName) ? 5f
        : fields.HasFlag(SearchField.Keywords) ? 3f
        : fields.HasFlag(SearchField.Department) ? 2f
        : fields.HasFlag(SearchField.Materials) ? 1f
        : 0f;
}
