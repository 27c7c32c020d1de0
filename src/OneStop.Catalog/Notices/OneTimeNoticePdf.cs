using OneStop.Catalog.Bundles;
using OneStop.Catalog.Items;
using OneStop.Platform.Documents;
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

    /// <summary>Where the office hours are unknown: true of every hall, and it points to where the hours are posted.</summary>
    public const string HoursUnknown = "法定工作日（节假日调休以政务服务工作日历为准），具体时间以办理地点公布为准";

    public static byte[] ForItem(ItemContent item, int version, DateOnly printedOn, NoticeHall? hall = null) =>
        Render(item.DisplayName, printedOn, (w, f) =>
        {
            w.Write(new DocumentLine($"实施主体：{item.DepartmentName}", f.Body), new($"实施编码：{item.ImplementationCode}（第 {version} 版）", f.Body),
                new($"办件类型：{L.CaseType(item.CaseType)}；法定办结时限：{L.Days(item.StatutoryLimitDays)}；承诺办结时限：{L.Days(item.PromisedLimitDays)}", f.Body),
                new($"到现场次数：{item.RequiredVisits} 次{(item.VisitsReason is null ? "" : $"（{item.VisitsReason}）")}", f.Body));
            Heading(w, f, "一、受理条件");
            Paragraphs(w, f, item.AcceptanceConditions, "符合法定条件、申请材料齐全且符合法定形式的，予以受理");
            Materials(w, f, "二、申请材料", item.Materials.Select(m => (m.Name,
                L.Material(m.Necessity, m.Form, m.PaperCopies, L.Source(m.Source, m.LicenceType, m.IssuedBy)), m.Notes)));
            Heading(w, f, "三、收费");
            w.Write(item.Fees.Count == 0 ? [new("不收费", f.Body)] : item.Fees.Select(x => new DocumentLine(L.Fee(x), f.Body)).ToArray());
            Heading(w, f, "四、办理地点、时间和渠道");
            // The item's own place is the most specific; else its region's hall; else the generic window.
            w.Write(new DocumentLine($"办理地点：{item.HandlingLocation ?? HallPlace(hall) ?? "各级政务服务中心综合窗口"}", f.Body),
                new($"办公时间：{hall?.Hours ?? HoursUnknown}", f.Body), new($"办理渠道：{L.Channels(item.Channels)}", f.Body));
            Heading(w, f, "五、咨询和投诉");
            w.Write(new DocumentLine($"咨询电话：{item.ConsultPhone ?? "12345"}；投诉电话：{item.ComplaintPhone ?? "12345"}", f.Body));
        });

    public static byte[] ForBundle(string bundleName, BundleGuide guide, DateOnly printedOn, NoticeHall? hall = null) =>
        Render(bundleName, printedOn, (w, f) =>
        {
            w.Write(new DocumentLine($"一件事一次办，包含 {guide.Items.Count} 个事项：{string.Join("、", guide.Items)}", f.Body),
                new($"办件类型：联办件；承诺办结时限：{L.Days(guide.PromisedLimitDays)}（各事项法定时限见各自告知单）", f.Body),
                new($"到现场次数：{guide.RequiredVisits} 次", f.Body));
            Heading(w, f, "一、受理条件");
            if (guide.Conditions.Count == 0) Paragraphs(w, f, null, "各事项均符合法定条件、申请材料齐全且符合法定形式的，予以受理");
            foreach (var c in guide.Conditions)
            {
                w.Write(new DocumentLine($"{c.Item}：", f.Body));
                Paragraphs(w, f, c.Text, "", indent: 18);
            }
            Materials(w, f, "二、申请材料", guide.Materials.Select(m => (m.Name,
                L.Material(m.Necessity, m.Form, m.PaperCopies, L.Source(m.Source, m.LicenceType, null)) + $"；所需事项：{string.Join("、", m.NeededFor)}",
                (string?)null)));
            Heading(w, f, "三、收费");
            w.Write(guide.Fees.Count == 0 ? [new("不收费", f.Body)] : guide.Fees.Select(x => new DocumentLine(L.Fee(x), f.Body))
                .Append(new($"固定金额收费合计：{L.Yuan(guide.TotalFixedFees)}", f.Body)).ToArray());
            Heading(w, f, "四、办理地点、时间和渠道");
            w.Write(new DocumentLine($"办理地点：{HallPlace(hall) ?? "政务服务中心"}“一件事”综合窗口，一次提交材料、一窗受理、并联审批", f.Body),
                new($"办公时间：{hall?.Hours ?? HoursUnknown}", f.Body));
            Heading(w, f, "五、咨询和投诉");
            w.Write(new DocumentLine("咨询、投诉电话：12345 政务服务便民热线", f.Body));
        });

    private static string? HallPlace(NoticeHall? hall) =>
        hall is null ? null : hall.Address is null ? hall.Name : $"{hall.Name}（{hall.Address}）";

    /// <summary>A catalog text as paragraphs: its own line breaks kept, blank lines dropped.</summary>
    private static void Paragraphs(DocumentPages w, DocumentStyles f, string? text, string whenEmpty, float indent = 0)
    {
        var lines = (text ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (lines.Length == 0 && whenEmpty.Length > 0) lines = [whenEmpty];
        foreach (var line in lines) w.Write(new DocumentLine(line, f.Body, indent));
    }

    private static void Materials(DocumentPages w, DocumentStyles f, string heading, IEnumerable<(string Name, string Details, string? Notes)> materials)
    {
        Heading(w, f, heading);
        var n = 0;
        foreach (var (name, details, notes) in materials)
        {
            n++;
            var lines = new List<DocumentLine> { new($"{n}. {name}", f.Body), new(details, f.Small, 18) };
            if (notes is not null) lines.Add(new($"备注：{notes}", f.Small, 18));
            w.Write([.. lines]);
        }
        if (n == 0) w.Write(new DocumentLine("无需提交材料", f.Body));
    }

    private static void Heading(DocumentPages w, DocumentStyles f, string text)
    {
        w.Space(6);
        w.Write(new DocumentLine(text, f.Heading));
    }

    private static byte[] Render(string name, DateOnly printedOn, Action<DocumentPages, DocumentStyles> body) =>
        DocumentPdf.Render($"{Title}（{name}）", (w, f) =>
        {
            w.Write(new DocumentLine(Title, f.Title, Alignment: LineAlignment.Centre), new DocumentLine(name, f.Heading, Alignment: LineAlignment.Centre));
            w.Rule();
            body(w, f);
            w.Space(8);
            w.Rule();
            w.Write(new DocumentLine(Promise, f.Body), new DocumentLine($"打印日期：{L.Date(printedOn)}", f.Small));
        });
}
