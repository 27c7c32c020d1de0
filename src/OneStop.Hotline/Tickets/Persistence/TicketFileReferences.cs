using Microsoft.EntityFrameworkCore;
using OneStop.Hotline.Persistence;
using OneStop.Hotline.Tickets.Domain;
using OneStop.Platform.Files;

namespace OneStop.Hotline.Tickets.Persistence;

/// <summary>The files tickets refer to: the attachments of each ticket's reply (办理答复).</summary>
internal sealed class TicketFileReferences(HotlineDbContext db) : IFileReferences
{
    public async IAsyncEnumerable<string> Sha256sAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var reply in db.Set<Ticket>().AsNoTracking().Where(t => t.Reply != null).Select(t => t.Reply)
                           .AsAsyncEnumerable().WithCancellation(ct))
            foreach (var file in reply!.Attachments) yield return file.Sha256;
    }
}
