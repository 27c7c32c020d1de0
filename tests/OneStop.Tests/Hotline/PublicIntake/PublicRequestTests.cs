using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OneStop.Hotline.Tickets.Domain;
using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Hotline.PublicIntake;

public sealed class PublicRequestsOnSqlite(SqliteFactory f) : PublicRequestTests(f), IClassFixture<SqliteFactory>;
public sealed class PublicRequestsOnPostgres(PostgresFactory f) : PublicRequestTests(f), IClassFixture<PostgresFactory>;

/// <summary>
/// A citizen submits on the public form (no account) and later looks the request up by number and phone; wrong
/// pairs learn nothing; anonymous requests need no code and cannot be looked up; bad input is refused with codes.
/// </summary>
public abstract class PublicRequestTests(OneStopFactory factory) : ApiTests(factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_citizen_submits_with_a_code_gets_a_number_and_the_lookup_shows_the_request_as_web_and_verified()
    {
        var s = new PublicScenario(Factory);
        var client = Factory.Anonymous();
        var phone = PublicScenario.NewPhone();
        var code = await s.CodeForAsync(client, phone);

        var response = await s.SubmitAsync(client, PublicScenario.Body(phone, code, text: "石牌东路的路灯已经坏了一周，晚上很黑。"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var number = result.GetProperty("requestNumber").GetString()!;
        Assert.Contains(number, result.GetProperty("acknowledgment").GetString());
        Assert.True(result.GetProperty("canLookUp").GetBoolean());
        Assert.False(result.TryGetProperty("ticketId", out _)); // staff identifiers stay inside

        var lookup = await client.GetAsync($"/api/hotline/lookup?number={number}&phone={phone}", Ct);
        Assert.Equal(HttpStatusCode.OK, lookup.StatusCode);
        var view = await lookup.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("石牌东路的路灯已经坏了一周，晚上很黑。", view.GetProperty("text").GetString());
        Assert.Equal("待派单", view.GetProperty("stateName").GetString());
        Assert.Equal("投诉", view.GetProperty("typeName").GetString());

        var stored = Assert.Single(await s.RequestsOfAsync(phone));
        Assert.Equal(IntakeChannel.Web, stored.Channel);
        Assert.True(stored.PhoneVerified);
        Assert.Equal("陈女士", stored.RequesterName);
    }

    [Fact]
    public async Task A_wrong_phone_and_an_unknown_number_get_the_same_not_found_answer()
    {
        var s = new PublicScenario(Factory);
        var client = Factory.Anonymous();
        var phone = PublicScenario.NewPhone();
        var number = await s.SubmitWithCodeAsync(client, phone);

        var wrongPhone = await client.GetAsync($"/api/hotline/lookup?number={number}&phone={PublicScenario.NewPhone()}", Ct);
        var unknown = await client.GetAsync($"/api/hotline/lookup?number=X{number}&phone={phone}", Ct);

        var a = await Problem.ReadAsync(wrongPhone);
        var b = await Problem.ReadAsync(unknown);
        Assert.Equal(HttpStatusCode.NotFound, a.Status);
        Assert.Equal(a.Status, b.Status);
        Assert.Equal(a.Code, b.Code);
        Assert.Equal(a.Title, b.Title);
        Assert.Equal(a.Body.GetProperty("detail").GetString(), b.Body.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_anonymous_request_needs_no_code_keeps_no_contact_and_cannot_be_looked_up()
    {
        var s = new PublicScenario(Factory);
        var client = Factory.Anonymous();
        var text = "匿名反映：某小区地下车库夜间有人聚众赌博。" + Guid.NewGuid().ToString("N")[..6];
        var phone = PublicScenario.NewPhone();

        var response = await s.SubmitAsync(client, PublicScenario.Body(phone, null, text: text, type: "Report", anonymous: true));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.False(result.GetProperty("canLookUp").GetBoolean());
        Assert.Contains("无法查询", result.GetProperty("acknowledgment").GetString());

        var stored = Assert.Single(await s.RequestsWithTextAsync(text));
        Assert.True(stored.Anonymous);
        Assert.Null(stored.Phone);
        Assert.Null(stored.RequesterName);
        Assert.False(stored.PhoneVerified);
        Assert.Equal(0, await s.SmsCountAsync(phone));
        var lookup = await client.GetAsync($"/api/hotline/lookup?number={stored.Number}&phone={phone}", Ct);
        Assert.Equal(HttpStatusCode.NotFound, lookup.StatusCode);
    }

    [Fact]
    public async Task A_named_request_without_a_code_is_refused_and_registers_nothing()
    {
        var s = new PublicScenario(Factory);
        var phone = PublicScenario.NewPhone();
        var noCode = await Problem.ReadAsync(await s.SubmitAsync(Factory.Anonymous(), PublicScenario.Body(phone, null)));
        Assert.Equal(HttpStatusCode.BadRequest, noCode.Status);
        Assert.Equal("hotline.code-invalid", noCode.Code);
        var neverAsked = await Problem.ReadAsync(await s.SubmitAsync(Factory.Anonymous(), PublicScenario.Body(phone, "123456")));
        Assert.Equal("hotline.code-missing", neverAsked.Code);
        Assert.Empty(await s.RequestsOfAsync(phone));
    }

    public static TheoryData<string, string, string> BadBodies() => new()
    {
        // what is wrong, the field, the code
        { "text", "text", "hotline.invalid-request" },
        { "title", "title", "hotline.invalid-request" },
        { "name", "requesterName", "hotline.invalid-request" },
        { "address", "address", "hotline.invalid-request" },
        { "type", "type", "hotline.type-required" },
        { "region-missing", "regionCode", "hotline.region-required" },
        { "region-outside", "regionCode", "hotline.region-outside-city" },
        { "phone", "phone", "hotline.phone-invalid" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Over_long_texts_a_missing_type_a_place_outside_the_city_and_an_invalid_phone_are_refused_by_field(
        string wrong, string field, string code)
    {
        var s = new PublicScenario(Factory);
        var phone = PublicScenario.NewPhone();
        var marker = Guid.NewGuid().ToString("N");
        var text = wrong == "text" ? new string('长', 4001) : "测试诉求 " + marker;
        var body = PublicScenario.Body(wrong == "phone" ? "1380013800" : phone, "123456", text: text,
            title: wrong == "title" ? new string('题', 101) : "标题",
            name: wrong == "name" ? new string('名', 51) : "陈女士",
            address: wrong == "address" ? new string('址', 201) : "天河路",
            type: wrong == "type" ? null : "Complaint",
            region: wrong switch { "region-missing" => null, "region-outside" => "440304", _ => PublicScenario.District });

        var problem = await Problem.ReadAsync(await s.SubmitAsync(Factory.Anonymous(), body));

        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.Equal(code, problem.Code);
        Assert.True(problem.HasFieldError(field), problem.Body.ToString());
        Assert.Empty(await s.RequestsWithTextAsync(text));
    }

    [Fact]
    public async Task An_unknown_request_type_is_a_malformed_request_not_a_server_error()
    {
        var response = await Factory.Anonymous().PostAsJsonAsync("/api/hotline/public/requests",
            new { type = "Bribe", text = "x", regionCode = PublicScenario.District, anonymous = true }, Ct);
        var problem = await Problem.ReadAsync(response);
        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
    }
}
