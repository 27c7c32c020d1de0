using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Http;

public abstract class CalendarApiTests(OneStopFactory factory) : ApiTests(factory)
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task One_working_day_after_the_last_day_of_September_2024_is_after_National_Day()
    {
        var body = await Factory.Anonymous().GetFromJsonAsync<JsonElement>("/api/calendar/workdays?from=2024-09-30&add=1", Ct);
        Assert.Equal("2024-10-08", body.GetProperty("date").GetString());
        Assert.Empty(body.GetProperty("warnings").EnumerateArray());
    }

    [Fact]
    public async Task Working_days_between_count_from_the_day_after()
    {
        var body = await Factory.Anonymous().GetFromJsonAsync<JsonElement>("/api/calendar/workdays-between?from=2024-09-30&to=2024-10-08", Ct);
        Assert.Equal(1, body.GetProperty("workdays").GetInt32());
    }

    [Fact]
    public async Task A_year_outside_the_official_data_counts_weekends_only_and_says_so()
    {
        var body = await Factory.Anonymous().GetFromJsonAsync<JsonElement>("/api/calendar/workdays?from=2030-09-30&add=1", Ct);
        Assert.Equal("2030-10-01", body.GetProperty("date").GetString());
        Assert.Contains("2030", body.GetProperty("warnings")[0].GetString());
    }

    [Theory]
    [InlineData("from=2024-02-30&add=1", "calendar.invalid-date")]
    [InlineData("from=20240101&add=1", "calendar.invalid-date")]
    [InlineData("from=2024-01-01&add=-1", "calendar.invalid-count")]
    [InlineData("from=2024-01-01&add=10001", "calendar.invalid-count")]
    [InlineData("from=2024-01-01&add=abc", "calendar.invalid-count")]
    [InlineData("add=3", "calendar.invalid-date")]
    public async Task Impossible_input_gets_400_with_a_code(string query, string code)
    {
        var response = await Factory.Anonymous().GetAsync("/api/calendar/workdays?" + query, Ct);
        var problem = await Problem.ReadAsync(response);
        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.Equal(code, problem.Code);
    }

    [Fact]
    public async Task A_province_administrator_closes_offices_for_an_emergency_and_deadlines_move()
    {
        var admin = await Factory.SignedInAsync("admin");
        var before = await Factory.Anonymous().GetFromJsonAsync<JsonElement>("/api/calendar/workdays?from=2026-03-02&add=1", Ct);
        Assert.Equal("2026-03-03", before.GetProperty("date").GetString());

        var set = await admin.PutAsJsonAsync("/api/calendar/days/2026-03-03",
            new { isOffDay = true, name = "应急停工", reason = "测试：省政府紧急通知" }, Ct);
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        var after = await Factory.Anonymous().GetFromJsonAsync<JsonElement>("/api/calendar/workdays?from=2026-03-02&add=1", Ct);
        Assert.Equal("2026-03-04", after.GetProperty("date").GetString());
        Assert.True(await Factory.WithDbAsync(db => db.AuditRecords.AnyAsync(r => r.Action == "calendar.change-day" && r.Target.Contains("2026-03-03"), Ct)));

        (await admin.DeleteAsync("/api/calendar/days/2026-03-03", Ct)).EnsureSuccessStatusCode();
        var reset = await Factory.Anonymous().GetFromJsonAsync<JsonElement>("/api/calendar/workdays?from=2026-03-02&add=1", Ct);
        Assert.Equal("2026-03-03", reset.GetProperty("date").GetString());
    }

    [Fact]
    public async Task A_county_administrator_cannot_change_the_calendar_everyone_shares()
    {
        var response = await (await Factory.SignedInAsync("th-admin")).PutAsJsonAsync("/api/calendar/days/2026-03-05",
            new { isOffDay = true, name = "区里放假", reason = "无" }, Ct);
        var problem = await Problem.ReadAsync(response);
        Assert.Equal(HttpStatusCode.Forbidden, problem.Status);
        Assert.Equal("calendar.province-admin-only", problem.Code);
        Assert.False(await Factory.WithDbAsync(db => db.CalendarOverrides.AnyAsync(Ct)));
    }

    [Fact]
    public async Task The_year_view_lists_official_holidays_and_make_up_days()
    {
        var body = await Factory.Anonymous().GetFromJsonAsync<JsonElement>("/api/calendar/days?year=2024", Ct);
        var days = body.GetProperty("days").EnumerateArray().ToList();
        Assert.Contains(days, d => d.GetProperty("date").GetString() == "2024-02-04" && !d.GetProperty("isOffDay").GetBoolean());
        Assert.Contains(days, d => d.GetProperty("date").GetString() == "2024-10-01" && d.GetProperty("name").GetString() == "国庆节");
    }
}
