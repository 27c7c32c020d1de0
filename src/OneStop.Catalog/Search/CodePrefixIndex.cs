namespace OneStop.Catalog.Search;

/// <summary>
/// Implementation codes sorted, so a code prefix (the 11440106… of a region and department) is a binary search
/// rather than a scan of every item.
/// </summary>
internal sealed class CodePrefixIndex
{
    private readonly string[] _codes;
    private readonly int[] _docs;

    public CodePrefixIndex(IReadOnlyList<string> normalizedCodes)
    {
        _docs = Enumerable.Range(0, normalizedCodes.Count).Where(doc => normalizedCodes[doc].Length > 0).ToArray();
        _codes = _docs.Select(doc => normalizedCodes[doc]).ToArray();
        Array.Sort(_codes, _docs, StringComparer.Ordinal);
    }

    public IEnumerable<(int Doc, bool Exact)> StartingWith(string prefix)
    {
        for (var i = LowerBound(prefix); i < _codes.Length && _codes[i].StartsWith(prefix, StringComparison.Ordinal); i++)
        {
            yield return (_docs[i], _codes[i].Length == prefix.Length);
        }
    }

    private int LowerBound(string prefix)
    {
        var (low, high) = (0, _codes.Length);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (string.CompareOrdinal(_codes[middle], prefix) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        return low;
    }
}
