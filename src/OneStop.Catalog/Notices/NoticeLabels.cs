using OneStop.Catalog.Items;
using OneStop.Catalog.Lists;

namespace OneStop.Catalog.Notices;

/// <summary>The Chinese wording of a notice, shared by the item and the bundle notice.</summary>
internal static class NoticeLabels
{
    public static string Necessity(MaterialNecessity n) => n switch
    {
        MaterialNecessity.Required => "必要",
        MaterialNecessity.Deferrable => "容缺（可后补）",
        _ => "可免提交（电子证照库可调取时）",
    };

    public static string Form(MaterialForm f) => f switch { MaterialForm.Original => "原件", MaterialForm.Copy => "复印件", _ => "电子" };

    public static string Source(MaterialSource source, string? licenceType, string? issuedBy) => source switch
    {
        MaterialSource.GovernmentIssued =>
            $"{issuedBy ?? "政府部门"}核发{(licenceType is null ? "" : $"（{licenceType}）")}，可由窗口从电子证照库调取",
        _ => "申请人自备",
    };

    public static string Material(MaterialNecessity n, MaterialForm f, int copies, string source) =>
        $"{Necessity(n)}；{Form(f)}{(f == MaterialForm.Electronic ? "" : $" {copies} 份")}；来源：{source}";

    public static string CaseType(CaseType t) => t == Items.CaseType.Immediate ? "即办件" : "承诺件";

    public static string Days(int? d) => d switch { null => "—", 0 => "即办", _ => $"{d} 个工作日" };

    public static string Channels(IEnumerable<HandlingChannel> channels) => string.Join("、", channels.Select(CatalogLists.ChannelName));

    public static string Fee(Fee f) =>
        $"{f.Name}：{f.Standard ?? (f.Amount is { } a ? Yuan(a) : "按规定收取")}{(f.Basis is null ? "" : $"（依据：{f.Basis}）")}{(f.Waivable ? "，可减免" : "")}";

    public static string Yuan(decimal amount) => $"{amount:0.##} 元";

    public static string Date(DateOnly d) => $"{d.Year}年{d.Month}月{d.Day}日";
}
