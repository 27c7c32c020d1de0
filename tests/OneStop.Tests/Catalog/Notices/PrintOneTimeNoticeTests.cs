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
        var pdf = _poppler.Save(OneTimeNoticePdf.ForItem(SampleItems.FoodBusinessLicence(), 1, PrintedOn));
        var png = _poppler.FirstPagePng(pdf);
        KeepForHumans(png, pdf);

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

    [Fact]
    public void The_notice_tells_the_acceptance_conditions_and_where_and_when_the_hall_is_open()
    {
        var item = SampleItems.FoodBusinessLicence() with
        {
            AcceptanceConditions = "1. 具有与经营的食品品种、数量相适应的经营场所\n2. 有食品安全专业技术人员",
        };
        var hall = new NoticeHall("440106", "天河区政务服务中心", "天河区天府路1号", "周一至周五 9:00—12:00，13:30—17:00");

        var text = Squeeze(_poppler.Text(_poppler.Save(OneTimeNoticePdf.ForItem(item, 1, PrintedOn, hall))));

        Assert.Contains("受理条件", text);
        Assert.Contains(Squeeze("1. 具有与经营的食品品种、数量相适应的经营场所"), text);
        Assert.Contains(Squeeze("2. 有食品安全专业技术人员"), text);
        Assert.Contains("办理地点：天河区政务服务中心（天河区天府路1号）", text); // the item names no place: its hall
        Assert.Contains(Squeeze("办公时间：周一至周五 9:00—12:00，13:30—17:00"), text);
    }

    [Fact]
    public void The_items_own_place_comes_before_the_hall_and_unknown_hours_say_where_to_find_them()
    {
        var item = SampleItems.FoodBusinessLicence() with { HandlingLocation = "天河区市场监督管理局三楼窗口" };

        var text = Squeeze(_poppler.Text(_poppler.Save(OneTimeNoticePdf.ForItem(item, 1, PrintedOn,
            new NoticeHall("440106", "天河区政务服务中心", "天府路1号", null)))));

        Assert.Contains("办理地点：天河区市场监督管理局三楼窗口", text);
        Assert.Contains(Squeeze("办公时间：" + OneTimeNoticePdf.HoursUnknown), text);
        Assert.Contains("符合法定条件、申请材料齐全且符合法定形式的，予以受理", text); // no conditions recorded
    }

    [Fact]
    public void A_one_page_notice_embeds_only_the_characters_it_prints()
    {
        // Whole fonts made a one-page notice 2.5 MB (Droid Sans Fallback alone is 4 MB); a window prints and mails these.
        var bytes = OneTimeNoticePdf.ForItem(SampleItems.FoodBusinessLicence(), 1, PrintedOn);
        var pdf = _poppler.Save(bytes);

        Assert.Equal(1, _poppler.Pages(pdf));
        Assert.True(bytes.Length < 200 * 1024, $"the notice is {bytes.Length / 1024} KB");
        var text = _poppler.Text(pdf);
        Assert.Contains("一次性告知单", text); // still text, not outlines, and the right code points (not look-alike radicals)
        Assert.Contains("食品经营许可", text);
    }

    [Fact]
    public void A_long_notice_stays_small_because_its_fonts_hold_only_its_characters()
    {
        var item = SampleItems.FoodBusinessLicence() with
        {
            Materials = Enumerable.Range(1, 120).Select(i => new MaterialRequirement($"测试材料第{i}号证明")).ToList(),
        };
        var bytes = OneTimeNoticePdf.ForItem(item, 1, PrintedOn);

        Assert.True(_poppler.Pages(_poppler.Save(bytes)) > 2);
        Assert.True(bytes.Length < 300 * 1024, $"the notice is {bytes.Length / 1024} KB");
    }

    private static string Squeeze(string s) => new(s.Where(c => !char.IsWhiteSpace(c)).ToArray());

    /// <summary>Set ONESTOP_NOTICE_PNG to a directory to look at the rendered page yourself.</summary>
    private static void KeepForHumans(string png, string pdf)
    {
        if (Environment.GetEnvironmentVariable("ONESTOP_NOTICE_PNG") is not { Length: > 0 } dir) return;
        File.Copy(png, Path.Combine(dir, "item-notice.png"), overwrite: true);
        File.Copy(pdf, Path.Combine(dir, "item-notice.pdf"), overwrite: true);
    }

    public void Dispose() => _poppler.Dispose();
}
