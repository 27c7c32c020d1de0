using System.Net.Http.Json;
using OneStop.Catalog.Items;
using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Cases.PreReview;

public sealed class ImmediateItemIsDecidedAtAcceptanceOnSqlite(SqliteFactory f) : ImmediateItemIsDecidedAtAcceptanceTests(f), IClassFixture<SqliteFactory>;
public sealed class ImmediateItemIsDecidedAtAcceptanceOnPostgres(PostgresFactory f) : ImmediateItemIsDecidedAtAcceptanceTests(f), IClassFixture<PostgresFactory>;

/// <summary>即办件: decided on the spot when accepted; its due date is the day of acceptance.</summary>
public abstract class ImmediateItemIsDecidedAtAcceptanceTests(OneStopFactory factory) : ApiTests(factory)
{
    [Fact]
    public async Task Accepting_an_immediate_item_decides_it_the_same_day()
    {
        var s = new CaseScenario(Factory);
        var item = await s.PublishItemAsync(c => c with { CaseType = CaseType.Immediate, PromisedLimitDays = 0 });
        var accepted = await s.AcceptedAsync(item);
        Assert.Equal("Decided", accepted.GetProperty("state").GetString());
        Assert.Equal("Granted", accepted.GetProperty("decision").GetString());
        Assert.Equal(["Submit", "AcceptImmediately"], CaseScenario.Actions(accepted));
        Assert.Equal("2026-11-23", accepted.GetProperty("acceptedOn").GetString());
        Assert.Equal("2026-11-23", accepted.GetProperty("statutoryDueDate").GetString());
        Assert.StartsWith("2026-11-23", accepted.GetProperty("decidedAt").GetString());
        // Nobody has it in their task list afterwards.
        var approver = await s.SignInAsync("approver");
        var tasks = await CaseScenario.ListAllAsync(approver, "/api/cases/tasks?list=mine");
        Assert.DoesNotContain(tasks, t => t.GetProperty("id").GetInt64() == accepted.GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task A_promised_item_is_not_decided_at_acceptance()
    {
        var s = new CaseScenario(Factory);
        var accepted = await s.AcceptedAsync(await s.PublishItemAsync(c => c with { CaseType = CaseType.Promised }));
        Assert.Equal("InReview", accepted.GetProperty("state").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, accepted.GetProperty("decision").ValueKind);
    }
}
