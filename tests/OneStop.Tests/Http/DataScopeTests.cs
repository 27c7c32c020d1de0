using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OneStop.Platform.Accounts;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Http;

/// <summary>Both directions of the data scope: what a role may do in its region, and what it may not do outside.</summary>
public abstract class DataScopeTests(OneStopFactory factory) : ApiTests(factory)
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_county_administrator_creates_departments_in_their_county_only()
    {
        var admin = await Factory.SignedInAsync("th-admin");
        var inside = await admin.PostAsJsonAsync("/api/departments", new { name = "天河区测试局" + Guid.NewGuid().ToString("N")[..6], regionCode = "440106" }, Ct);
        Assert.Equal(HttpStatusCode.Created, inside.StatusCode);

        var town = await admin.PostAsJsonAsync("/api/departments", new { name = "石牌街道测试办" + Guid.NewGuid().ToString("N")[..6], regionCode = "440106006" }, Ct);
        Assert.Equal(HttpStatusCode.Created, town.StatusCode);

        var before = await Factory.WithDbAsync(db => db.Departments.CountAsync(Ct));
        var outside = await admin.PostAsJsonAsync("/api/departments", new { name = "越秀区测试局", regionCode = "440104" }, Ct);
        var problem = await Problem.ReadAsync(outside);
        Assert.Equal(HttpStatusCode.Forbidden, problem.Status);
        Assert.Equal("auth.out-of-scope", problem.Code);
        Assert.Equal(before, await Factory.WithDbAsync(db => db.Departments.CountAsync(Ct)));
    }

    [Fact]
    public async Task A_province_administrator_reaches_every_county_below()
    {
        var admin = await Factory.SignedInAsync("admin");
        var response = await admin.PostAsJsonAsync("/api/departments", new { name = "越秀区测试局" + Guid.NewGuid().ToString("N")[..6], regionCode = "440104" }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Account_lists_show_only_accounts_in_scope()
    {
        var county = await (await Factory.SignedInAsync("th-admin")).GetFromJsonAsync<JsonElement>("/api/accounts?kind=Staff", Ct);
        var names = county.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("userName").GetString()).ToList();
        Assert.Contains("approver", names);
        Assert.DoesNotContain("yx-approver", names);
        Assert.DoesNotContain("supervisor", names); // 市级账号不属于区级管理员

        var province = await (await Factory.SignedInAsync("admin")).GetFromJsonAsync<JsonElement>("/api/accounts?kind=Staff", Ct);
        var all = province.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("userName").GetString()).ToList();
        Assert.Contains("yx-approver", all);
        Assert.Contains("supervisor", all);
    }

    [Fact]
    public async Task Roles_without_account_management_cannot_list_accounts()
    {
        var response = await (await Factory.SignedInAsync("clerk")).GetAsync("/api/accounts", Ct);
        var problem = await Problem.ReadAsync(response);
        Assert.Equal(HttpStatusCode.Forbidden, problem.Status);
        Assert.Equal("auth.role-required", problem.Code);
    }

    [Fact]
    public async Task A_county_administrator_cannot_open_accounts_for_a_department_of_another_county()
    {
        var yx = await Factory.WithDbAsync(db => db.Departments.Where(d => d.RegionCode == "440104").Select(d => d.Id).FirstAsync(Ct));
        var response = await (await Factory.SignedInAsync("th-admin")).PostAsJsonAsync("/api/accounts/staff",
            new { userName = "yx-new", displayName = "越秀新人", password = "Secret2026", departmentId = yx, roles = new[] { "Approver" } }, Ct);
        Assert.Equal("auth.out-of-scope", (await Problem.ReadAsync(response)).Code);
        Assert.False(await Factory.WithDbAsync(db => db.Accounts.AnyAsync(a => a.UserName == "yx-new", Ct)));
    }

    [Fact]
    public async Task A_citizen_sees_their_own_profile_and_not_another_citizens()
    {
        var ids = await Factory.WithDbAsync(db => db.Accounts.Where(a => a.Kind == AccountKind.Citizen)
            .OrderBy(a => a.Id).Select(a => new { a.Id, a.UserName }).Take(2).ToListAsync(Ct));
        var citizen = await Factory.SignedInAsync(ids[0].UserName);

        var own = await citizen.GetFromJsonAsync<JsonElement>($"/api/accounts/{ids[0].Id}/profile", Ct);
        Assert.Equal("张三", own.GetProperty("displayName").GetString());
        Assert.Contains("********", own.GetProperty("residentId").GetString()); // 身份证号码脱敏

        var other = await citizen.GetAsync($"/api/accounts/{ids[1].Id}/profile", Ct);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.DoesNotContain("李四", await other.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task A_window_clerk_of_the_county_reads_a_citizen_profile_but_a_clerk_role_elsewhere_cannot()
    {
        var id = await Factory.WithDbAsync(db => db.Accounts.Where(a => a.Kind == AccountKind.Citizen).Select(a => a.Id).FirstAsync(Ct));
        var clerk = await (await Factory.SignedInAsync("clerk")).GetAsync($"/api/accounts/{id}/profile", Ct);
        Assert.Equal(HttpStatusCode.OK, clerk.StatusCode);

        // 越秀区审批员：角色可查档案，但办事人不在其部门范围内
        var outsider = await (await Factory.SignedInAsync("yx-approver")).GetAsync($"/api/accounts/{id}/profile", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, outsider.StatusCode);
    }
}
