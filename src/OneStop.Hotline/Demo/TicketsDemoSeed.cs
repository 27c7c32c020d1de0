using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OneStop.Hotline.Persistence;
using OneStop.Hotline.Tickets.Domain;
using OneStop.Platform.Calendar;
using OneStop.Platform.Departments;
using OneStop.Platform.Security;

namespace OneStop.Hotline.Demo;

/// <summary>A demo staff account the seeded tickets are worked by (the host reads them from Platform).</summary>
public sealed record HotlineDemoStaff(string UserName, long AccountId, string Name, string Role);

/// <summary>
/// Demo tickets so every hotline queue shows real work on first start: a few hundred requests over the last four
/// weeks in every state (待派单 … 已办结, 已移交, 已并单 with several requesters), mostly 天河区 with some from other
/// districts, and work for 天河区住建局 (the demo handler) in each of its queues. Built only through
/// <see cref="TicketStory"/> and the <see cref="Ticket"/> methods with past times; one transaction, one audit record.
/// Skipped when any ticket exists or the demo accounts and departments are missing.
/// </summary>
public static class TicketsDemoSeed
{
    public const int Generated = 260;

    public static async Task<bool> RunAsync(IServiceProvider sp, IReadOnlyList<HotlineDemoStaff> staff, CancellationToken ct = default)
    {
        var db = sp.GetRequiredService<HotlineDbContext>();
        if (await db.Set<Ticket>().AnyAsync(ct)) return false;
        var departments = sp.GetRequiredService<IDepartmentDirectory>();
        var clock = new TicketClock(sp.GetRequiredService<IOptions<DeadlineSettings>>().Value,
            await sp.GetRequiredService<IWorkingCalendar>().CurrentAsync(ct));
        var seeder = new DemoTicketSeeder(new TicketStory(db, clock), sp.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime, ct);
        if (!await seeder.LoadAsync(staff, departments)) return false;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var count = await seeder.RegisterAllAsync();
        // Callbacks name their request by id, which the database gives at the first save (same transaction).
        await db.SaveChangesAsync(ct);
        await seeder.WorkAllAsync();
        db.Audit("hotline.demo.seed", "演示工单", $"{count} 件诉求（各状态的工单、并单与紧急移交）", "440100");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return true;
    }

    /// <summary>Reads the staff list from any role/user-name pairs (what the hosts have).</summary>
    public static bool HasDemoStaff(IReadOnlyList<HotlineDemoStaff> staff) =>
        new[] { "agent", "dispatcher", "handler", "supervisor" }.All(u => staff.Any(s => s.UserName == u));

    internal static readonly string[] Roles = [Role.HotlineAgent, Role.HotlineDispatcher, Role.DepartmentHandler, Role.Supervisor];
}
