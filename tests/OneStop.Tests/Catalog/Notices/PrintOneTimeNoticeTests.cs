using OneStop.Catalog.Items;
using OneStop.Catalog.Notices;
using OneStop.Tests.Catalog.Items;
using SkiaSharp;

namespace OneStop.Tests.Catalog.Notices;

public sealed class PrintOneTimeNoticeTests : IDisposable
{
    private static readonly DateOnly PrintedOn = new(2026, 11, 23);
    private readonly Poppler _poppler = new();

    [Fact]
    public void The_notice_of_an_item_shows_its_title_name_and_every_material_in_Chinese()
    {
        var item = SampleItems.FoodBusinessLicence();
        var text = _poppler.Text(_poppler.Save(OneTimeNoticePdf.ForItem(item, 3, PrintedOn)));

        Assert.Contains(OneTimeNoticePdf.Title, text);
        Assert.Contains(item.DisplayName, text);
        Assert.All(item.Materials, m => Assert.Contains(m.Name, text));
        Assert.Contains(item.DepartmentName, text);
        Assert.Contains("可由窗口从电子证照库调取", Squeeze(text)); // a detail line may wrap
        Assert.Contains("2026年11月23日", text);
        Assert.Contains(item.ImplementationCode, text); // Latin letters and digits come from the second embedded font
    }

    [Fact]
    public void The_printed_page_is_not_blank()
    {
        var png = _poppler.FirstPagePng(_poppler.Save(OneTimeNoticePdf.ForItem(SampleItems.FoodBusinessLicence(), 1, PrintedOn)));
        KeepForHumans(png);

        using var bitmap = SKBitmap.Decode(png);
        var dark = 0;
        for (var y = 0; y < bitmap.Height; y++)
            for (var x = 0; x < bitmap.Width; x++)
                if (bitmap.GetPixel(x, y) is var c && c.Red + c.Green + c.Blue < 300) dark++;
        Assert.True(dark > 500, $"only {dark} dark pixels on page 1");
    }

    [Fact]
    public void A_long_list_of_materials_continues_on_further_pages()
    {
        var item = SampleItems.FoodBusinessLicence() with
        {
            Materials = Enumerable.Range(1, 120).Select(i => new MaterialRequirement($"测试材料第{i}号证明")).ToList(),
        };
        var pdf = _poppler.Save(OneTimeNoticePdf.ForItem(item, 1, PrintedOn));

        Assert.True(_poppler.Pages(pdf) > 1);
        Assert.Matches(@"第\s*2\s*页", _poppler.Text(pdf, page: 2));
        var text = _poppler.Text(pdf);
        Assert.All(item.Materials, m => Assert.Contains(m.Name, text));
        Assert.Contains(OneTimeNoticePdf.Promise, text);
    }

    [Fact]
    public void The_notice_carries_its_title_in_the_document_properties()
    {
        var info = _poppler.Info(_poppler.Save(OneTimeNoticePdf.ForItem(SampleItems.FoodBusinessLicence(), 1, PrintedOn)));
        Assert.Contains("Title:", info);
        Assert.Contains("一次性告知单（食品经营许可（新办））", info);
    }

    private static string Squeeze(string s) => new(s.Where(c => !char.IsWhiteSpace(c)).ToArray());

    /// <summary>Set ONESTOP_NOTICE_PNG to a directory to look at the rendered page yourself.</summary>
    private static void KeepForHumans(string png)
    {
        if (Environment.GetEnvironmentVariable("ONESTOP_NOTICE_PNG") is { Length: > 0 } dir)
            File.Copy(png, Path.Combine(dir, "item-notice.png"), overwrite: true);
    }

    public void Dispose() => _poppler.Dispose();
}
