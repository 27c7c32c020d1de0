using System.Net;
using System.Net.Http.Json;
using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Cases;

public sealed class UnmappedDepartmentOnSqlite(SqliteFactory f) : UnmappedDepartmentTests(f), IClassFixture<SqliteFactory>;
public sealed class UnmappedDepartmentOnPostgres(PostgresFactory f) : UnmappedDepartmentTests(f), IClassFixture<PostgresFactory>;

/// <summary>An item whose implementing department is not a Platform department cannot be applied for until it is mapped.</summary>
public abstract class UnmappedDepartmentTests(OneStopFactory factory) : ApiTests(factory)
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_item_of_an_unmapped_department_cannot_be_applied_for_online_or_at_the_window()
    {
        var s = new CaseScenario(Factory);
        var item = await s.PublishItemAsync(c => c with { DepartmentName = "广州市天河区尚未登记的管理局" });
        var before = await s.CountCasesAsync();
        var citizen = await s.SignInAsync(CaseScenario.Citizen);
        var online = await citizen.PostAsJsonAsync("/api/cases", new { itemId = item }, Ct);
        var problem = await CaseScenario.RefusedAsync(online, HttpStatusCode.Conflict);
        Assert.Equal("case.department-unmapped", problem.Code);
        Assert.Contains("广州市天河区尚未登记的管理局", problem.Title);
        var clerk = await s.SignInAsync("clerk");
        var window = await clerk.PostAsJsonAsync("/api/cases/window", new { itemId = item, applicantType = "自然人", idNumber = CaseScenario.Citizen }, Ct);
        Assert.Equal("case.department-unmapped", (await CaseScenario.RefusedAsync(window, HttpStatusCode.Conflict)).Code);
        Assert.Equal(before, await s.CountCasesAsync());
    }
}
