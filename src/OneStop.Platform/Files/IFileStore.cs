namespace OneStop.Platform.Files;

/// <summary>
/// Where applicants' uploads live: content-addressed (the SHA-256 of the bytes is the only name), so the same file
/// uploaded twice is stored once and nothing taken from the user ever becomes a path.
/// </summary>
public interface IFileStore
{
    /// <summary>Stores the content (read fully, at most <paramref name="maxBytes"/>), returns what was stored. Same content → same Sha256, stored once.</summary>
    /// <exception cref="Errors.DomainException">400 file.empty, 413 file.too-large, 415 file.type-not-allowed.</exception>
    Task<StoredFile> SaveAsync(Stream content, long maxBytes, CancellationToken ct);

    /// <summary>Opens stored content by its hash; null when absent or when the hash is not 64 lowercase hex.</summary>
    Stream? Open(string sha256);

    bool Exists(string sha256);
}
