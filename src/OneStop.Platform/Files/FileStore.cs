using System.Globalization;
using System.Security.Cryptography;
using OneStop.Platform.Errors;

namespace OneStop.Platform.Files;

/// <summary>
/// The file store on the local disk: &lt;directory&gt;/ab/cd/abcd…(64 hex). Content is written to a temporary file in
/// the store's own directory (the same file system, so the final rename is atomic), flushed to the disk, then linked
/// under its hash; a crash at any point leaves at most a stray ".incoming-*" file, never a partial file under a hash.
/// </summary>
internal sealed class FileStore(FileStoreSettings settings) : IFileStore
{
    private const string IncomingPrefix = ".incoming-";

    public async Task<StoredFile> SaveAsync(Stream content, long maxBytes, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        Directory.CreateDirectory(settings.Directory);
        var temp = Path.Combine(settings.Directory, IncomingPrefix + Guid.NewGuid().ToString("N"));
        try
        {
            StoredFile stored;
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920,
                             FileOptions.Asynchronous))
            {
                var (sha256, size, header) = await CopyAsync(content, file, maxBytes, ct);
                if (size == 0) throw new DomainException(400, "file.empty", "文件为空");
                var kind = FileSignatures.Detect(header, file)
                    ?? throw new DomainException(415, "file.type-not-allowed", "只能上传 PDF、JPEG、PNG 或 OFD 文件");
                file.Flush(flushToDisk: true);
                stored = new StoredFile(sha256, size, kind);
            }
            var target = PathOf(stored.Sha256);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            // Without overwrite .NET links the temp under the new name (never replaces): the loser of a race of two
            // saves of the same content gets "exists" and keeps the winner's identical file.
            if (!File.Exists(target))
                try { File.Move(temp, target, overwrite: false); }
                catch (IOException) when (File.Exists(target)) { }
            return stored;
        }
        finally
        {
            File.Delete(temp); // no-op after the move
        }
    }

    public Stream? Open(string sha256)
    {
        if (!IsHash(sha256)) return null;
        try
        {
            return new FileStream(PathOf(sha256), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    public bool Exists(string sha256) => IsHash(sha256) && File.Exists(PathOf(sha256));

    /// <summary>The only names the store accepts: what it produces itself, so no "../" can reach another file.</summary>
    internal static bool IsHash(string? text) =>
        text is { Length: 64 } && text.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f');

    private string PathOf(string sha256) => Path.Combine(settings.Directory, sha256[..2], sha256[2..4], sha256);

    private static async Task<(string Sha256, long Size, byte[] Header)> CopyAsync(Stream content, Stream file, long maxBytes,
        CancellationToken ct)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var header = new byte[FileSignatures.HeaderLength];
        var headerLength = 0;
        var buffer = new byte[81920];
        long size = 0;
        int read;
        while ((read = await content.ReadAsync(buffer, ct)) > 0)
        {
            size += read;
            // Stop reading at the limit: an endless upload costs at most maxBytes of disk, briefly.
            if (size > maxBytes) throw TooLarge(maxBytes);
            var toHeader = Math.Min(read, header.Length - headerLength);
            buffer.AsSpan(0, toHeader).CopyTo(header.AsSpan(headerLength));
            headerLength += toHeader;
            hash.AppendData(buffer, 0, read);
            await file.WriteAsync(buffer.AsMemory(0, read), ct);
        }
        return (Convert.ToHexStringLower(hash.GetHashAndReset()), size, header[..headerLength]);
    }

    private static DomainException TooLarge(long maxBytes)
    {
        var megabytes = (maxBytes / (1024d * 1024d)).ToString("0.##", CultureInfo.InvariantCulture);
        return new DomainException(413, "file.too-large", $"文件超过大小限制（最大 {megabytes} MB）");
    }
}
