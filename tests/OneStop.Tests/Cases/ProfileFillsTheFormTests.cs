using System.Net.Http.Json;
using System.Text.Json;
using OneStop.Catalog.Items;
using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Cases;

public sealed class ProfileFillsTheFormOnSqlite(SqliteFactory f) : ProfileFillsTheFormTests(f), IClassFixture<SqliteFactory>;
public sealed class ProfileFillsTheFormOnPostgres(PostgresFactory f) : ProfileFillsTheFormTests(f), IClassFixture<PostgresFactory>;

/// <summary>
/// 一人一档: what the platform knows about the applicant is not asked again — a form field for it starts filled in
/// from the profile (and stays editable); a field that only looks alike (the shop's address) does not.
/// </summary>
public abstract class ProfileFillsTheFormTests(OneStopFactory factory) : ApiTests(factory)
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_citizens_new_draft_has_name_id_phone_and_home_address_filled_from_the_profile()
    {
        var s = new CaseScenario(Factory);
        var item = await s.PublishItemAsync(c => c with
        {
            FormFields =
            [
                new("applicantName", "申请人姓名"), new("residentId", "申请人身份证号码"), new("phone", "联系电话"),
                new("address", "居住地址"), new("businessAddress", "经营场所"), new("floorArea", "经营面积（平方米）"),
            ],
        });
        var citizen = await s.SignInAsync(CaseScenario.Citizen);
        var draft = await s.StartAsync(citizen, item);
        var fields = draft.GetProperty("fields").EnumerateArray().ToDictionary(f => f.GetProperty("key").GetString()!,
            f => f.GetProperty("value").ValueKind == JsonValueKind.Null ? null : f.GetProperty("value").GetString());
        var me = await citizen.GetFromJsonAsync<JsonElement>("/api/auth/me", Ct);

        Assert.Equal(CaseScenario.Citizen, fields["residentId"]);
        Assert.Equal(me.GetProperty("displayName").GetString(), fields["applicantName"]);
        Assert.False(string.IsNullOrEmpty(fields["phone"]));
        Assert.False(string.IsNullOrEmpty(fields["address"]));
        Assert.Null(fields["businessAddress"]);
        Assert.Null(fields["floorArea"]);

        // Still the applicant's to change.
        var id = draft.GetProperty("id").GetInt64();
        var edited = await CaseScenario.ReadAsync(await citizen.PutAsJsonAsync($"/api/cases/{id}/draft",
            new { fields = new { applicantName = fields["applicantName"], residentId = CaseScenario.Citizen, phone = "13900139000", address = "天河路 2 号" } }, Ct));
        Assert.Contains(edited.GetProperty("fields").EnumerateArray(), f => f.GetProperty("key").GetString() == "phone" && f.GetProperty("value").GetString() == "13900139000");
    }
}
