using System.Security.Cryptography;
using OneStop.Platform.Errors;

namespace OneStop.Platform.Files;

// TEMPORARY stand-in until the file store work (h-files) is merged.
internal sealed class LocalFileStore(string directory) : IFileStore
{
    public async Task<StoredFile> SaveAsync(Stream content, long maxBytes, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, ct);
        if (buffer.Length == 0) throw new DomainException(400, "file.empty", "文件为空");
        if (buffer.Length > maxBytes) throw new DomainException(413, "file.too-large", "文件超过大小限制");
        var bytes = buffer.ToArray();
        var kind = bytes.AsSpan().StartsWith("%PDF-"u8) ? FileKind.Pdf
            : bytes.AsSpan().StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47 }) ? FileKind.Png
            : bytes.AsSpan().StartsWith(new byte[] { 0xFF, 0xD8, 0xFF }) ? FileKind.Jpeg
            : throw new DomainException(415, "file.type-not-allowed", "只能上传 PDF、JPEG、PNG 或 OFD 文件");
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var path = PathOf(hash)!;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (!File.Exists(path)) await File.WriteAllBytesAsync(path, bytes, ct);
        return new StoredFile(hash, bytes.Length, kind);
    }

    public Stream? Open(string sha256) => PathOf(sha256) is { } p && File.Exists(p) ? File.OpenRead(p) : null;

    public bool Exists(string sha256) => PathOf(sha256) is { } p && File.Exists(p);

    private string? PathOf(string hash) => hash.Length == 64 && hash.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f')
        ? Path.Combine(directory, hash[..2], hash[2..4], hash) : null;
}
