namespace OneStop.Catalog.Notices;

/// <summary>The type sizes of a notice; sized for A4 read at arm's length, as at a service window.</summary>
internal sealed class NoticeStyles : IDisposable
{
    public NoticeFont Title { get; } = new(20);
    public NoticeFont Heading { get; } = new(13);
    public NoticeFont Body { get; } = new(11);
    public NoticeFont Small { get; } = new(9.5f);

    public void Dispose()
    {
        Title.Dispose();
        Heading.Dispose();
        Body.Dispose();
        Small.Dispose();
    }
}
