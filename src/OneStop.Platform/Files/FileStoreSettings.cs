using Microsoft.Extensions.Configuration;

namespace OneStop.Platform.Files;

/// <summary>
/// Where the file store keeps its files: OneStop:Files:Directory, else "files" inside the data directory
/// (ONESTOP_DATA_DIR, default ./.onestop). Hosts sharing one PostgreSQL database must share this directory too.
/// </summary>
internal sealed record FileStoreSettings(string Directory)
{
    public static FileStoreSettings From(IConfiguration configuration)
    {
        var own = configuration["OneStop:Files:Directory"];
        if (!string.IsNullOrWhiteSpace(own)) return new FileStoreSettings(Path.GetFullPath(own));
        var dir = configuration["ONESTOP_DATA_DIR"];
        dir = Path.GetFullPath(string.IsNullOrWhiteSpace(dir) ? Path.Combine(System.IO.Directory.GetCurrentDirectory(), ".onestop") : dir);
        return new FileStoreSettings(Path.Combine(dir, "files"));
    }
}
