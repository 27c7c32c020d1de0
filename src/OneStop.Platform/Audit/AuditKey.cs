using System.Security.Cryptography;
using System.Text;

namespace OneStop.Platform.Audit;

/// <summary>
/// The secret the audit chain and its checkpoints are keyed with. It lives in a file outside the database, so
/// someone who can write the database alone cannot compute a valid MAC. Created on first use (32 random bytes,
/// readable by the owner only); never created over an existing file.
/// </summary>
internal sealed class AuditKey
{
    private readonly Lazy<byte[]> _key;

    public AuditKey(AuditSettings settings)
    {
        Path = settings.KeyFile;
        _key = new Lazy<byte[]>(() => LoadOrCreate(settings.KeyFile));
    }

    /// <summary>For tests and tools that hold the key in memory.</summary>
    public AuditKey(byte[] key, string path = "(内存)")
    {
        Path = path;
        _key = new Lazy<byte[]>(key);
    }

    public string Path { get; }

    public string Mac(ReadOnlySpan<byte> payload) => Convert.ToHexStringLower(HMACSHA256.HashData(_key.Value, payload));

    private static byte[] LoadOrCreate(string path)
    {
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            var fresh = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
            try
            {
                var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
                if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
                using var stream = new FileStream(path, options);
                stream.Write(Encoding.ASCII.GetBytes(fresh + "\n"));
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another host or process created it first: use theirs.
            }
        }
        var text = File.ReadAllText(path).Trim();
        try
        {
            var key = Convert.FromBase64String(text);
            if (key.Length >= 32) return key;
        }
        catch (FormatException) { }
        throw new InvalidOperationException($"审计密钥文件 {path} 无效：应为至少 32 字节的 Base64 文本");
    }
}
