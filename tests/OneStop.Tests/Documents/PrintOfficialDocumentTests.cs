using OneStop.Platform.Documents;
using OneStop.Tests.Catalog.Notices;
using SkiaSharp;

namespace OneStop.Tests.Documents;

/// <summary>The case engine's notices and decisions (受理通知书, 不予受理通知书, 决定书...) as printed PDFs, read back with poppler.</summary>
public sealed class PrintOfficialDocumentTests : IDisposable
{
    private static readonly DateOnly IssuedOn = new(2026, 12, 1);
    private readonly Poppler _poppler = new();

    private static OfficialDocument AcceptanceNotice(params DocumentBlock[] more) => new(
        "受理通知书",
        "办件编号：4401062026120100001",
        "张三：",
        [
            new DocumentParagraph("你（单位）于2026年11月30日提出的食品经营许可（新办）申请，经审查，申请材料齐全、符合法定形式，本机关决定予以受理。"),
            new DocumentHeading("一、已收取的材料"),
            new DocumentList(["营业执照复印件", "法定代表人身份证明", "食品安全管理制度文本", "经营场所平面布局图"]),
            new DocumentHeading("二、办理信息"),
            new DocumentFields([("申请事项", "食品经营许可（新办）"), ("受理日期", "2026年12月1日"), ("承诺办结时限", "10 个工作日"),
                ("咨询电话", "020-12345678")]),
            .. more,
        ],
        "广州市天河区市场监督管理局",
        IssuedOn,
        "查询方式：登录广东政务服务网“我的办件”，或凭办件编号和身份证号后 6 位在“办件进度查询”页面查询。");

    [Fact]
    public void An_acceptance_notice_prints_its_title_addressee_items_issuer_and_Chinese_date()
    {
        var document = AcceptanceNotice();
        var pdf = _poppler.Save(OfficialDocumentPdf.Render(document));
        var text = Squeeze(_poppler.Text(pdf));

        Assert.Equal(1, _poppler.Pages(pdf));
        Assert.Contains("受理通知书", text);
        Assert.Contains("办件编号：4401062026120100001", text);
        Assert.Contains("张三：", text);
        Assert.Contains(Squeeze("本机关决定予以受理。"), text);
        var list = (DocumentList)document.Body[2];
        for (var i = 0; i < list.Items.Count; i++) Assert.Contains($"{i + 1}.{list.Items[i]}", text);
        Assert.Contains("申请事项：食品经营许可（新办）", text);
        Assert.Contains("承诺办结时限：10个工作日", text);
        Assert.Contains("广州市天河区市场监督管理局", text);
        Assert.Contains("2026年12月1日", text);
        Assert.Contains(Squeeze("凭办件编号和身份证号后 6 位"), text);
        Assert.Contains("第1页共1页", text);
    }

    [Fact]
    public void A_character_no_embedded_font_has_is_printed_as_the_missing_character_mark_not_dropped()
    {
        // 䶮 (Extension A) is in the embedded font; 𠮷 (U+20BB7, Extension B) is not.
        var document = AcceptanceNotice() with { Addressee = "刘䶮𠮷祎：" };
        var text = Squeeze(_poppler.Text(_poppler.Save(OfficialDocumentPdf.Render(document))));

        Assert.Contains("刘䶮〓祎：", text);
        Assert.Contains("本机关决定予以受理。", text);
    }

    [Fact]
    public void The_issuer_and_date_stand_right_and_the_title_in_the_middle()
    {
        var raw = _poppler.Text(_poppler.Save(OfficialDocumentPdf.Render(AcceptanceNotice())));
        var lines = raw.Split('\n');
        var title = lines.First(l => l.Contains("受理通知书", StringComparison.Ordinal));
        var issuer = lines.First(l => l.Contains("广州市天河区市场监督管理局", StringComparison.Ordinal));
        var addressee = lines.First(l => l.Contains("张三：", StringComparison.Ordinal));

        // pdftotext -layout keeps horizontal positions as leading spaces.
        static int Indent(string l) => l.Length - l.TrimStart().Length;
        Assert.True(Indent(title) > Indent(addressee) + 10, $"title not centred: [{title}]");
        Assert.True(Indent(issuer) > Indent(title), $"issuer not right-aligned: [{issuer}]");
        var field = lines.First(l => l.Contains("申请事项", StringComparison.Ordinal));
        Assert.True(Indent(field) > Indent(addressee), $"fields not indented: [{field}]");
    }

    [Fact]
    public void A_long_decision_continues_on_pages_numbered_of_the_total()
    {
        var reasons = Enumerable.Range(1, 60).Select(i => $"第{i}项：经现场核查，经营场所与申请材料所载布局不一致，不符合《食品经营许可和备案管理办法》第{i}条的规定").ToList();
        var document = new OfficialDocument("不予行政许可决定书", "天市监食许不字〔2026〕第 8 号", "广州某某餐饮管理有限公司：",
            [new DocumentParagraph("你单位申请的食品经营许可（新办），经审查，存在下列情形："), new DocumentList(reasons),
                new DocumentParagraph("根据《中华人民共和国行政许可法》第三十八条第二款的规定，本机关决定不予行政许可。")],
            "广州市天河区市场监督管理局", new DateOnly(2026, 12, 31));

        var pdf = _poppler.Save(OfficialDocumentPdf.Render(document), "long-decision.pdf");
        KeepForHumans(pdf);
        var pages = _poppler.Pages(pdf);

        Assert.True(pages >= 2, $"{pages} page(s)");
        for (var p = 1; p <= pages; p++) Assert.Contains($"第{p}页共{pages}页", Squeeze(_poppler.Text(pdf, page: p)));
        var text = Squeeze(_poppler.Text(pdf));
        Assert.All(reasons.Select((r, i) => $"{i + 1}.{Squeeze(r)}"), r => Assert.Contains(r, text));
        Assert.Equal(60, reasons.Count);
        Assert.Contains("2026年12月31日", Squeeze(_poppler.Text(pdf, page: pages)));
    }

    [Fact]
    public void A_one_page_document_embeds_only_its_characters_and_stays_small()
    {
        var bytes = OfficialDocumentPdf.Render(AcceptanceNotice());

        Assert.True(bytes.Length < 200 * 1024, $"the document is {bytes.Length / 1024} KB");
        Assert.Contains("受理通知书", _poppler.Info(_poppler.Save(bytes))); // the document's title property
    }

    [Fact]
    public void Characters_outside_the_fonts_do_not_stop_the_document_from_printing()
    {
        // An emoji, CJK Extension B (𠀀 U+20000, 𪚥 U+2A6A5), a tab, a lone surrogate: a name can carry any of them.
        var odd = "王𠀀𪚥先生😀\t（\uD800）";
        var document = AcceptanceNotice(new DocumentParagraph($"申请人姓名：{odd}"), new DocumentList([odd]), new DocumentFields([(odd, odd)]))
            with { Addressee = odd + "：" };

        var pdf = _poppler.Save(OfficialDocumentPdf.Render(document), "odd-characters.pdf");
        KeepForHumans(pdf);
        var text = Squeeze(_poppler.Text(pdf));

        Assert.Contains("受理通知书", text);
        Assert.Contains("申请人姓名：王", text);
        Assert.Contains("广州市天河区市场监督管理局", text);
    }

    [Fact]
    public void An_empty_body_still_prints_title_issuer_and_date()
    {
        var document = new OfficialDocument("准予行政许可决定书", null, null, [], "广州市天河区市场监督管理局", new DateOnly(2027, 1, 5));

        var text = Squeeze(_poppler.Text(_poppler.Save(OfficialDocumentPdf.Render(document))));

        Assert.Contains("准予行政许可决定书", text);
        Assert.Contains("2027年1月5日", text);
    }

    [Fact]
    public void The_printed_page_shows_ink()
    {
        var pdf = _poppler.Save(OfficialDocumentPdf.Render(AcceptanceNotice()), "acceptance.pdf");
        var png = _poppler.FirstPagePng(pdf);
        KeepForHumans(pdf);

        using var bitmap = SKBitmap.Decode(png);
        var dark = 0;
        for (var y = 0; y < bitmap.Height; y++)
            for (var x = 0; x < bitmap.Width; x++)
                if (bitmap.GetPixel(x, y) is var c && c.Red + c.Green + c.Blue < 300) dark++;
        Assert.True(dark > 500, $"only {dark} dark pixels on page 1");
    }

    /// <summary>Set ONESTOP_NOTICE_PNG to a directory to look at the printed documents yourself (pdftoppm them there).</summary>
    private static void KeepForHumans(string pdf)
    {
        if (Environment.GetEnvironmentVariable("ONESTOP_NOTICE_PNG") is not { Length: > 0 } dir) return;
        File.Copy(pdf, Path.Combine(dir, Path.GetFileName(pdf)), overwrite: true);
    }

    private static string Squeeze(string s) => new(s.Where(c => !char.IsWhiteSpace(c)).ToArray());

    public void Dispose() => _poppler.Dispose();
}
