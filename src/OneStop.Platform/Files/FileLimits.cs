namespace OneStop.Platform.Files;

public static class FileLimits
{
    /// <summary>One uploaded material: 10 MB holds a scanned multi-page PDF at 300 dpi.</summary>
    public const long DefaultMaxFileBytes = 10 * 1024 * 1024;
}
