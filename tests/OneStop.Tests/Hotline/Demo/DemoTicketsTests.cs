using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Hotline.Demo;
using OneStop.Hotline.Persistence;
using OneStop.Hotline.Tickets.Domain;
using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Hotline.Demo;

public sealed class DemoTicketsOnSqlite(SqliteFactory f) : DemoTicketsTests(f), IClassFixture<SqliteFactory>;
public sealed class DemoTicketsOnPostgres(PostgresFactory f) : DemoTicketsTests(f), IClassFixture<PostgresFactory>;

/// <summary>The demo's first start: a few hundred requests in every state, and work in each of the demo handler's queues.</summary>
public abstract class DemoTicketsTests(OneStopFactory factory) : ApiTests(factory)
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<List<Ticket>> TicketsAsync() => Factory.WithScopeAsync(sp =>
        sp.GetRequiredService<HotlineDbContext>().Set<Ticket>().AsNoTracking().Include(t => t.Requests).Include(t => t.History)
            .AsSplitQuery().ToListAsync(Ct));

    [Fact]
    public async Task The_demo_starts_with_tickets_in_every_state()
    {
        var tickets = await TicketsAsync();
        Assert.Equal(Enum.GetValues<TicketState>().ToHashSet(), tickets.Select(t => t.State).ToHashSet());
        Assert.InRange(tickets.Sum(t => t.Requests.Count), 250, 400);
        // Built through the domain: every ticket has its history, and the closing ways all occur.
        Assert.DoesNotContain(tickets, t => t.History.Count == 0);
        var closedHow = tickets.Where(t => t.State == TicketState.Closed).Select(t => t.ClosedHow).ToHashSet();
        Assert.Superset(new HashSet<string?> { "直接办结", "回访满意", "回访（未接通）", "监察结案" }, closedHow);
        Assert.Contains(tickets, t => t.State == TicketState.Handling && t.ReopenCount == 1);
        Assert.Contains(tickets, t => t.Extension is { Approved: null });
        Assert.Contains(tickets, t => t.Extension is { Approved: true });
        Assert.Contains(tickets, t => t.Requests.Count >= 3 && t.Requests.Select(r => r.Phone).Distinct().Count() >= 3);
        Assert.Contains(tickets, t => t.RegionCode != "440106");
        Assert.Contains(tickets, t => t.State == TicketState.Closed && t.FirstCallResolved);
        Assert.True(tickets.Select(t => t.DepartmentName).Distinct().Count() >= 6);
    }

    [Theory]
    [InlineData("ToSign")]
    [InlineData("Handling")]
    [InlineData("Returns")]
    [InlineData("Extensions")]
    [InlineData("CoHandling")]
    [InlineData("Overdue")]
    [InlineData("Closed")]
    public async Task The_demo_handler_has_work_in_each_queue(string queue)
    {
        var handler = await Factory.SignedInAsync("handler");
        var page = await handler.GetFromJsonAsync<JsonElement>($"/api/hotline/tickets?queue={queue}", Ct);
        Assert.True(page.GetProperty("total").GetInt32() > 0, $"{queue} is empty");
    }

    [Fact]
    public async Task Demo_tickets_are_seeded_only_once_and_again_in_full_on_an_emptied_database()
    {
        await using var own = await Factory.WithOwnClockAsync();
        var before = await own.Factory.WithScopeAsync(sp => sp.GetRequiredService<HotlineDbContext>().Set<Ticket>().CountAsync(Ct));
        var again = await own.Factory.WithScopeAsync(async sp => await TicketsDemoSeed.RunAsync(sp,
            [new HotlineDemoStaff("agent", 1, "坐席", "HotlineAgent")], Ct));
        Assert.False(again);
        Assert.Equal(before, await own.Factory.WithScopeAsync(sp => sp.GetRequiredService<HotlineDbContext>().Set<Ticket>().CountAsync(Ct)));
        // A fresh seed (its own database, emptied of tickets) writes the same demo again. Not timed: a wall-clock bound
        // fails on a loaded machine, and speed is measured by the benchmarks, not by tests.
        await own.Factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<HotlineDbContext>();
            await db.Database.ExecuteSqlRawAsync("DELETE FROM hotline_ticket_events", Ct);
            await db.Database.ExecuteSqlRawAsync("DELETE FROM hotline_requests", Ct);
            await db.Database.ExecuteSqlRawAsync("DELETE FROM hotline_tickets", Ct);
            return 0;
        });
        var staff = await own.Factory.WithScopeAsync(async sp => (await OneStop.Platform.Demo.DemoStaff.ListAsync(
                sp.GetRequiredService<OneStop.Platform.Persistence.PlatformDbContext>()))
            .Select(s => new HotlineDemoStaff(s.UserName, s.AccountId, s.Name, s.Role)).ToList());
        Assert.True(await own.Factory.WithScopeAsync(sp => TicketsDemoSeed.RunAsync(sp, staff, Ct)));
        Assert.Equal(before, await own.Factory.WithScopeAsync(sp => sp.GetRequiredService<HotlineDbContext>().Set<Ticket>().CountAsync(Ct)));
    }
}
