using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Http;

public abstract class RegistrationTests(OneStopFactory factory) : ApiTests(factory)
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_citizen_registers_with_a_valid_resident_id_and_signs_in_with_it()
    {
        var id = TestIds.ResidentId();
        var response = await Factory.Anonymous().PostAsJsonAsync("/api/accounts/citizens",
            new { realName = "王小明", residentId = id, password = "Secret2026", phone = "13800000001", regionCode = "440106" }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        await Factory.SignedInAsync(id, "Secret2026");
    }

    [Fact]
    public async Task A_wrong_check_digit_is_refused_with_its_code_and_nothing_is_stored()
    {
        var before = await Factory.WithDbAsync(db => db.Accounts.CountAsync(Ct));
        var response = await Factory.Anonymous().PostAsJsonAsync("/api/accounts/citizens",
            new { realName = "王小明", residentId = TestIds.WithWrongCheckChar(TestIds.ResidentId()), password = "Secret2026" }, Ct);
        var problem = await Problem.ReadAsync(response);
        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.Equal("resident-id.checksum", problem.Code);
        Assert.True(problem.HasFieldError("residentId"));
        Assert.Equal(before, await Factory.WithDbAsync(db => db.Accounts.CountAsync(Ct)));
    }

    [Theory]
    [InlineData("440106199002301230", "resident-id.birth-date")] // 2 月 30 日（校验位已按规则计算，见下）
    [InlineData("12345", "resident-id.format")]
    [InlineData("<script>alert(1)</script>", "resident-id.format")]
    public async Task Invalid_resident_ids_are_refused_with_a_stable_code(string residentId, string code)
    {
        if (residentId.Length == 18 && char.IsAsciiDigit(residentId[0]))
            residentId = residentId[..17] + OneStop.Platform.Identity.ResidentId.ComputeCheckChar(residentId[..17]);
        var response = await Factory.Anonymous().PostAsJsonAsync("/api/accounts/citizens",
            new { realName = "王小明", residentId, password = "Secret2026" }, Ct);
        var problem = await Problem.ReadAsync(response);
        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.Equal(code, problem.Code);
    }

    [Fact]
    public async Task The_same_resident_id_cannot_register_twice()
    {
        var id = TestIds.ResidentId();
        var body = new { realName = "赵六", residentId = id, password = "Secret2026" };
        (await Factory.Anonymous().PostAsJsonAsync("/api/accounts/citizens", body, Ct)).EnsureSuccessStatusCode();
        var again = await Factory.Anonymous().PostAsJsonAsync("/api/accounts/citizens", body, Ct);
        var problem = await Problem.ReadAsync(again);
        Assert.Equal(HttpStatusCode.Conflict, problem.Status);
        Assert.Equal("account.resident-id-taken", problem.Code);
    }

    [Fact]
    public async Task An_enterprise_registers_with_a_valid_credit_code_and_is_refused_with_a_wrong_one()
    {
        var code = TestIds.CreditCode();
        var ok = await Factory.Anonymous().PostAsJsonAsync("/api/accounts/enterprises",
            new { enterpriseName = "广州测试贸易有限公司", creditCode = code, password = "Secret2026" }, Ct);
        Assert.Equal(HttpStatusCode.Created, ok.StatusCode);

        var bad = await Factory.Anonymous().PostAsJsonAsync("/api/accounts/enterprises",
            new { enterpriseName = "广州测试贸易有限公司", creditCode = TestIds.WithWrongCheckChar(TestIds.CreditCode()), password = "Secret2026" }, Ct);
        var problem = await Problem.ReadAsync(bad);
        Assert.Equal("credit-code.checksum", problem.Code);
    }

    [Fact]
    public async Task An_unknown_region_is_refused()
    {
        var response = await Factory.Anonymous().PostAsJsonAsync("/api/accounts/citizens",
            new { realName = "王小明", residentId = TestIds.ResidentId(), password = "Secret2026", regionCode = "999999" }, Ct);
        var problem = await Problem.ReadAsync(response);
        Assert.Equal("region.unknown", problem.Code);
    }

    [Fact]
    public async Task A_weak_password_is_refused_with_all_field_errors_at_once()
    {
        var response = await Factory.Anonymous().PostAsJsonAsync("/api/accounts/citizens",
            new { realName = "", residentId = TestIds.ResidentId(), password = "short", phone = "12" }, Ct);
        var problem = await Problem.ReadAsync(response);
        Assert.True(problem.HasFieldError("realName"));
        Assert.True(problem.HasFieldError("password"));
        Assert.True(problem.HasFieldError("phone"));
    }
}
