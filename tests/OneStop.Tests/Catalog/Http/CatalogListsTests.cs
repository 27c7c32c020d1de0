using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using OneStop.Catalog.Items;
using OneStop.Tests.Catalog.Items;
using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Catalog.Http;

public abstract class CatalogListsTests(OneStopFactory factory) : ApiTests(factory)
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<string> PublishAsync(ItemContent content)
    {
        var admin = await Factory.SignedInAsync("catalog");
        var created = await admin.PostAsJsonAsync("/api/catalog/items", content, CatalogJson.Options, Ct);
        created.EnsureSuccessStatusCode();
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt64();
        (await admin.PostAsJsonAsync($"/api/catalog/items/{id}/publish", new { }, Ct)).EnsureSuccessStatusCode();
        return content.ImplementationCode;
    }

    [Fact]
    public async Task Published_items_appear_in_the_lists_and_figures_of_their_region()
    {
        var unique = Guid.NewGuid().ToString("N")[..8];
        var zeroVisit = SampleItems.FoodBusinessLicence() with
        {
            ImplementationCode = "Z" + unique, SubItemName = "零跑动测试事项" + unique,
            Fees = [new Fee("工本费", "10元/证", "粤发改价格〔2017〕1号")],
            IntermediaryServices = [new IntermediaryService("卫生学评价", 15, "按市场价")],
        };
        var oneVisit = SampleItems.FoodBusinessLicence() with
        {
            ImplementationCode = "O" + unique, SubItemName = "跑一次测试事项" + unique, RequiredVisits = 1, VisitsReason = "核验原件",
        };
        await PublishAsync(zeroVisit);
        await PublishAsync(oneVisit);
        var anonymous = Factory.Anonymous();

        async Task<List<string>> Names(string list) =>
            (await anonymous.GetFromJsonAsync<JsonElement>($"/api/catalog/lists/{list}?region=440106", Ct))
                .GetProperty("rows").EnumerateArray().Select(r => r[0].GetString()!).ToList();

        Assert.Contains("零跑动测试事项" + unique, await Names("zero-visit"));
        Assert.DoesNotContain("跑一次测试事项" + unique, await Names("zero-visit"));
        Assert.Contains("跑一次测试事项" + unique, await Names("most-one-visit"));
        Assert.Contains("零跑动测试事项" + unique, await Names("fees"));
        Assert.Contains("零跑动测试事项" + unique, await Names("intermediaries"));
        Assert.Contains("零跑动测试事项" + unique, await Names("certificates")); // 营业执照 is issued by a department

        var figures = await anonymous.GetFromJsonAsync<JsonElement>("/api/catalog/stats?region=440106", Ct);
        Assert.True(figures.GetProperty("items").GetInt32() >= 2);
        Assert.True(figures.GetProperty("zeroVisitShare").GetDouble() is > 0 and < 1);
        Assert.InRange(figures.GetProperty("averagePromisedToStatutoryRatio").GetDouble(), 0.01, 1.0);
    }

    [Fact]
    public async Task A_list_exports_as_csv_that_Excel_reads_as_Chinese()
    {
        await PublishAsync(SampleItems.FoodBusinessLicence() with { ImplementationCode = "CSV" + Guid.NewGuid().ToString("N")[..8] });
        var response = await Factory.Anonymous().GetAsync("/api/catalog/lists/items?format=csv", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.StartsWith("实施编码,事项名称", Encoding.UTF8.GetString(bytes[3..]));
    }

    [Fact]
    public async Task A_list_exports_as_an_xlsx_workbook_with_Chinese_cells()
    {
        var response = await Factory.Anonymous().GetAsync("/api/catalog/lists/most-one-visit?format=xlsx", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await Factory.Anonymous().GetFromJsonAsync<System.Text.Json.JsonElement>("/api/catalog/lists/most-one-visit", Ct);
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);

        // Opened with the Open XML SDK, as Excel or WPS would: a reader that validates the package, not our own XML.
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var workbook = document.WorkbookPart!;
        var sheet = Assert.Single(workbook.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>());
        var worksheet = ((DocumentFormat.OpenXml.Packaging.WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet;
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<DocumentFormat.OpenXml.Spreadsheet.SharedStringItem>()
            .Select(s => s.InnerText).ToList();
        string Text(DocumentFormat.OpenXml.Spreadsheet.Cell c) =>
            c.DataType?.Value == DocumentFormat.OpenXml.Spreadsheet.CellValues.SharedString ? shared![int.Parse(c.InnerText)] : c.InnerText;
        var rows = worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().Select(r => r.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().Select(Text).ToList()).ToList();
        Assert.Equal("事项名称", rows[0][0]);
        var validation = new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document, Ct).Select(e => e.Description).ToList();
        Assert.True(validation.Count == 0, string.Join("\n", validation.Take(5)));
        // One row per item of the list, under the header, with the same first item as the JSON list.
        var listRows = json.GetProperty("rows");
        Assert.Equal(listRows.GetArrayLength() + 1, rows.Count);
        Assert.True(listRows.GetArrayLength() > 0);
        Assert.Equal(listRows[0][0].GetString(), rows[1][0]);
    }

    [Fact]
    public async Task An_unknown_list_is_404_with_a_code()
    {
        var response = await Factory.Anonymous().GetAsync("/api/catalog/lists/secret", Ct);
        Assert.Equal("catalog.list-not-found", (await Problem.ReadAsync(response)).Code);
    }
}
