using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OneStop.Catalog.Items;
using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;
using static OneStop.Tests.Cases.Pages.ApplicantPages;

namespace OneStop.Tests.Cases.Pages;

public sealed class ApplyOnlinePagesOnSqlite(SqliteFactory f) : ApplyOnlinePagesTests(f), IClassFixture<SqliteFactory>;
public sealed class ApplyOnlinePagesOnPostgres(PostgresFactory f) : ApplyOnlinePagesTests(f), IClassFixture<PostgresFactory>;

/// <summary>在线申请 on the pages: from the guide to the form, saving, uploading, submitting, the receipt and 我的办件.</summary>
public abstract class ApplyOnlinePagesTests(OneStopFactory factory) : ApiTests(factory)
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_guide_of_an_online_item_offers_apply_online_and_an_item_for_the_window_only_says_so()
    {
        var s = new CaseScenario(Factory);
        var online = await s.PublishItemAsync();
        var windowOnly = await s.PublishItemAsync(c => c with { Channels = [HandlingChannel.Window], RequiredVisits = 1, VisitsReason = "须现场核验原件" });
        var guide = await Factory.Anonymous().GetStringAsync($"/services/items/{online}", Ct);
        Assert.Contains($"href=\"/cases/apply?itemId={online}\"", guide);
        Assert.Contains(">在线申请<", guide);
        var window = await Factory.Anonymous().GetStringAsync($"/services/items/{windowOnly}", Ct);
        Assert.DoesNotContain("/cases/apply", window);
        Assert.Contains("请到窗口办理", window);
    }

    [Fact]
    public async Task Someone_not_signed_in_who_presses_apply_online_is_sent_to_sign_in_and_back()
    {
        var item = await new CaseScenario(Factory).PublishItemAsync();
        var response = await Factory.Anonymous().GetAsync($"/cases/apply?itemId={item}", Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = Uri.UnescapeDataString(response.Headers.Location!.OriginalString);
        Assert.Contains("/login", location);
        Assert.Contains($"/cases/apply?itemId={item}", location);
    }

    [Fact]
    public async Task Pressing_apply_online_again_resumes_the_same_draft()
    {
        var s = new CaseScenario(Factory);
        var item = await s.PublishItemAsync();
        var citizen = await s.SignInAsync(CaseScenario.Citizen);
        var first = await ApplyAsync(citizen, item);
        var again = await citizen.GetAsync($"/cases/apply?itemId={item}", Ct);
        Assert.Equal($"/cases/{first}/edit?done=resumed", again.Headers.Location?.OriginalString);
        Assert.Contains("未提交的申请草稿", await citizen.GetStringAsync(again.Headers.Location!.OriginalString, Ct));
    }

    [Fact]
    public async Task An_item_for_the_window_only_cannot_be_applied_for_and_the_page_says_where_to_go()
    {
        var s = new CaseScenario(Factory);
        var item = await s.PublishItemAsync(c => c with { Channels = [HandlingChannel.Window], RequiredVisits = 1, VisitsReason = "须现场核验原件" });
        var citizen = await s.SignInAsync(CaseScenario.Citizen);
        var response = await citizen.GetAsync($"/cases/apply?itemId={item}", Ct);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("不支持网上申请，请到政务服务中心窗口办理", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task The_draft_form_shows_the_applicant_masked_and_the_fields_and_materials_in_Chinese()
    {
        var s = new CaseScenario(Factory);
        var item = await s.PublishItemAsync();
        var citizen = await s.SignInAsync(CaseScenario.Citizen);
        var id = await ApplyAsync(citizen, item);
        var html = await citizen.GetStringAsync($"/cases/{id}/edit", Ct);
        Assert.Contains("张三", html);
        Assert.Contains("440106********1231", html);
        Assert.DoesNotContain("440106199003071231", html);
        Assert.Contains("经营场所名称", html);
        Assert.Contains("name=\"fields[shopName]\"", html);
        Assert.Contains("食品经营许可申请书", html);
        Assert.Contains(">必要<", html);
        Assert.Contains(">容缺<", html);
        Assert.Contains(">免提交<", html);
        Assert.Contains("稍后补交", html);
        foreach (var code in new[] { ">Missing<", ">Deferred<", ">Waived<", ">Draft<", ">Citizen<" }) Assert.DoesNotContain(code, html);
    }

    [Fact]
    public async Task Saving_the_draft_redirects_and_what_was_saved_comes_back()
    {
        var s = new CaseScenario(Factory);
        var item = await s.PublishItemAsync();
        var citizen = await s.SignInAsync(CaseScenario.Citizen);
        var id = await ApplyAsync(citizen, item);
        var saved = await PostFormAsync(citizen, id, "Save", [("fields[shopName]", "先存一下的小店"), ("deferred", "2")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"/cases/{id}/edit?done=saved", saved.Headers.Location?.OriginalString);
        var html = await citizen.GetStringAsync(saved.Headers.Location!.OriginalString, Ct);
        Assert.Contains("草稿已保存", html);
        Assert.Contains("value=\"先存一下的小店\"", html);
        Assert.Matches("name=\"deferred\" value=\"2\" checked", html);
    }

    [Fact]
    public async Task Submitting_without_a_required_field_names_the_field_and_keeps_what_was_typed()
    {
        var s = new CaseScenario(Factory);
        var item = await s.PublishItemAsync();
        var citizen = await s.SignInAsync(CaseScenario.Citizen);
        var id = await ApplyAsync(citizen, item);
        var response = await PostFormAsync(citizen, id, "Submit", [("fields[shopName]", ""), ("fields[shopAddress]", "天河路 99 号")]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("经营场所名称：不能为空", html);
        Assert.Contains("食品经营许可申请书：请上传", html);
        Assert.Contains("value=\"天河路 99 号\"", html);
        Assert.DoesNotContain("fields.shopName", html);
        var draft = await citizen.GetFromJsonAsync<JsonElement>($"/api/cases/{id}", Ct);
        Assert.Equal("Draft", draft.GetProperty("state").GetString());
    }

    [Fact]
    public async Task Text_with_a_control_character_is_refused_and_nothing_of_it_is_saved()
    {
        var s = new CaseScenario(Factory);
        var item = await s.PublishItemAsync();
        var citizen = await s.SignInAsync(CaseScenario.Citizen);
        var id = await ApplyAsync(citizen, item);
        var response = await PostFormAsync(citizen, id, "Save", [("fields[shopName]", "小店\u0007"), ("fields[shopAddress]", "天河路 7 号")]);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var draft = await citizen.GetFromJsonAsync<JsonElement>($"/api/cases/{id}", Ct);
        Assert.Equal(3, draft.GetProperty("fields").GetArrayLength());
        Assert.All(draft.GetProperty("fields").EnumerateArray().ToList(), f => Assert.Equal(JsonValueKind.Null, f.GetProperty("value").ValueKind));
    }

    [Fact]
    public async Task A_citizen_uploads_marks_the_deferred_material_submits_and_gets_a_receipt_and_sees_it_in_my_cases()
    {
        var s = new CaseScenario(Factory);
        var item = await s.PublishItemAsync();
        var citizen = await s.SignInAsync(CaseScenario.Citizen);
        var id = await ApplyAsync(citizen, item);
        var submitted = await PostFormAsync(citizen, id, "Submit", [.. ShopFields, ("deferred", "2")], ("file-0", "申请书.pdf", CaseScenario.Pdf()));
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Equal($"/cases/{id}?done=submitted", submitted.Headers.Location?.OriginalString);

        var receipt = await citizen.GetStringAsync(submitted.Headers.Location!.OriginalString, Ct);
        var view = await citizen.GetFromJsonAsync<JsonElement>($"/api/cases/{id}", Ct);
        var number = view.GetProperty("number").GetString()!;
        Assert.Contains("申请已提交", receipt);
        Assert.Contains(number, receipt);
        Assert.Contains("待预审", receipt);
        Assert.Contains("申请书.pdf", receipt);
        Assert.Contains($"href=\"/api/cases/{id}/files/{view.GetProperty("materials")[0].GetProperty("files")[0].GetProperty("sha256").GetString()}\"", receipt);
        Assert.Contains("容缺后补", receipt);

        var mine = await citizen.GetStringAsync("/me/cases", Ct);
        Assert.Contains(number, mine);
        Assert.Contains($"href=\"/cases/{id}\"", mine);
    }

    [Fact]
    public async Task A_file_that_is_not_a_document_is_refused_on_the_form_naming_its_material_and_the_others_are_kept()
    {
        var s = new CaseScenario(Factory);
        var item = await s.PublishItemAsync();
        var citizen = await s.SignInAsync(CaseScenario.Citizen);
        var id = await ApplyAsync(citizen, item);
        var exe = "MZ\u0090\0\u0003\0\0\0"u8.ToArray();
        // Two files in one press: the good one is kept, the refused one is named with its material, on its row.
        var response = await PostFormAsync(citizen, id, "Upload", ShopFields, ("file-0", "申请书.pdf", exe), ("file-2", "布局图.pdf", CaseScenario.Pdf("layout")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("data-test=\"errors\"", html);
        Assert.Contains("value=\"天河示范小店\"", html);
        Assert.Contains("“食品经营许可申请书”的文件“申请书.pdf”未能上传", html);
        Assert.Matches("id=\"material-0\" class=\"invalid\"", html);
        var draft = await citizen.GetFromJsonAsync<JsonElement>($"/api/cases/{id}", Ct);
        Assert.Equal(0, draft.GetProperty("materials")[0].GetProperty("files").GetArrayLength());
        Assert.Equal(1, draft.GetProperty("materials")[2].GetProperty("files").GetArrayLength());
    }

    [Fact]
    public async Task Deleting_an_uploaded_file_asks_first_and_then_removes_it()
    {
        var s = new CaseScenario(Factory);
        var item = await s.PublishItemAsync();
        var citizen = await s.SignInAsync(CaseScenario.Citizen);
        var id = await ApplyAsync(citizen, item);
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(citizen, id, "Upload", ShopFields, ("file-0", "草稿.pdf", CaseScenario.Pdf("draft")))).StatusCode);
        var sha = (await citizen.GetFromJsonAsync<JsonElement>($"/api/cases/{id}", Ct)).GetProperty("materials")[0].GetProperty("files")[0].GetProperty("sha256").GetString()!;

        var ask = await PostFormAsync(citizen, id, $"AskRemove&material=0&sha={sha}", ShopFields);
        Assert.True(ask.StatusCode == HttpStatusCode.Redirect, await ask.Content.ReadAsStringAsync(Ct));
        var confirm = await citizen.GetStringAsync(ask.Headers.Location!.OriginalString, Ct);
        Assert.Contains("data-test=\"confirm-remove\"", confirm);
        Assert.Contains("草稿.pdf", confirm);
        Assert.Equal(1, (await citizen.GetFromJsonAsync<JsonElement>($"/api/cases/{id}", Ct)).GetProperty("materials")[0].GetProperty("files").GetArrayLength());

        var removed = await PostAsync(citizen, $"/cases/{id}/edit", $"/cases/{id}/edit?handler=Remove", ("material", "0"), ("sha", sha));
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(0, (await citizen.GetFromJsonAsync<JsonElement>($"/api/cases/{id}", Ct)).GetProperty("materials")[0].GetProperty("files").GetArrayLength());
    }

    [Fact]
    public async Task Another_applicant_gets_not_found_for_the_case_pages()
    {
        var s = new CaseScenario(Factory);
        var item = await s.PublishItemAsync();
        var citizen = await s.SignInAsync(CaseScenario.Citizen);
        var id = await ApplyAsync(citizen, item);
        var other = await s.SignInAsync(CaseScenario.OtherCitizen);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/cases/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/cases/{id}/edit", Ct)).StatusCode);
        Assert.DoesNotContain($"/cases/{id}\"", await other.GetStringAsync("/me/cases", Ct));
    }

    [Fact]
    public async Task An_applicant_on_the_staff_page_of_their_own_case_is_sent_to_their_own_page()
    {
        var s = new CaseScenario(Factory);
        var citizen = await s.SignInAsync(CaseScenario.Citizen);
        var id = (await s.SubmittedAsync(await s.PublishItemAsync())).GetProperty("id").GetInt64();
        var response = await citizen.GetAsync($"/workbench/cases/{id}", Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/cases/{id}", response.Headers.Location!.OriginalString);
    }
}
