using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OneStop.Hotline.Persistence;
using OneStop.Hotline.Tickets.Domain;

namespace OneStop.Hotline.Duplicates;

/// <summary>
/// Keeps the in-memory <see cref="DuplicateIndex"/> equal to the open tickets of the last
/// <see cref="SameMatterRule.Window"/>: a full pass at start and every half minute (other hosts' intakes, closings,
/// merges), and at once for this host's own intakes. Proposals are checked against the database before they are shown
/// (see <see cref="DuplicateEndpoints"/>), so a pass that is a few seconds behind never proposes a closed ticket.
/// </summary>
public sealed class OpenMattersFeed(DuplicateIndex index, IServiceScopeFactory scopes, TimeProvider time)
{
    private readonly Dictionary<long, int> _revisions = [];
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>The index's key of a ticket id (the index names matters by Guid).</summary>
    public static Guid Key(long ticketId)
    {
        var bytes = new byte[16];
        BitConverter.GetBytes(ticketId).CopyTo(bytes, 8);
        return new Guid(bytes);
    }

    public static long TicketId(Guid key) => BitConverter.ToInt64(key.ToByteArray(), 8);

    public static MatterRecord Record(Ticket t) => new(Key(t.Id), t.Number, (t.Title is { } title ? title + " " : "") + t.Text,
        t.CategoryCode, t.RegionCode, t.Address, t.Latitude, t.Longitude, new DateTimeOffset(DateTime.SpecifyKind(t.CreatedAt, DateTimeKind.Utc)));

    /// <summary>A ticket this host just registered or changed: in or out of the index now, not at the next pass.</summary>
    public void Changed(Ticket t)
    {
        if (t.State.IsOpen()) index.Add(Record(t));
        else index.Remove(Key(t.Id));
    }

    public async Task<int> SyncAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<HotlineDbContext>();
            var since = time.GetUtcNow().UtcDateTime - SameMatterRule.Window;
            var open = await db.Set<Ticket>().AsNoTracking()
                .Where(t => t.CreatedAt >= since && t.State != TicketState.Closed && t.State != TicketState.HandedOver && t.State != TicketState.Merged)
                .Select(t => new { t.Id, t.Revision }).ToListAsync(ct);
            var now = open.ToDictionary(t => t.Id, t => t.Revision);
            foreach (var gone in _revisions.Keys.Where(id => !now.ContainsKey(id)).ToList())
            {
                index.Remove(Key(gone));
                _revisions.Remove(gone);
            }
            var changed = now.Where(t => !_revisions.TryGetValue(t.Key, out var r) || r != t.Value).Select(t => t.Key).ToList();
            foreach (var chunk in changed.Chunk(500))
            {
                var tickets = await db.Set<Ticket>().AsNoTracking().Where(t => chunk.Contains(t.Id)).ToListAsync(ct);
                foreach (var t in tickets)
                {
                    index.Add(Record(t));
                    _revisions[t.Id] = t.Revision;
                }
            }
            return index.Count;
        }
        finally { _gate.Release(); }
    }
}

/// <summary>Runs the feed's pass at start and every half minute.</summary>
public sealed class OpenMattersFeedService(OpenMattersFeed feed, ILogger<OpenMattersFeedService> log) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try { await feed.SyncAsync(stoppingToken); }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { return; }
            // The first pass may come before the database is migrated; the next one will do.
            catch (Exception e) { log.LogDebug(e, "Open matters feed pass failed; will retry"); }
            try { await Task.Delay(Interval, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }
}
