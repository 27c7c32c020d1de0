using OneStop.Catalog.Bundles;
using OneStop.Catalog.Items;
using L = OneStop.Catalog.Notices.NoticeLabels;

namespace OneStop.Catalog.Notices;

/// <summary>
/// 一次性告知单: the printable A4 notice a window hands over (or the applicant prints) so that everything needed is
/// told once. Materials are numbered so the window and the applicant can tick them off on paper.
/// </summary>
public static class OneTimeNoticePdf
{
    public const string Title = "一次性告知单";
    public const string Promise = "本告知单一次性告知申请所需全部材料；材料齐全、符合法定形式的，窗口当场受理。";

    public static byte[] ForItem(ItemContent item, int version, DateOnly printedOn) =>
        Render(item.DisplayName, printedOn, (w, f) =>
        {
            w.Write(new NoticeLine($"实施主体：{item.DepartmentName}", f.Body), new($"实施编码：{item.ImplementationCode}（第 {version} 版）", f.Body),
                new($"办件类型：{L.CaseType(item.CaseType)}；法定办结时限：{L.Days(item.StatutoryLimitDays)}；承诺办结时限：{L.Days(item.PromisedLimitDays)}", f.Body),
                new($"到现场次数：{item.RequiredVisits} 次{(item.VisitsReason is null ? "" : $"（{item.VisitsReason}）")}", f.Body));
            Materials(w, f, item.Materials.Select(m => (m.Name,
                L.Material(m.Necessity, m.Form, m.PaperCopies, L.Source(m.Source, m.LicenceType, m.IssuedBy)), m.Notes)));
            Heading(w, f, "二、收费");
            w.Write(item.Fees.Count == 0 ? [new("不收费", f.Body)] : item.Fees.Select(x => new NoticeLine(L.Fee(x), f.Body)).ToArray());
            Heading(w, f, "三、办理地点和渠道");
            w.Write(new NoticeLine($"办理地点：{item.HandlingLocation ?? "各级政务服务中心综合窗口"}", f.Body), new($"办理渠道：{L.Channels(item.Channels)}", f.Body));
            Heading(w, f, "四、咨询和投诉");
            w.Write(new NoticeLine($"咨询电话：{item.ConsultPhone ?? "12345"}；投诉电话：{item.ComplaintPhone ?? "12345"}", f.Body));
        });

    public static byte[] ForBundle(string bundleName, BundleGuide guide, DateOnly printedOn) =>
        Render(bundleName, printedOn, (w, f) =>
        {
            w.Write(new NoticeLine($"一件事一次办，包含 {guide.Items.Count} 个事项：{string.Join("、", guide.Items)}", f.Body),
                new($"办件类型：联办件；承诺办结时限：{L.Days(guide.PromisedLimitDays)}（各事项法定时限见各自告知单）", f.Body),
                new($"到现场次数：{guide.RequiredVisits} 次", f.Body));
            Materials(w, f, guide.Materials.Select(m => (m.Name,
                L.Material(m.Necessity, m.Form, m.PaperCopies, L.Source(m.Source, m.LicenceType, null)) + $"；所需事项：{string.Join("、", m.NeededFor)}",
                (string?)null)));
            Heading(w, f, "二、收费");
            w.Write(guide.Fees.Count == 0 ? [new("不收费", f.Body)] : guide.Fees.Select(x => new NoticeLine(L.Fee(x), f.Body))
                .Append(new($"固定金额收费合计：{L.Yuan(guide.TotalFixedFees)}", f.Body)).ToArray());
            Heading(w, f, "三、办理地点和渠道");
            w.Write(new NoticeLine("办理地点：政务服务中心“一件事”综合窗口，一次提交材料、一窗受理、并联审批", f.Body));
            Heading(w, f, "四、咨询和投诉");
            w.Write(new NoticeLine("咨询、投诉电话：12345 政务服务便民热线", f.Body));
        });

    private static void Materials(NoticePages w, NoticeStyles f, IEnumerable<(string Name, string Details, string? Notes)> materials)
    {
        Heading(w, f, "一、申请材料");
        var n = 0;
        foreach (var (name, details, notes) in materials)
        {
            n++;
            var lines = new List<NoticeLine> { new($"{n}. {name}", f.Body), new(details, f.Small, 18) };
            if (notes is not null) lines.Add(new($"备注：{notes}", f.Small, 18));
            w.Write([.. lines]);
        }
        if (n == 0) w.Write(new NoticeLine("无需提交材料", f.Body));
    }

    private static void Heading(NoticePages w, NoticeStyles f, string text)
    {
        w.Space(6);
        w.Write(new NoticeLine(text, f.Heading));
    }

    private static byte[] Render(string name, DateOnly printedOn, Action<NoticePages, NoticeStyles> body)
    {
        using var output = new MemoryStream();
        using var styles = new NoticeStyles();
        using (var w = new NoticePages(output, $"{Title}（{name}）"))
        {
            w.Write(new NoticeLine(Title, styles.Title, Centered: true), new NoticeLine(name, styles.Heading, Centered: true));
            w.Rule();
            body(w, styles);
            w.Space(8);
            w.Rule();
            w.Write(new NoticeLine(Promise, styles.Body), new NoticeLine($"打印日期：{L.Date(printedOn)}", styles.Small));
            w.Close();
        }
        return output.ToArray();
    }
}
