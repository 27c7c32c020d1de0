using OneStop.Catalog.Search;

namespace OneStop.Bench.Scenarios;

/// <summary>
/// A province-sized synthetic catalog: names, departments and materials composed from real item vocabulary, with a
/// fixed seed so every run searches the same items.
/// </summary>
internal static class GeneratedCatalog
{
    private static readonly string[] Regions =
    [
        "广州市天河区", "广州市越秀区", "广州市海珠区", "广州市白云区", "深圳市南山区", "深圳市福田区", "佛山市南海区",
        "东莞市", "中山市", "珠海市香洲区", "惠州市惠城区", "汕头市金平区", "江门市蓬江区", "湛江市赤坎区", "韶关市浈江区",
    ];

    private static readonly (string Subject, string Department)[] Subjects =
    [
        ("食品经营", "市场监督管理局"), ("食品生产", "市场监督管理局"), ("药品经营", "市场监督管理局"),
        ("医疗器械经营", "市场监督管理局"), ("公司设立", "市场监督管理局"), ("个体工商户", "市场监督管理局"),
        ("公共场所卫生", "卫生健康局"), ("医疗机构执业", "卫生健康局"), ("医师执业", "卫生健康局"), ("护士执业", "卫生健康局"),
        ("建筑工程施工", "住房和城乡建设局"), ("建设工程消防验收", "住房和城乡建设局"), ("存量房买卖合同网签", "住房和城乡建设局"),
        ("建设工程规划", "规划和自然资源局"), ("不动产转移", "规划和自然资源局"), ("道路运输经营", "交通运输局"),
        ("排污", "生态环境局"), ("取水", "水务局"), ("林木采伐", "林业局"), ("农药经营", "农业农村局"), ("动物防疫条件", "农业农村局"),
        ("民办学校办学", "教育局"), ("教师资格", "教育局"), ("养老机构", "民政局"), ("社会团体", "民政局"), ("最低生活保障", "民政局"),
        ("失业保险金", "人力资源和社会保障局"), ("养老保险待遇", "人力资源和社会保障局"), ("劳务派遣经营", "人力资源和社会保障局"),
        ("营业性演出", "文化广电旅游局"), ("互联网上网服务营业场所", "文化广电旅游局"), ("出版物零售", "文化广电旅游局"),
        ("户外广告设施设置", "城市管理和综合执法局"), ("旅馆业特种行业", "公安局"), ("居民身份证", "公安局"), ("户口迁移", "公安局"),
        ("烟草专卖零售", "烟草专卖局"), ("发票领用", "税务局"),
    ];

    private static readonly string[] Actions = ["许可", "登记", "备案", "审批", "核发", "认定", "注册", "申领", "确认"];
    private static readonly string[] Variants = ["（新办）", "（变更）", "（延续）", "（注销）", "（补证）", "（县级）", "", "", ""];

    private static readonly string[] CommonMaterials =
    [
        "营业执照复印件", "法定代表人身份证复印件", "经办人居民身份证", "授权委托书", "场所平面图", "租赁合同",
        "从业人员健康证明", "管理制度", "设备设施清单", "专业技术人员资格证书", "申请人承诺书", "居民户口簿",
    ];

    public static IReadOnlyList<SearchDocument> Create(int count, int seed)
    {
        var random = new Random(seed);
        T Pick<T>(T[] items) => items[random.Next(items.Length)];
        var docs = new List<SearchDocument>(count);
        for (var id = 1; id <= count; id++)
        {
            var regionIndex = random.Next(Regions.Length);
            var (subject, department) = Pick(Subjects);
            var main = subject + Pick(Actions);
            var name = main + Pick(Variants);
            var materials = new List<string> { main + "申请书" };
            materials.AddRange(Enumerable.Range(0, random.Next(1, 6)).Select(_ => Pick(CommonMaterials)).Distinct());
            docs.Add(new SearchDocument(id, $"1144{regionIndex:00}{random.Next(10_000):0000}GEN{id:000000}", name,
                name == main ? null : main, Regions[regionIndex] + department, $"44{regionIndex:00}00", "行政许可",
                materials, [subject + "许可证"]));
        }
        return docs;
    }
}
