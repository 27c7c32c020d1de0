using OneStop.Catalog.Items;

namespace OneStop.Catalog.Pages;

/// <summary>
/// The one place where the catalog's codes become the Chinese words clerks and citizens read: every enum value,
/// version status and item source. Pages never print an enum's English name.
/// </summary>
public static class CatalogLabels
{
    public static string Chinese(this VersionStatus s) => s switch
    {
        VersionStatus.Draft => "草稿", VersionStatus.Published => "已发布", VersionStatus.Retired => "已停止实施",
        VersionStatus.Withdrawn => "已撤回（未生效）", _ => "未知",
    };

    /// <summary>Statuses arrive as text in <see cref="VersionSummary"/> (the API's shape).</summary>
    public static string Status(string status) =>
        Enum.TryParse<VersionStatus>(status, out var s) ? s.Chinese() : status;

    /// <summary>An item's source as stored ("guangdong") → its Chinese; every other importer's items read 导入.</summary>
    public static readonly IReadOnlyDictionary<string, string> ItemSources = new Dictionary<string, string>
    {
        ["admin"] = "管理员新增", ["local"] = "本地实施（派生）", ["demo"] = "演示数据",
        ["guangdong"] = "广东省目录导入", ["sichuan"] = "四川省目录导入",
    };

    public static string Source(string source) => ItemSources.GetValueOrDefault(source, "导入");

    public static readonly (MaterialNecessity Value, string Label)[] Necessities =
        [(MaterialNecessity.Required, "必要"), (MaterialNecessity.Deferrable, "容缺（可后补）"), (MaterialNecessity.WaivedWithElectronicLicence, "免提交（电子证照）")];

    public static readonly (MaterialForm Value, string Label)[] Forms =
        [(MaterialForm.Original, "原件"), (MaterialForm.Copy, "复印件"), (MaterialForm.Electronic, "电子材料")];

    public static readonly (MaterialSource Value, string Label)[] Sources =
        [(MaterialSource.Applicant, "申请人自备"), (MaterialSource.GovernmentIssued, "政府部门核发")];

    public static readonly (HandlingChannel Value, string Label)[] Channels =
    [
        (HandlingChannel.Window, "窗口办理"), (HandlingChannel.Online, "网上办理"), (HandlingChannel.Post, "邮寄办理"),
        (HandlingChannel.Appointment, "预约办理"), (HandlingChannel.SelfServiceKiosk, "自助终端"),
    ];

    public static readonly (CaseType Value, string Label)[] CaseTypes = [(CaseType.Immediate, "即办件"), (CaseType.Promised, "承诺件")];

    public static readonly (CrossRegionScope Value, string Label)[] CrossRegions =
    [
        (CrossRegionScope.None, "不支持跨区域通办"), (CrossRegionScope.WithinCity, "全市通办"),
        (CrossRegionScope.WithinProvince, "全省通办"), (CrossRegionScope.CrossProvince, "跨省通办"),
    ];

    public static readonly (ResultType Value, string Label)[] ResultTypes =
        [(ResultType.Certificate, "证照"), (ResultType.Document, "批文"), (ResultType.Approval, "审批意见"), (ResultType.None, "无")];

    public static readonly (int Value, string Label)[] OnlineDepths =
        [(0, "0 级：仅线下"), (1, "一级：网上咨询"), (2, "二级：网上预审"), (3, "三级：网上受理"), (4, "四级：全程网办")];

    public static readonly (FormFieldKind Value, string Label)[] FieldKinds = FormFieldKinds.Labels;
    public static string Chinese(this MaterialNecessity v) => Find(Necessities, v);
    public static string Chinese(this MaterialForm v) => Find(Forms, v);
    public static string Chinese(this MaterialSource v) => Find(Sources, v);
    public static string Chinese(this HandlingChannel v) => Find(Channels, v);
    public static string Chinese(this CaseType v) => Find(CaseTypes, v);
    public static string Chinese(this CrossRegionScope v) => Find(CrossRegions, v);
    public static string Chinese(this ResultType v) => Find(ResultTypes, v);

    public static readonly (ItemKind Value, string Label)[] Kinds =
        Enum.GetValues<ItemKind>().Select(k => (k, k.Chinese())).ToArray();

    private static string Find<T>((T Value, string Label)[] labels, T value) where T : struct, Enum =>
        labels.FirstOrDefault(l => l.Value.Equals(value)).Label ?? "未知";

    /// <summary>Beijing calendar day for a stored UTC time.</summary>
    public static string BeijingDate(DateTime utc) => OneStop.Platform.Calendar.ChinaTime.ToBeijing(utc).ToString("yyyy-MM-dd");
}
