using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.VisualBasic.FileIO;
using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Cases;

public sealed class CaseExportOnSqlite(SqliteFactory f) : CaseExportTests(f), IClassFixture<SqliteFactory>;
public sealed class CaseExportOnPostgres(PostgresFactory f) : CaseExportTests(f), IClassFixture<PostgresFactory>;

/// <summary>
/// The national case-upload export over the API (GET /api/cases/export): a supervisor downloads the cases submitted in a
/// range of Beijing dates as CSV or XLSX, with the 办件信息 columns, a person's resident ID masked.
/// </summary>
public abstract class CaseExportTests(OneStopFactory factory) : ApiTests(factory)
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Range = "from=2026-11-01&to=2026-11-23";

    /// <summary>A case of 张三 submitted and accepted today (2026-11-23 in the factory's clock).</summary>
    private async Task<string> AcceptedCaseAsync()
    {
        var s = new CaseScenario(Factory);
        var submitted = await s.SubmittedAsync(await s.PublishItemAsync());
        await s.PostAsync(await s.SignInAsync("clerk"), $"/api/cases/{submitted.GetProperty("id").GetInt64()}/accept", new { note = "容缺受理" });
        return submitted.GetProperty("number").GetString()!;
    }

    [Fact]
    public async Task A_supervisor_exports_the_national_case_fields_as_csv_with_the_resident_id_masked()
    {
        var number = await AcceptedCaseAsync();
        var supervisor = await Factory.SignedInAsync("supervisor");
        var response = await supervisor.GetAsync($"/api/cases/export?{Range}&format=csv", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
        Assert.True(bytes.AsSpan().StartsWith(Encoding.UTF8.GetPreamble()), "CSV without the UTF-8 BOM Excel needs for Chinese");
        var text = Encoding.UTF8.GetString(bytes);
        Assert.DoesNotContain(CaseScenario.Citizen, text);

        var rows = CaseExportFiles.ReadCsv(bytes);
        Assert.Equal(CaseExportFiles.Header, rows[0]);
        var row = CaseExportFiles.RowOf(rows, number);
        Assert.Equal("440106********1231", row["证件号码"]);
        Assert.Equal("自然人", row["申请人类型"]);
        Assert.Equal("张三", row["申请人名称"]);
        Assert.Equal("单事项", row["办件类型"]);
        Assert.Equal("网上申请", row["申请方式"]);
        Assert.Equal("广州市天河区市场监督管理局", row["受理部门"]);
        Assert.Equal("440106", row["区划代码"]);
        Assert.Equal("2026-11-23T09:00:00+08:00", row["提交时间"]);
        Assert.Equal("2026-11-23", row["受理日期"]);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", row["法定办结日期"]);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", row["承诺办结日期"]);
        Assert.Equal("", row["办结时间"]);
        Assert.Equal("办理中", row["办理结果"]);
        Assert.Equal("审查中", row["状态"]);
        Assert.Equal("1", row["事项版本"]);

        // The demo's enterprise cases keep the credit code (public registration data); its bundle parts name their main case.
        Assert.Contains(rows.Skip(1), r => r[7] == "法人" && r[9].Length == 18 && !r[9].Contains('*'));
        var part = Assert.Single(rows.Skip(1), r => r[5] == "子件" && r[18] == "准予");
        Assert.StartsWith(part[6] + "-", part[0], StringComparison.Ordinal);
        Assert.Contains(rows.Skip(1), r => r[5] == "一件事主件" && r[0] == part[6]);
        Assert.Contains(rows.Skip(1), r => r[19].StartsWith("现场勘验 ", StringComparison.Ordinal));
        Assert.Contains(rows.Skip(1), r => r[18] == "不予受理" && r[12] == "窗口受理");
    }

    [Fact]
    public async Task The_xlsx_export_opens_with_the_open_xml_sdk_and_masks_the_id()
    {
        var number = await AcceptedCaseAsync();
        var admin = await Factory.SignedInAsync("th-admin");
        var response = await admin.GetAsync($"/api/cases/export?{Range}&format=xlsx", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = CaseExportFiles.ReadXlsx(await response.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal(CaseExportFiles.Header, rows[0]);
        Assert.Equal("440106********1231", CaseExportFiles.RowOf(rows, number)["证件号码"]);
        Assert.DoesNotContain(rows.SelectMany(r => r), cell => cell.Contains(CaseScenario.Citizen));
    }

    [Fact]
    public async Task Only_supervisors_and_administrators_may_export()
    {
        foreach (var user in new[] { "clerk", "approver", CaseScenario.Citizen })
        {
            var client = await Factory.SignedInAsync(user);
            var response = await client.GetAsync($"/api/cases/export?{Range}", Ct);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await Factory.Anonymous().GetAsync($"/api/cases/export?{Range}", Ct)).StatusCode);
    }

    [Theory]
    [InlineData("from=2026-11-30&to=2026-11-01", "case.export-invalid-range")]
    [InlineData("from=2026-02-30&to=2026-03-01", "case.export-invalid-range")]
    [InlineData("to=2026-03-01", "case.export-invalid-range")]
    [InlineData("from=2024-01-01&to=2026-01-01", "case.export-invalid-range")]
    [InlineData("from=0001-01-01&to=0001-01-02", "case.export-invalid-range")]
    [InlineData("from=9999-12-30&to=9999-12-31", "case.export-invalid-range")]
    [InlineData("from=2026-11-01&to=2026-11-02&format=pdf", "case.export-invalid-format")]
    public async Task A_bad_range_or_format_is_refused_in_chinese(string query, string code)
    {
        var supervisor = await Factory.SignedInAsync("supervisor");
        var response = await supervisor.GetAsync($"/api/cases/export?{query}", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, (await Problem.ReadAsync(response)).Code);
    }
}

/// <summary>Reads an export back the way a spreadsheet or an upload program would (a CSV parser, the Open XML SDK).</summary>
internal static class CaseExportFiles
{
    public static readonly IReadOnlyList<string> Header =
    [
        "办件编号", "事项名称", "实施编码", "基本编码", "事项版本", "办件类型", "主件编号", "申请人类型", "申请人名称", "证件号码",
        "受理部门", "区划代码", "申请方式", "提交时间", "受理日期", "承诺办结日期", "法定办结日期", "办结时间", "办理结果",
        "特别程序", "延期", "状态",
    ];

    public static List<List<string>> ReadCsv(byte[] bytes)
    {
        using var parser = new TextFieldParser(new MemoryStream(bytes), Encoding.UTF8) { HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var rows = new List<List<string>>();
        while (!parser.EndOfData) rows.Add([.. parser.ReadFields()!]);
        return rows;
    }

    public static List<List<string>> ReadXlsx(byte[] bytes)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var workbook = document.WorkbookPart!;
        var sheet = Assert.Single(workbook.Workbook.Sheets!.Elements<Sheet>());
        var worksheet = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet;
        var validation = new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document).Select(e => e.Description).ToList();
        Assert.True(validation.Count == 0, string.Join("\n", validation.Take(5)));
        return worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToList()).ToList();
    }

    public static Dictionary<string, string> RowOf(List<List<string>> rows, string number)
    {
        var row = Assert.Single(rows, r => r[0] == number);
        Assert.Equal(Header.Count, row.Count);
        return Header.Select((h, i) => (h, i)).ToDictionary(x => x.h, x => row[x.i]);
    }
}
