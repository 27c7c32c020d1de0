using OneStop.Catalog.Search;

namespace OneStop.Bench.Scenarios;

/// <summary>A large synthetic catalog composed from real-looking name parts, departments and materials.</summary>
internal static class GeneratedCatalog
{
    private static readonly string[] Subjects =
    [
        "食品", "药品", "医疗器械", "建筑工程", "医疗机构", "公共场所", "烟草专卖", "出版物", "道路运输", "排污", "取水", "林木采伐",
        "渔业捕捞", "动物防疫", "农药", "种子", "兽药", "危险化学品", "特种设备", "民办学校", "社会团体", "宗教活动场所", "文物保护",
        "养老机构", "劳务派遣", "人力资源服务", "职业技能", "教师资格", "医师执业", "护士执业", "户外广告", "城市道路", "燃气经营",
    ];
    private static readonly string[] Actions = ["经营许可", "生产许可", "登记", "备案", "核发", "审批", "认定", "注册", "检验", "验收"];
    private static readonly string[] Variants = ["（新办）", "（变更）", "（延续）", "（注销）", "（补办）", ""];
    private static readonly string[] Departments =
    [
        "市场监督管理局", "卫生健康局", "住房和城乡建设局", "交通运输局", "生态环境局", "水务局", "林业局", "农业农村局",
        "教育局", "民政局", "人力资源和社会保障局", "文化广电旅游局", "城市管理和综合执法局", "公安局",
    ];
    private static readonly string[] Materials =
    [
        "申请书", "营业执照复印件", "法定代表人身份证复印件", "场所平面图", "设备清单", "管理制度", "从业人员健康证明",
        "环境影响评价文件", "消防验收意见", "专业技术人员资格证书", "租赁合同", "授权委托书",
    ];

    public static IReadOnlyList<SearchDocument> Create(int count, int seed)
    {
        var random = new Random(seed);
        T Pick<T>(T[] items) => items[random.Next(items.Length)];
        return Enumerable.Range(1, count).Select(i =>
        {
            var region = $"44{random.Next(1, 21):00}{random.Next(1, 30):00}";
            var name = Pick(Subjects) + Pick(Actions) + Pick(Variants);
            return new SearchDocument(i, $"11{region}GEN{i:000000}", name, $"{region}区{Pick(Departments)}", region, "行政许可",
                Enumerable.Range(0, random.Next(1, 6)).Select(_ => Pick(Materials)).Distinct().ToList());
        }).ToList();
    }
}
