namespace OneStop.Platform.Files;

/// <summary>A file in the store: its hash (its name), its size in bytes and its kind as read from the content.</summary>
public sealed record StoredFile(string Sha256, long Size, FileKind Kind)
{
    /// <summary>The media type to serve it with; never the one the uploader declared.</summary>
    public string ContentType => Kind switch
    {
        FileKind.Pdf => "application/pdf",
        FileKind.Jpeg => "image/jpeg",
        FileKind.Png => "image/png",
        _ => "application/ofd",
    };

    /// <summary>The file name extensions of the kind; the first is given to a name that has none of them.</summary>
    public IReadOnlyList<string> Extensions => Kind switch
    {
        FileKind.Pdf => [".pdf"],
        FileKind.Jpeg => [".jpg", ".jpeg"],
        FileKind.Png => [".png"],
        _ => [".ofd"],
    };

    /// <summary>The kind as people read it.</summary>
    public string KindLabel => Kind switch
    {
        FileKind.Pdf => "PDF",
        FileKind.Jpeg => "JPEG 图片",
        FileKind.Png => "PNG 图片",
        _ => "OFD 版式文件",
    };
}
