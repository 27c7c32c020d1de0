using System.Collections;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Catalog.Items;
using OneStop.Catalog.Persistence;
using OneStop.Catalog.Pages.Admin.Catalog.Editor;
using OneStop.Tests.Catalog.Items;
using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Catalog.Http;

public sealed class TamperedEditorChoiceOnSqlite(SqliteFactory f) : TamperedEditorChoiceTests(f), IClassFixture<SqliteFactory>;
public sealed class TamperedEditorChoiceOnPostgres(PostgresFactory f) : TamperedEditorChoiceTests(f), IClassFixture<PostgresFactory>;

/// <summary>
/// The item editor's drop-downs post values the page offers; a tampered or garbled one (类型 = 99) used to fail binding
/// silently, so a 选项 field was saved as 文本 and lost its options. Now the save is refused by the field's label.
/// </summary>
public abstract partial class TamperedEditorChoiceTests(OneStopFactory factory) : ApiTests(factory)
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    [GeneratedRegex("""name="__RequestVerificationToken" type="hidden" value="([^"]+)"|type="hidden" name="__RequestVerificationToken" value="([^"]+)"|name="__RequestVerificationToken"[^>]*value="([^"]+)""")]
    private static partial Regex AntiforgeryField();

    private static ItemContent WithChoiceField() => SampleItems.FoodBusinessLicence() with
    {
        ImplementationCode = "TAMPER" + Guid.NewGuid().ToString("N")[..16],
        FormFields = [new("applyType", "申领类型", true, FormFieldKind.Choice, ["首次申领", "到期换领"]), new("shopName", "店名")],
    };

    [Theory]
    [InlineData("FormFields[0].Kind", "99", "申请表字段第 1 行：类型")]
    [InlineData("FormFields[0].Kind", "abc", "申请表字段第 1 行：类型")]
    [InlineData("Kind", "-1", "事项类型")]
    [InlineData("Materials[1].Necessity", "3.5", "申请材料第 2 行：必要性")]
    [InlineData("FormFields[0].Kind", "Text,Number", "申请表字段第 1 行：类型")]   // flags OR-ed into a defined value
    [InlineData("Channels", "Window,Online", "办理渠道")]
    public async Task Saving_a_value_the_drop_down_never_offers_is_refused_by_its_label_and_nothing_changes(string input, string value, string label)
    {
        var (_, id, html) = await PostTamperedAsync(input, value, rowAction: null);
        Assert.Contains(label + "：" + UnboundChoices.Message, html);
        var stored = await DraftFieldsAsync(id);
        Assert.Equal(FormFieldKind.Choice, stored[0].Kind);
        Assert.Equal(["首次申领", "到期换领"], stored[0].Options!);
        Assert.Equal("店名", stored[1].Label);
    }

    [Fact]
    public async Task Pressing_a_row_button_with_a_tampered_value_says_so_at_once()
    {
        var (_, id, html) = await PostTamperedAsync("FormFields[0].Kind", "99", rowAction: "add:faqs");
        Assert.Contains("申请表字段第 1 行：类型：" + UnboundChoices.Message, html);
        Assert.Equal(FormFieldKind.Choice, (await DraftFieldsAsync(id))[0].Kind);
    }

    private async Task<(HttpClient Admin, long Id, string Html)> PostTamperedAsync(string input, string value, string? rowAction)
    {
        var admin = await Factory.SignedInAsync("catalog");
        var content = WithChoiceField();
        var created = await admin.PostAsJsonAsync("/api/catalog/items", content, CatalogJson.Options, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt64();
        var token = AntiforgeryField().Match(await admin.GetStringAsync($"/admin/catalog/{id}", Ct));
        Assert.True(token.Success);

        // The form as the page posts it, with the shop's name changed — so a save that went through would show.
        var form = ItemForm.From(content);
        form.FormFields[1].Label = "经营场所名称";
        var fields = Flatten(form).ToList();
        Assert.Contains(fields, f => f.Key == input);
        fields = [.. fields.Where(f => f.Key != input), new(input, value),
            new("__RequestVerificationToken", token.Groups.Cast<Group>().Skip(1).First(g => g.Success).Value)];
        if (rowAction is not null) fields.Add(new("rowAction", rowAction));
        var response = await admin.PostAsync($"/admin/catalog/{id}?handler=Save", new FormUrlEncodedContent(fields), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (admin, id, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct)));
    }

    [Fact]
    public async Task The_same_form_with_the_offered_values_saves()
    {
        var admin = await Factory.SignedInAsync("catalog");
        var content = WithChoiceField();
        var created = await admin.PostAsJsonAsync("/api/catalog/items", content, CatalogJson.Options, Ct);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt64();
        var token = AntiforgeryField().Match(await admin.GetStringAsync($"/admin/catalog/{id}", Ct));
        var form = ItemForm.From(content);
        form.FormFields[1].Label = "经营场所名称";
        var fields = Flatten(form).Append(new("__RequestVerificationToken", token.Groups.Cast<Group>().Skip(1).First(g => g.Success).Value));
        var response = await admin.PostAsync($"/admin/catalog/{id}?handler=Save", new FormUrlEncodedContent(fields), Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await DraftFieldsAsync(id);
        Assert.Equal("经营场所名称", stored[1].Label);
        Assert.Equal(FormFieldKind.Choice, stored[0].Kind);
    }

    private Task<IReadOnlyList<FormField>> DraftFieldsAsync(long id) => Factory.WithScopeAsync(async sp =>
        (await sp.GetRequiredService<CatalogDbContext>().Versions.AsNoTracking()
            .SingleAsync(v => v.ItemId == id && v.Status == VersionStatus.Draft, Ct)).Content.FormFields);

    /// <summary>The form's properties as a browser posts them: rows as "List[i].Name", enum lists as repeated keys.</summary>
    private static IEnumerable<KeyValuePair<string, string>> Flatten(object form, string prefix = "")
    {
        foreach (var p in form.GetType().GetProperties().Where(p => p.CanWrite && p.GetIndexParameters().Length == 0))
        {
            var value = p.GetValue(form);
            var name = prefix + p.Name;
            switch (value)
            {
                case null: break;
                case string s: yield return new(name, s); break;
                case bool b: yield return new(name, b ? "true" : "false"); break;
                case Enum or int: yield return new(name, Convert.ToString(value, CultureInfo.InvariantCulture)!); break;
                case IList list when p.PropertyType.GetGenericArguments()[0].IsEnum:
                    foreach (var v in list) yield return new(name, v.ToString()!);
                    break;
                case IList list:
                    for (var i = 0; i < list.Count; i++)
                        foreach (var f in Flatten(list[i]!, $"{name}[{i}].")) yield return f;
                    break;
            }
        }
    }
}
