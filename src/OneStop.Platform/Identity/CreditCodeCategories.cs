namespace OneStop.Platform.Identity;

/// <summary>
/// Which organisation categories (2nd character) each registration authority (1st character) may assign, from the
/// GB 32100 code tables: 1 机构编制, 2 外交, 3 司法行政, 4 文化, 5 民政, 6 旅游, 7 宗教, 8 工会, 9 工商,
/// A 中央军委改革和编制办公室, N 农业, Y 其他. An authority given a new letter later needs a row here.
/// </summary>
internal static class CreditCodeCategories
{
    private static readonly Dictionary<char, string> CategoriesByAuthority = new()
    {
        ['1'] = "1239", // 机关, 事业单位, 中央编办管理的群众团体, 其他
        ['2'] = "19", // 外国常驻新闻机构, 其他
        ['3'] = "123459", // 律师执业机构, 公证处, 基层法律服务所, 司法鉴定机构, 仲裁委员会, 其他
        ['4'] = "19", // 外国在华文化中心, 其他
        ['5'] = "1239", // 社会团体, 民办非企业单位, 基金会, 其他
        ['6'] = "129", // 外国旅游部门常驻代表机构, 港澳台地区旅游部门常驻内地代表机构, 其他
        ['7'] = "129", // 宗教活动场所, 宗教院校, 其他
        ['8'] = "19", // 基层工会, 其他
        ['9'] = "123", // 企业, 个体工商户, 农民专业合作社
        ['A'] = "19", // 军队事业单位, 其他
        ['N'] = "1239", // 组级, 村级, 乡镇级集体经济组织, 其他
        ['Y'] = "1", // 不再细分
    };

    public static bool IsAssigned(char authority, char category) =>
        CategoriesByAuthority.TryGetValue(authority, out var categories) && categories.Contains(category);
}
