using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Cases;

public sealed class CaseBadInputOnSqlite(SqliteFactory f) : CaseBadInputTests(f), IClassFixture<SqliteFactory>;
public sealed class CaseBadInputOnPostgres(PostgresFactory f) : CaseBadInputTests(f), IClassFixture<PostgresFactory>;

/// <summary>
/// What applicants and staff get wrong, each refused with a clear 4xx and a stable code, and nothing stored:
/// unknown or not-in-force items, incomplete applications, unknown fields, control characters, files too big or not
/// what they claim, path-like file names, and actions taken out of turn.
/// </summary>
public abstract class CaseBadInputTests(OneStopFactory factory) : ApiTests(factory)
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Applying_for_an_unknown_item_is_not_found_and_stores_nothing()
    {
        var s = new CaseScenario(Factory);
        var citizen = await s.SignInAsync(CaseScenario.Citizen);
        var before = await s.CountCasesAsync();
        var response = await citizen.PostAsJsonAsync("/api/cases", new { itemId = 987654321 }, Ct);
        Assert.Equal("case.item-not-found", (await CaseScenario.RefusedAsync(response, HttpStatusCode.NotFound)).Code);
        var bundle = await citizen.PostAsJsonAsync("/api/cases", new { bundleId = 987654321 }, Ct);
        Assert.Equal(HttpStatusCode.NotFound, bundle.StatusCode);
        var neither = await citizen.PostAsJsonAsync("/api/cases", new { }, Ct);
        Assert.Equal("case.item-required", (await CaseScenario.RefusedAsync(neither, HttpStatusCode.BadRequest)).Code);
        Assert.Equal(before, await s.CountCasesAsync());
    }

    [Fact]
    public async Task Applying_for_an_unpublished_or_retired_item_is_refused_as_not_in_force()
    {
        // Retired today means applicable through today: the refusal is tomorrow's, so this installation's clock moves.
        await using var own = await Factory.WithOwnClockAsync();
        var s = new CaseScenario(own.Factory);
        var admin = await s.SignInAsync("catalog");
        var content = OneStop.Tests.Catalog.Items.SampleItems.FoodBusinessLicence() with
        {
            ImplementationCode = "11440106MB2C92147X40001" + Random.Shared.Next(10_000_000, 99_999_999),
        };
        var created = await admin.PostAsJsonAsync("/api/catalog/items", content, OneStop.Catalog.Items.CatalogJson.Options, Ct);
        var unpublished = (await CaseScenario.ReadAsync(created)).GetProperty("id").GetInt64();
        var retired = await s.PublishItemAsync();
        Assert.True((await admin.PostAsJsonAsync($"/api/catalog/items/{retired}/retire", new { lastDay = "2026-11-23" }, Ct)).IsSuccessStatusCode);
        own.Clock.Advance(TimeSpan.FromDays(1));

        var citizen = await s.SignInAsync(CaseScenario.Citizen);
        var before = await s.CountCasesAsync();
        foreach (var item in new[] { unpublished, retired })
        {
            var response = await citizen.PostAsJsonAsync("/api/cases", new { itemId = item }, Ct);
            Assert.Equal("case.item-not-in-force", (await CaseScenario.RefusedAsync(response, HttpStatusCode.Conflict)).Code);
        }
        Assert.Equal(before, await s.CountCasesAsync());
    }

    [Fact]
    public async Task Submitting_without_a_required_field_or_material_names_each_by_its_chinese_label_and_gives_no_number()
    {
        var s = new CaseScenario(Factory);
        var citizen = await s.SignInAsync(CaseScenario.Citizen);
        var draft = await s.StartAsync(citizen, await s.PublishItemAsync());
        var id = draft.GetProperty("id").GetInt64();
        await s.FillAsync(citizen, id, new { shopName = "天河小店" }, deferred: []);
        var filled = await s.GetAsync(citizen, id);
        var response = await citizen.PostAsJsonAsync($"/api/cases/{id}/submit", new { }, Ct);
        var problem = await CaseScenario.RefusedAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("case.incomplete", problem.Code);
        var errors = problem.Body.GetProperty("errors");
        Assert.Contains("经营场所地址", errors.GetProperty("fields.shopAddress")[0].GetString());
        Assert.Contains("食品经营许可申请书", errors.GetProperty("materials[0]")[0].GetString());
        Assert.Contains("容缺", errors.GetProperty("materials[2]")[0].GetString());
        Assert.False(errors.TryGetProperty("fields.area", out _), "an optional field is not required");
        Assert.False(errors.TryGetProperty("materials[1]", out _), "a material waived with an electronic licence is not required");

        var after = await s.GetAsync(citizen, id);
        Assert.Equal("Draft", after.GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.Null, after.GetProperty("number").ValueKind);
        Assert.Equal(filled.GetProperty("revision").GetInt32(), after.GetProperty("revision").GetInt32());
        Assert.Empty(after.GetProperty("history").EnumerateArray());
    }

    [Fact]
    public async Task An_unknown_form_field_or_control_characters_are_refused_naming_the_field_and_nothing_is_saved()
    {
        var s = new CaseScenario(Factory);
        var citizen = await s.SignInAsync(CaseScenario.Citizen);
        var draft = await s.StartAsync(citizen, await s.PublishItemAsync());
        var id = draft.GetProperty("id").GetInt64();
        var unknown = await citizen.PutAsJsonAsync($"/api/cases/{id}/draft", new { fields = new { shopName = "小店", salary = "100" } }, Ct);
        var problem = await CaseScenario.RefusedAsync(unknown, HttpStatusCode.BadRequest);
        Assert.True(problem.HasFieldError("fields.salary"), problem.Body.ToString());

        // The host's one validator refuses control characters anywhere in a request body before the endpoint runs.
        foreach (var bad in new[] { "小店\u0000", "小\u001b[31m店", "小店\u0007" })
        {
            var response = await citizen.PutAsJsonAsync($"/api/cases/{id}/draft", new { fields = new { shopName = bad } }, Ct);
            Assert.Equal("input.control-character", (await CaseScenario.RefusedAsync(response, HttpStatusCode.BadRequest)).Code);
        }
        var markup = await citizen.PutAsJsonAsync($"/api/cases/{id}/draft", new { fields = new { shopName = "<b>小店</b>" } }, Ct);
        var refused = await CaseScenario.RefusedAsync(markup, HttpStatusCode.BadRequest);
        Assert.Contains("经营场所名称", refused.Body.GetProperty("errors").GetProperty("fields.shopName")[0].GetString());
        var tooLong = await citizen.PutAsJsonAsync($"/api/cases/{id}/draft", new { fields = new { shopName = new string('长', 501) } }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);

        var after = await s.GetAsync(citizen, id);
        Assert.Equal(draft.GetProperty("revision").GetInt32(), after.GetProperty("revision").GetInt32());
        Assert.All(after.GetProperty("fields").EnumerateArray().ToList(), f => Assert.Equal(JsonValueKind.Null, f.GetProperty("value").ValueKind));
        Assert.Equal(3, after.GetProperty("fields").GetArrayLength());
    }

    [Fact]
    public async Task An_oversize_file_is_refused_with_413_and_nothing_is_attached()
    {
        var s = new CaseScenario(Factory);
        var citizen = await s.SignInAsync(CaseScenario.Citizen);
        var id = (await s.StartAsync(citizen, await s.PublishItemAsync())).GetProperty("id").GetInt64();
        var big = new byte[10 * 1024 * 1024 + 1];
        CaseScenario.Pdf().CopyTo(big, 0);
        var response = await s.UploadAsync(citizen, id, 0, big);
        await CaseScenario.RefusedAsync(response, HttpStatusCode.RequestEntityTooLarge);
        var after = await s.GetAsync(citizen, id);
        Assert.Equal(0, after.GetProperty("fileBytes").GetInt64());
        Assert.Empty(after.GetProperty("materials")[0].GetProperty("files").EnumerateArray());
    }

    [Fact]
    public async Task An_upload_refused_before_its_bytes_matter_leaves_no_file_in_the_store()
    {
        var s = new CaseScenario(Factory);
        var citizen = await s.SignInAsync(CaseScenario.Citizen);
        var id = (await s.StartAsync(citizen, await s.PublishItemAsync())).GetProperty("id").GetInt64();
        var store = Factory.Services.GetRequiredService<OneStop.Platform.Files.IFileStore>();
        foreach (var index in new[] { 99, -1 })
        {
            var bytes = CaseScenario.Pdf("nowhere " + Guid.NewGuid());
            var response = await s.UploadAsync(citizen, id, index, bytes);
            Assert.Equal("case.material-not-found", (await CaseScenario.RefusedAsync(response, HttpStatusCode.NotFound)).Code);
            Assert.False(store.Exists(Convert.ToHexStringLower(SHA256.HashData(bytes))), $"material {index}: the refused file was stored");
        }
    }

    [Fact]
    public async Task A_program_renamed_to_pdf_is_refused_by_its_content()
    {
        var s = new CaseScenario(Factory);
        var citizen = await s.SignInAsync(CaseScenario.Citizen);
        var id = (await s.StartAsync(citizen, await s.PublishItemAsync())).GetProperty("id").GetInt64();
        // A Windows executable: "MZ", the DOS stub, then "PE\0\0" — whatever the name and the declared type say.
        var exe = new byte[512];
        "MZ"u8.CopyTo(exe);
        "This program cannot be run in DOS mode."u8.CopyTo(exe.AsSpan(0x4E));
        exe[0x3C] = 0x80;
        "PE\0\0"u8.CopyTo(exe.AsSpan(0x80));
        foreach (var bytes in new[] { exe, "<script>alert(1)</script>"u8.ToArray(), "%PD"u8.ToArray() })
        {
            var response = await s.UploadAsync(citizen, id, 0, bytes, "申请书.pdf");
            await CaseScenario.RefusedAsync(response, HttpStatusCode.UnsupportedMediaType);
        }
        var after = await s.GetAsync(citizen, id);
        Assert.Empty(after.GetProperty("materials")[0].GetProperty("files").EnumerateArray());
    }

    [Fact]
    public async Task A_path_like_file_name_is_shown_by_its_last_part_and_the_file_is_stored_by_its_hash()
    {
        var s = new CaseScenario(Factory);
        var citizen = await s.SignInAsync(CaseScenario.Citizen);
        var id = (await s.StartAsync(citizen, await s.PublishItemAsync())).GetProperty("id").GetInt64();
        var bytes = CaseScenario.Pdf("path " + Guid.NewGuid());
        var names = new[]
        {
            ("../../etc/passwd", "passwd.pdf"), ("..\\..\\windows\\win.ini", "win.pdf"), ("..", "材料.pdf"), ("a<b>.pdf", "ab.pdf"),
            // A name that lies about the content gets the content's extension; invisible direction marks are dropped.
            ("说明.html", "说明.pdf"), ("invoice\u202efdp.exe", "invoicefdp.pdf"), ("扫描件.PDF", "扫描件.PDF"),
        };
        var i = 0;
        foreach (var (name, shown) in names)
        {
            var uploaded = await CaseScenario.ReadAsync(await s.UploadAsync(citizen, id, 0, [.. bytes, (byte)i++], name));
            var file = uploaded.GetProperty("materials")[0].GetProperty("files").EnumerateArray().Last();
            Assert.Equal(shown, file.GetProperty("fileName").GetString());
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData([.. bytes, (byte)(i - 1)])), file.GetProperty("sha256").GetString()!.ToLowerInvariant());
        }
        // Downloading names the file by its cleaned name, never the path it came with.
        var sha = (await s.GetAsync(citizen, id)).GetProperty("materials")[0].GetProperty("files")[0].GetProperty("sha256").GetString();
        var download = await citizen.GetAsync($"/api/cases/{id}/files/{sha}", Ct);
        Assert.True(download.IsSuccessStatusCode);
        Assert.DoesNotContain("..", download.Content.Headers.ContentDisposition?.ToString() ?? "");
        Assert.DoesNotContain("etc", download.Content.Headers.ContentDisposition?.ToString() ?? "");
    }

    [Fact]
    public async Task A_supplement_notice_with_an_empty_entry_is_refused_naming_the_entry_and_the_case_stays_in_pre_review()
    {
        var s = new CaseScenario(Factory);
        var id = (await s.SubmittedAsync(await s.PublishItemAsync())).GetProperty("id").GetInt64();
        var clerk = await s.SignInAsync("clerk");
        var response = await clerk.PostAsJsonAsync($"/api/cases/{id}/supplement",
            new { items = new object?[] { new { material = "营业执照", problem = "已过期" }, null } }, Ct);
        var problem = await CaseScenario.RefusedAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("case.invalid-supplement", problem.Code);
        Assert.True(problem.HasFieldError("items[1]"), problem.Body.ToString());
        Assert.Equal("Submitted", (await s.GetAsync(clerk, id)).GetProperty("state").GetString());
    }

    [Fact]
    public async Task Deciding_or_completing_a_step_before_acceptance_is_refused_as_out_of_turn()
    {
        var s = new CaseScenario(Factory);
        var submitted = await s.SubmittedAsync(await s.PublishItemAsync());
        var id = submitted.GetProperty("id").GetInt64();
        var approver = await s.SignInAsync("approver");
        var decide = await approver.PostAsJsonAsync($"/api/cases/{id}/decide", new { decision = "Granted" }, Ct);
        Assert.Equal("case.not-in-review", (await CaseScenario.RefusedAsync(decide, HttpStatusCode.Conflict)).Code);
        var step = await approver.PostAsJsonAsync($"/api/cases/{id}/steps/complete", new { opinion = "抢先" }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, step.StatusCode);
        var citizen = await s.SignInAsync(CaseScenario.Citizen);
        var resubmit = await citizen.PostAsJsonAsync($"/api/cases/{id}/submit", new { }, Ct);
        Assert.Equal("case.not-in-draft", (await CaseScenario.RefusedAsync(resubmit, HttpStatusCode.Conflict)).Code);
        var edit = await citizen.PutAsJsonAsync($"/api/cases/{id}/draft", new { fields = new { shopName = "改名" } }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, edit.StatusCode);
        var after = await s.GetAsync(citizen, id);
        Assert.Equal(submitted.GetProperty("revision").GetInt32(), after.GetProperty("revision").GetInt32());
        Assert.Equal(["Submit"], CaseScenario.Actions(after));

        // Deciding before the last step, once accepted, is out of turn too.
        var accepted = await s.PostAsync(await s.SignInAsync("clerk"), $"/api/cases/{id}/accept", new { });
        var early = await approver.PostAsJsonAsync($"/api/cases/{id}/decide", new { decision = "Granted" }, Ct);
        Assert.Equal("case.steps-remaining", (await CaseScenario.RefusedAsync(early, HttpStatusCode.Conflict)).Code);
        var invalid = await approver.PostAsJsonAsync($"/api/cases/{id}/decide", new { decision = "PartlyGranted" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal(accepted.GetProperty("revision").GetInt32(), (await s.GetAsync(approver, id)).GetProperty("revision").GetInt32());
    }
}
