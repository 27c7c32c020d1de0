using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Cases.Persistence;
using OneStop.Catalog.Items;
using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;
using static OneStop.Tests.Cases.Pages.ApplicantPages;

namespace OneStop.Tests.Cases;

public sealed class TypedFormFieldsOnSqlite(SqliteFactory f) : TypedFormFieldsTests(f), IClassFixture<SqliteFactory>;
public sealed class TypedFormFieldsOnPostgres(PostgresFactory f) : TypedFormFieldsTests(f), IClassFixture<PostgresFactory>;

/// <summary>
/// An application form whose fields have kinds (number, date, choice, phone): the applicant's values are checked when
/// the draft is saved, stored in one canonical form, and the page offers the input of each kind (a drop-down for a choice).
/// </summary>
public abstract class TypedFormFieldsTests(OneStopFactory factory) : ApiTests(factory)
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<long> PublishAsync(CaseScenario s) => s.PublishItemAsync(c => c with
    {
        FormFields =
        [
            new("shopName", "经营场所名称"), new("area", "经营面积（平方米）", Kind: FormFieldKind.Number),
            new("openedOn", "开业日期", false, FormFieldKind.Date),
            new("applyType", "申请类型", Kind: FormFieldKind.Choice, Options: ["新办", "延续", "变更"]),
            new("shopPhone", "门店电话", false, FormFieldKind.Phone),
        ],
    });

    private static Dictionary<string, string?> Values(JsonElement c) => c.GetProperty("fields").EnumerateArray()
        .ToDictionary(f => f.GetProperty("key").GetString()!, f => f.GetProperty("value").GetString());

    [Fact]
    public async Task Words_in_a_number_field_and_a_choice_that_is_not_offered_are_refused_by_label_and_nothing_is_saved()
    {
        var s = new CaseScenario(Factory);
        var citizen = await s.SignInAsync(CaseScenario.Citizen);
        var id = (await s.StartAsync(citizen, await PublishAsync(s))).GetProperty("id").GetInt64();

        var response = await citizen.PutAsJsonAsync($"/api/cases/{id}/draft", new
        {
            fields = new { shopName = "天河示范小店", area = "六十平方", applyType = "新开", shopPhone = "电话abc" },
        }, Ct);

        var problem = await Problem.ReadAsync(response);
        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.Equal("case.invalid-field", problem.Code);
        var errors = problem.Body.GetProperty("errors");
        Assert.Equal("经营面积（平方米）：须填写阿拉伯数字（如 60 或 12.5，最多 6 位小数）", errors.GetProperty("fields.area")[0].GetString());
        Assert.Equal("申请类型：须从以下选项中选择：新办、延续、变更", errors.GetProperty("fields.applyType")[0].GetString());
        Assert.StartsWith("门店电话：须填写电话号码", errors.GetProperty("fields.shopPhone")[0].GetString());
        var draft = await citizen.GetFromJsonAsync<JsonElement>($"/api/cases/{id}", Ct);
        Assert.All(Values(draft).Values, v => Assert.Null(v));
    }

    [Fact]
    public async Task Full_width_digits_and_a_chinese_date_are_stored_as_plain_number_and_iso_date()
    {
        var s = new CaseScenario(Factory);
        var citizen = await s.SignInAsync(CaseScenario.Citizen);
        var id = (await s.StartAsync(citizen, await PublishAsync(s))).GetProperty("id").GetInt64();

        var saved = await s.FillAsync(citizen, id, new { shopName = "天河示范小店", area = "６０", openedOn = "2026年11月1日", applyType = "延续" });

        var values = Values(saved);
        Assert.Equal("60", values["area"]);
        Assert.Equal("2026-11-01", values["openedOn"]);
        Assert.Equal("延续", values["applyType"]);
        var choice = saved.GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("key").GetString() == "applyType");
        Assert.Equal("Choice", choice.GetProperty("kind").GetString());
        Assert.Equal(["新办", "延续", "变更"], choice.GetProperty("options").EnumerateArray().Select(o => o.GetString()!));
    }

    [Fact]
    public async Task The_form_page_offers_a_drop_down_for_a_choice_a_date_picker_and_a_number_keyboard()
    {
        var s = new CaseScenario(Factory);
        var citizen = await s.SignInAsync(CaseScenario.Citizen);
        var id = await ApplyAsync(citizen, await PublishAsync(s));

        var html = await citizen.GetStringAsync($"/cases/{id}/edit", Ct);

        Assert.Matches("<select name=\"fields\\[applyType\\]\"[^>]*>\\s*<option value=\"\">（请选择）</option>\\s*<option value=\"新办\">新办</option>", html);
        Assert.Matches("<input type=\"date\" name=\"fields\\[openedOn\\]\"", html);
        Assert.Matches("<input name=\"fields\\[area\\]\"[^>]*inputmode=\"decimal\"", html);
        Assert.Matches("<input type=\"tel\" name=\"fields\\[shopPhone\\]\"", html);
    }

    [Fact]
    public async Task A_refused_number_and_date_on_the_page_are_named_beside_their_fields_and_what_was_typed_stays()
    {
        var s = new CaseScenario(Factory);
        var citizen = await s.SignInAsync(CaseScenario.Citizen);
        var id = await ApplyAsync(citizen, await PublishAsync(s));

        var response = await PostFormAsync(citizen, id, "Save", [("fields[shopName]", "天河示范小店"), ("fields[area]", "六十平方"), ("fields[applyType]", "变更"), ("fields[openedOn]", "2026年13月1日")]);

        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("<span class=\"field-error\">经营面积（平方米）：须填写阿拉伯数字（如 60 或 12.5，最多 6 位小数）</span>", html);
        Assert.Contains("value=\"六十平方\"", html);
        // A date picker would show a refused date empty: it comes back as text, as typed, until it is a date again.
        Assert.Matches("<input name=\"fields\\[openedOn\\]\" value=\"2026年13月1日\"", html);
        Assert.Contains("开业日期：", html);
        Assert.Contains("<option value=\"变更\" selected=\"selected\">变更</option>", html);
        var draft = await citizen.GetFromJsonAsync<JsonElement>($"/api/cases/{id}", Ct);
        Assert.All(Values(draft).Values, v => Assert.Null(v));
    }
    [Fact]
    public async Task A_value_put_into_the_form_behind_the_products_back_is_refused_at_submission()
    {
        var s = new CaseScenario(Factory);
        var citizen = await s.SignInAsync(CaseScenario.Citizen);
        var id = (await s.StartAsync(citizen, await PublishAsync(s))).GetProperty("id").GetInt64();
        await s.FillAsync(citizen, id, new { shopName = "天河示范小店", area = "60", applyType = "新办" });
        await CaseScenario.ReadAsync(await s.UploadAsync(citizen, id, 0, CaseScenario.Pdf("typed " + Guid.NewGuid())));
        await Factory.WithScopeAsync(sp => sp.GetRequiredService<CasesDbContext>().Database.ExecuteSqlRawAsync(
            "UPDATE cases_cases SET \"Fields\" = {0} WHERE \"Id\" = {1}",
            JsonSerializer.Serialize(new { shopName = "天河示范小店", area = "六十", applyType = "新开" }), id));

        var refused = await CaseScenario.RefusedAsync(await citizen.PostAsJsonAsync($"/api/cases/{id}/submit", new { }, Ct),
            HttpStatusCode.BadRequest);

        Assert.Equal("case.incomplete", refused.Code);
        Assert.Contains("经营面积（平方米）：须填写阿拉伯数字", refused.Body.GetProperty("errors").GetProperty("fields.area")[0].GetString());
        Assert.StartsWith("申请类型：须从以下选项中选择", refused.Body.GetProperty("errors").GetProperty("fields.applyType")[0].GetString());
        Assert.Equal("Draft", (await s.GetAsync(citizen, id)).GetProperty("state").GetString());
    }

    [Fact]
    public async Task A_profile_value_the_field_would_refuse_is_left_for_the_applicant()
    {
        var s = new CaseScenario(Factory);
        var citizen = await s.SignInAsync(CaseScenario.Citizen);
        // "联系电话" asked as a date: the profile's phone does not belong in it, the ID does in its own kind.
        var item = await s.PublishItemAsync(c => c with
        {
            FormFields = [new("phone", "联系电话", Kind: FormFieldKind.Date), new("residentId", "身份证号码", Kind: FormFieldKind.ResidentId)],
        });

        var values = Values(await s.StartAsync(citizen, item));

        Assert.Null(values["phone"]);
        Assert.Equal(CaseScenario.Citizen, values["residentId"]);
    }

    [Fact]
    public async Task A_bundle_whose_items_ask_one_key_as_different_kinds_cannot_be_published()
    {
        var s = new CaseScenario(Factory);
        var first = await s.PublishItemAsync(c => c with { FormFields = [new("applyType", "申领类型", Kind: FormFieldKind.Choice, Options: ["首次申领", "补领"])] });
        var second = await s.PublishItemAsync(c => c with { FormFields = [new("applyType", "申领人数", Kind: FormFieldKind.Number)] });
        var admin = await Factory.SignedInAsync("catalog");
        var created = await admin.PostAsJsonAsync("/api/catalog/bundles", new
        {
            code = "MIX-" + Guid.NewGuid().ToString("N")[..8], name = "字段冲突一件事", regionCode = "440106",
            itemIds = new[] { first, second }, promisedLimitDays = 10,
        }, Ct);
        var bundle = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt64();

        var refused = await CaseScenario.RefusedAsync(await admin.PostAsync($"/api/catalog/bundles/{bundle}/publish", null, Ct),
            HttpStatusCode.Conflict);

        Assert.Equal("bundle.form-field-conflict", refused.Code);
        Assert.Contains("选项（下拉选择）（首次申领、补领）", refused.Title);
        Assert.Contains("数字", refused.Title);
    }
}
