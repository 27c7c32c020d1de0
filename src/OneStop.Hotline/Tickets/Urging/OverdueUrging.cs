using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OneStop.Hotline.Persistence;
using OneStop.Hotline.Tickets.Domain;
using OneStop.Hotline.Tickets.Persistence;

namespace OneStop.Hotline.Tickets.Urging;

/// <summary>
/// 督办 of overdue tickets: every overdue ticket gets notice n + 1 when its last one is older than the interval, up to
/// the last level (提醒 → 督办 → 通报). Each notice is the ticket's own change with the revision check, so when several
/// hosts share one database and run this at once, one wins per ticket and the others' change is a lost race that is
/// simply skipped: each notice is given once.
/// </summary>
public sealed class OverdueUrging(HotlineDbContext db, TimeProvider time, IOptions<DeadlineSettings> settings,
    ILogger<OverdueUrging> log)
{
    public static readonly TicketActor System = new(null, "督办提醒（系统）", "系统");

    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var s = settings.Value;
        var due = now.AddHours(-s.UrgeEveryHours);
        var ids = await db.Set<Ticket>().AsNoTracking()
            .Where(t => (t.State == TicketState.Dispatched && t.SignDueAt < now) || (t.State == TicketState.Handling && t.DueAt < now))
            .Where(t => t.UrgeLevel < s.MaxUrgeLevel && (t.LastUrgedAt == null || t.LastUrgedAt < due))
            .OrderBy(t => t.Id).Select(t => t.Id).Take(500).ToListAsync(ct);
        var urged = 0;
        foreach (var id in ids)
        {
            db.ChangeTracker.Clear();
            var t = await db.Set<Ticket>().Include(x => x.History).Include(x => x.Requests).AsSplitQuery().FirstAsync(x => x.Id == id, ct);
            if (!t.IsOverdue(now) || t.UrgeLevel >= s.MaxUrgeLevel || t.LastUrgedAt >= due) continue;
            t.Urge(null, System, now, automatic: true);
            try
            {
                await TicketWrites.SaveAsync(db, t, TicketAction.Urge, $"超期自动督办（第 {t.UrgeLevel} 次）", ct);
                urged++;
            }
            catch (OneStop.Platform.Errors.BusinessRuleException e) when (e.Code == "hotline.changed")
            {
                log.LogInformation("Ticket {Number} changed while being urged (another host or a person); skipped", t.Number);
            }
        }
        return urged;
    }
}

/// <summary>Runs <see cref="OverdueUrging"/> every few minutes in each host (safe to run on several: see there).</summary>
public sealed class OverdueUrgingService(IServiceProvider services, ILogger<OverdueUrgingService> log) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(Interval, stoppingToken);
                using var scope = services.CreateScope();
                var n = await scope.ServiceProvider.GetRequiredService<OverdueUrging>().RunOnceAsync(stoppingToken);
                if (n > 0) log.LogInformation("Urged {Count} overdue tickets", n);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
            catch (Exception e)
            {
                log.LogWarning(e, "Overdue urging failed; will retry");
            }
        }
    }
}
