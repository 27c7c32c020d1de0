using Microsoft.EntityFrameworkCore;
using OneStop.Platform.Files;

namespace OneStop.Cases.Persistence;

/// <summary>
/// The files cases refer to: every material's files of every case (withdrawn and decided ones too: they are the record)
/// and the attachments of every history entry, which keep a file that was replaced or deleted from a draft.
/// Streams the columns, so a large installation is read once without holding it.
/// </summary>
internal sealed class CaseFileReferences(CasesDbContext db) : IFileReferences
{
    public async IAsyncEnumerable<string> Sha256sAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var materials in db.Cases.AsNoTracking().Select(c => c.Materials).AsAsyncEnumerable().WithCancellation(ct))
            foreach (var file in materials.SelectMany(m => m.Files)) yield return file.Sha256;
        await foreach (var attachments in db.Events.AsNoTracking().Select(e => e.Attachments).AsAsyncEnumerable().WithCancellation(ct))
            foreach (var file in attachments) yield return file.Sha256;
    }
}
