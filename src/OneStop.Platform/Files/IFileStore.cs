namespace OneStop.Platform.Files;

public interface IFileStore
{
    Task<StoredFile> SaveAsync(Stream content, long maxBytes, CancellationToken ct);
    Stream? Open(string sha256);
    bool Exists(string sha256);
}

public enum FileKind { Pdf, Jpeg, Png, Ofd }

public sealed record StoredFile(string Sha256, long Size, FileKind Kind)
{
    public string ContentType => Kind switch
    {
        FileKind.Pdf => "application/pdf", FileKind.Jpeg => "image/jpeg", FileKind.Png => "image/png", _ => "application/ofd",
    };

    public string KindLabel => Kind switch
    {
        FileKind.Pdf => "PDF", FileKind.Jpeg => "JPEG 图片", FileKind.Png => "PNG 图片", _ => "OFD 版式文件",
    };
}

public static class FileLimits
{
    public const long DefaultMaxFileBytes = 10 * 1024 * 1024;
}
