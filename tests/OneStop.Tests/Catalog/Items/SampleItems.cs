using OneStop.Catalog.Items;

namespace OneStop.Tests.Catalog.Items;

/// <summary>Items modeled on the Guangzhou catalog, complete enough to pass every publishing check.</summary>
public static class SampleItems
{
    public static ItemContent FoodBusinessLicence() => new()
    {
        MainItemName = "食品经营许可",
        SubItemName = "食品经营许可（新办）",
        Kind = ItemKind.AdministrativeLicence,
        BasicCode = "000117008000",
        ImplementationCode = "11440106MB2C92147X4000117008001",
        DepartmentName = "广州市天河区市场监督管理局",
        RegionCode = "440106",
        LegalBasis = "《中华人民共和国食品安全法》第三十五条",
        Materials =
        [
            new("食品经营许可申请书"),
            new("营业执照复印件", MaterialNecessity.WaivedWithElectronicLicence, MaterialForm.Copy, 1, MaterialSource.GovernmentIssued, "营业执照"),
            new("与食品经营相适应的主要设备设施布局、操作流程等文件", MaterialNecessity.Deferrable),
        ],
        Steps = [new("受理"), new("审核"), new("审批"), new("办结"), new("送达")],
        StatutoryLimitDays = 20,
        PromisedLimitDays = 5,
        Channels = [HandlingChannel.Window, HandlingChannel.Online, HandlingChannel.Post],
        RequiredVisits = 0,
        ResultName = "食品经营许可证",
        ResultType = ResultType.Certificate,
    };
}
