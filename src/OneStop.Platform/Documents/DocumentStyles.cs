namespace OneStop.Platform.Documents;

/// <summary>The type sizes of a printed document; sized for A4 read at arm's length, as at a service window.</summary>
public sealed class DocumentStyles : IDisposable
{
    internal DocumentStyles(DocumentFonts faces)
    {
        Title = new(faces, 20, bold: true);
        Heading = new(faces, 13);
        Body = new(faces, 11);
        Small = new(faces, 9.5f);
    }

    public DocumentFont Title { get; }
    public DocumentFont Heading { get; }
    public DocumentFont Body { get; }
    public DocumentFont Small { get; }

    public void Dispose()
    {
        Title.Dispose();
        Heading.Dispose();
        Body.Dispose();
        Small.Dispose();
    }
}
