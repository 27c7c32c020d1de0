namespace OneStop.Catalog.Notices;

/// <summary>The type sizes of a notice; sized for A4 read at arm's length, as at a service window.</summary>
internal sealed class NoticeStyles(NoticeFonts faces) : IDisposable
{
    public NoticeFont Title { get; } = new(faces, 20);
    public NoticeFont Heading { get; } = new(faces, 13);
    public NoticeFont Body { get; } = new(faces, 11);
    public NoticeFont Small { get; } = new(faces, 9.5f);

    public void Dispose()
    {
        Title.Dispose();
        Heading.Dispose();
        Body.Dispose();
        Small.Dispose();
    }
}
