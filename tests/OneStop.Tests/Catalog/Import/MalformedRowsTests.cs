using OneStop.Catalog.Import;

namespace OneStop.Tests.Catalog.Import;

/// <summary>A broken row becomes a rejection with its line number; the rows around it still import.</summary>
public sealed class MalformedRowsTests
{
    private const string GoodJson =
        """{"TASK_CODE":"C1","TASK_NAME":"测试事项","DEPT_NAME":"测试局","TASK_TYPE_TEXT":"行政许可","handle_time":"无","material_intro":"无"}""";

    private const string SichuanHeader = "department,main_item,item_name,item_code,task_type,dept_code,area_code,link\n";

    [Fact]
    public void A_broken_json_line_and_an_item_without_department_are_rejected_in_place()
    {
        using var file = new TempCatalogFile("policy.jsonl", string.Join("\n",
            GoodJson,
            """{"TASK_CODE":"C2","TASK_NAME":"截断""",
            "",
            """{"TASK_CODE":"C3","TASK_NAME":"无部门","DEPT_NAME":"无","TASK_TYPE_TEXT":"公共服务"}""",
            "[1,2]",
            GoodJson.Replace("C1", "C6")));

        var rows = GuangdongCatalogReader.Read(file.Path).ToList();

        Assert.Equal([1, 6], rows.Items().Select(i => i.RowNumber));
        Assert.Collection(rows.Rejections(),
            r => Assert.Equal((2, true), (r.RowNumber, r.Reason.StartsWith("JSON 格式错误", StringComparison.Ordinal))),
            r => Assert.Equal((4, "缺少必填字段：实施主体（DEPT_NAME）"), (r.RowNumber, r.Reason)),
            r => Assert.Equal((5, "不是 JSON 对象"), (r.RowNumber, r.Reason)));
        Assert.Null(rows.Items()[0].StatutoryLimit);
        Assert.Empty(rows.Items()[0].Materials);
    }

    [Fact]
    public void Bad_csv_rows_are_rejected_with_their_line_numbers()
    {
        using var file = new TempCatalogFile("items.csv", SichuanHeader +
            "区民政局,未分类,婚姻登记,511F0001-511602000000-000-X-1-00,7,X,511602000000,http://a\n" +
            "区民政局,未分类,少一列,511F0002-511602000000-000-X-1-00,7,X,511602000000\n" +
            "区民政局,未分类,,511F0003-511602000000-000-X-1-00,,X,511602000000,http://c\n" +
            "区民政局,未分类,\"引号\"多余,511F0004,7,X,511602000000,http://d\n" +
            "区民政局,收养登记,\"中国公民收养子女登记\n（跨行）\",511F0005-511602000000-000-X-1-00,7,X,511602000000,http://e\n" +
            "区民政局,未分类,\"未闭合,511F0006,7,X,511602000000,http://f\n");

        var rows = SichuanCatalogReader.Read(file.Path).ToList();

        Assert.Equal([2, 6], rows.Items().Select(i => i.RowNumber));
        Assert.Equal("中国公民收养子女登记\n（跨行）", rows.Items()[1].Name);
        Assert.Equal(
            [
                (3, "有 7 个字段，表头有 8 个"),
                (4, "缺少必填字段：事项名称（item_name）、事项类型（task_type）"),
                (5, "CSV 格式错误：引号闭合后还有多余字符"),
                (8, "CSV 格式错误：引号未闭合"),
            ],
            rows.Rejections().Select(r => (r.RowNumber, r.Reason)));
    }

    [Fact]
    public void A_csv_without_the_catalog_columns_is_one_rejection()
    {
        using var file = new TempCatalogFile("items.csv", "name,code\n事项,1\n");

        var row = Assert.Single(SichuanCatalogReader.Read(file.Path));

        Assert.Equal(new ImportRow.Rejected(1, "表头缺少列：department、main_item、item_name、item_code、task_type"), row);
    }
}
