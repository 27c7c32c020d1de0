using OneStop.Catalog.Import;

namespace OneStop.Tests.Catalog.Import;

public sealed class DetectCatalogFormatTests
{
    [Fact]
    public void The_real_catalogs_are_recognised_and_read()
    {
        var guangdong = SharedCatalogs.Path(SharedCatalogs.GuangdongFile);
        var sichuan = SharedCatalogs.Path(SharedCatalogs.SichuanFile);

        Assert.Equal(CatalogFormat.GuangdongJsonl, CatalogFileFormat.Detect(guangdong));
        Assert.Equal(CatalogFormat.SichuanCsv, CatalogFileFormat.Detect(sichuan));
        Assert.Equal(2262, CatalogFileFormat.Read(guangdong).Count());
        Assert.Equal(1135, CatalogFileFormat.Read(sichuan).Count());
    }

    [Fact]
    public void Content_decides_whatever_the_file_is_called()
    {
        using var json = new TempCatalogFile("catalog.txt", "\uFEFF\n{\"TASK_CODE\":\"C1\"}\n");
        using var csv = new TempCatalogFile("catalog.dat",
            "\uFEFFitem_code,item_name,department,main_item,task_type\nC1,事项,区民政局,未分类,7\n");

        Assert.Equal(CatalogFormat.GuangdongJsonl, CatalogFileFormat.Detect(json.Path));
        Assert.Equal(CatalogFormat.SichuanCsv, CatalogFileFormat.Detect(csv.Path));
        Assert.Equal("C1", Assert.IsType<ImportRow.Accepted>(Assert.Single(CatalogFileFormat.Read(csv.Path))).Item.ImplementationCode);
    }

    [Theory]
    [InlineData("export.csv", "implementation_code,name,kind\nC1,事项,行政许可\n")]
    [InlineData("other.jsonl", "{\"code\":\"C1\"}\n")]
    [InlineData("empty.csv", "\n  \n")]
    [InlineData("broken.jsonl", "{\"TASK_CODE\":\n")]
    public void Other_files_are_refused_with_the_supported_formats_named(string name, string content)
    {
        using var file = new TempCatalogFile(name, content);

        var error = Assert.Throws<InvalidDataException>(() => CatalogFileFormat.Read(file.Path));

        Assert.Contains(name, error.Message);
        Assert.Contains(CatalogFileFormat.SupportedFormats, error.Message);
    }
}
