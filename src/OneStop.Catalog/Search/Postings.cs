namespace OneStop.Catalog.Search;

/// <summary>The documents holding one token, in index order, with the fields (bits) it was found in.</summary>
internal sealed class Postings(int[] docs, byte[] fields)
{
    public int[] Docs { get; } = docs;

    public byte[] Fields { get; } = fields;
}

internal sealed class PostingsBuilder
{
    private readonly List<int> _docs = [];
    private readonly List<byte> _fields = [];

    public void Add(int doc, byte fields)
    {
        _docs.Add(doc);
        _fields.Add(fields);
    }

    public Postings ToPostings() => new([.. _docs], [.. _fields]);
}
