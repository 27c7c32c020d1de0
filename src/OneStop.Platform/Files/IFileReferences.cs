namespace OneStop.Platform.Files;

/// <summary>
/// A module that keeps files of the store (a case's materials, a ticket's reply) names every one it still refers to,
/// from all its records, so the file sweep (onestop files sweep) deletes only files nothing refers to. Registered once per
/// module (several implementations).
/// </summary>
public interface IFileReferences
{
    IAsyncEnumerable<string> Sha256sAsync(CancellationToken ct);
}
