using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Catalog.Persistence;
using OneStop.Catalog.Search;
using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Catalog.Http;

public sealed class SynonymEditorPageOnSqlite(SqliteFactory f) : SynonymEditorPageTests(f), IClassFixture<SqliteFactory>;
public sealed class SynonymEditorPageOnPostgres(PostgresFactory f) : SynonymEditorPageTests(f), IClassFixture<PostgresFactory>;

/// <summary>The synonym list edited on /admin/catalog/synonyms by its owner, as a browser without JavaScript would.</summary>
public abstract partial class SynonymEditorPageTests(OneStopFactory factory) : ApiTests(factory)
{
    private const string Page = "/admin/catalog/synonyms";

    private CancellationToken Ct => TestContext.Current.CancellationToken;

    [GeneratedRegex("""name="__RequestVerificationToken" type="hidden" value="([^"]+)"|type="hidden" name="__RequestVerificationToken" value="([^"]+)"|name="__RequestVerificationToken"[^>]*value="([^"]+)""")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex(""""name="rows\[(\d+)\]\.(Phrase|Terms|Section)" value="([^"]*)"""")]
    private static partial Regex RowField();

    /// <summary>The page's rows as a browser would post them back.</summary>
    private static Dictionary<string, string> FieldsOf(string html)
    {
        var fields = RowField().Matches(html).ToDictionary(m => $"rows[{m.Groups[1].Value}].{m.Groups[2].Value}", m => WebUtility.HtmlDecode(m.Groups[3].Value));
        var token = AntiforgeryField().Match(html);
        Assert.True(token.Success, "no antiforgery token on the synonym page");
        fields["__RequestVerificationToken"] = token.Groups.Cast<Group>().Skip(1).First(g => g.Success).Value;
        return fields;
    }

    private async Task<int> SearchTotalAsync(string q) =>
        (await Factory.Anonymous().GetFromJsonAsync<JsonElement>("/api/catalog/items?q=" + Uri.EscapeDataString(q), Ct)).GetProperty("total").GetInt32();

    [Fact]
    public async Task The_city_catalog_administrator_adds_a_row_on_the_page_and_search_uses_it()
    {
        Assert.Equal(0, await SearchTotalAsync("撸串"));
        var admin = await Factory.SignedInAsync("catalog");
        var html = await admin.GetStringAsync(Page, Ct);
        Assert.Contains("data-test=\"synonyms-form\"", html);
        var fields = FieldsOf(html);
        var rows = fields.Count(f => f.Key.EndsWith(".Phrase"));
        Assert.True(rows > 0, "the default list shows as rows");

        fields["row"] = "add";
        var added = await admin.PostAsync(Page, new FormUrlEncodedContent(fields), Ct);
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        fields = FieldsOf(await added.Content.ReadAsStringAsync(Ct));
        Assert.Equal("", fields[$"rows[{rows}].Phrase"]);
        fields[$"rows[{rows}].Phrase"] = "撸串";
        fields[$"rows[{rows}].Terms"] = "食品经营许可";

        var saved = await admin.PostAsync(Page, new FormUrlEncodedContent(fields), Ct);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(Page + "?done=saved", saved.Headers.Location?.OriginalString);
        var after = await admin.GetStringAsync(saved.Headers.Location!.OriginalString, Ct);
        Assert.Contains("已保存", after);
        Assert.Contains("value=\"撸串\"", after);
        Assert.True(await SearchTotalAsync("撸串") > 0);
        Assert.True(await SearchTotalAsync("开饭店") > 0, "the rows kept from the default list still work");
    }

    [Fact]
    public async Task Saving_the_default_list_unchanged_through_the_page_keeps_every_comment_line_in_place()
    {
        var admin = await Factory.SignedInAsync("catalog");
        var html = await admin.GetStringAsync(Page, Ct);
        Assert.Contains("data-test=\"synonym-section\"", html);
        Assert.Contains("开办企业、经营许可", html);

        var before = Lines(await StoredAsync());
        var saved = await admin.PostAsync(Page, new FormUrlEncodedContent(FieldsOf(html)), Ct);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = Lines(await StoredAsync());
        var comments = Lines(DefaultSynonyms.Text).Where(l => l.StartsWith('#')).ToList();
        Assert.True(comments.Count >= 5, "the default list has its section headers");
        Assert.Equal(comments, after.Where(l => l.StartsWith('#')));
        // Every line, comments included, in the order it had (other tests of this class may have added a rule).
        Assert.Equal(before, after);
    }

    private Task<string> StoredAsync() =>
        Factory.WithScopeAsync(sp => SynonymListUseCases.ReadAsync(sp.GetRequiredService<CatalogDbContext>(), Ct));

    private static List<string> Lines(string text) => text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    [Fact]
    public async Task Removing_the_first_rule_of_a_section_keeps_the_section_header_for_the_next_rule()
    {
        var admin = await Factory.SignedInAsync("catalog");
        var html = await admin.GetStringAsync(Page, Ct);
        var fields = FieldsOf(html);
        var first = fields.Single(f => f.Key.EndsWith(".Section") && f.Value.Contains("# 建房、买房")).Key;
        var index = first["rows[".Length..first.IndexOf(']')];
        fields["row"] = "remove:" + index;
        var removed = await admin.PostAsync(Page, new FormUrlEncodedContent(fields), Ct);
        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.Equal(fields[first], FieldsOf(await removed.Content.ReadAsStringAsync(Ct))[first]);
    }

    [Fact]
    public async Task A_row_without_catalog_terms_is_refused_by_its_number_and_the_input_is_kept()
    {
        var admin = await Factory.SignedInAsync("catalog");
        var fields = FieldsOf(await admin.GetStringAsync(Page, Ct));
        fields["rows[2].Phrase"] = "吃烧烤";
        fields["rows[2].Terms"] = " ";
        fields["rows[0].Phrase"] = "开个修鞋铺";

        var response = await admin.PostAsync(Page, new FormUrlEncodedContent(fields), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("第 3 行：目录用语不能为空", html);
        Assert.Contains("value=\"吃烧烤\"", html);
        Assert.Contains("value=\"开个修鞋铺\"", html);
        Assert.DoesNotContain("开个修鞋铺", await admin.GetStringAsync(Page, Ct));
    }

    [Fact]
    public async Task A_county_catalog_administrator_is_told_who_keeps_the_list_and_gets_no_form()
    {
        var county = await CatalogAdmins.OfRegionAsync(Factory, CatalogAdmins.Yuexiu);
        var html = await county.GetStringAsync(Page, Ct);
        Assert.Contains("data-test=\"synonyms-owner-only\"", html);
        Assert.Contains("由省、市两级目录管理员统一维护", html);
        Assert.DoesNotContain("data-test=\"synonyms-form\"", html);
        Assert.DoesNotContain("name=\"rows[0].Phrase\"", html);
    }

    [Fact]
    public async Task The_catalog_administration_list_links_to_the_synonym_editor()
    {
        var admin = await Factory.SignedInAsync("catalog");
        Assert.Contains("href=\"/admin/catalog/synonyms\"", await admin.GetStringAsync("/admin/catalog", Ct));
    }
}
