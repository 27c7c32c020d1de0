namespace OneStop.Hotline.Taxonomy;

/// <summary>One category of the appeal taxonomy: a 三级 leaf, or a 一级 / 二级 node (code of 2 or 4 digits).</summary>
public sealed record AppealCategory(string Code, string First, string? Second, string? Third)
{
    public int Level => Third is not null ? 3 : Second is not null ? 2 : 1;

    /// <summary>"城乡建设 / 城市建设和市政管理 / 自来水供应": how pages and notices name it.</summary>
    public string Path => string.Join(" / ", new[] { First, Second, Third }.Where(x => x is not null));

    public string Name => Third ?? Second ?? First;
}

/// <summary>Lookups over <see cref="AppealCategoryList"/>: by code, by names, the tree for drop-downs.</summary>
public static class AppealTaxonomy
{
    private static readonly IReadOnlyList<AppealCategory> AllNodes = Build();
    private static readonly Dictionary<string, AppealCategory> ByCode = AllNodes.ToDictionary(c => c.Code);

    /// <summary>Every node: 15 一级, 118 二级 and 517 三级, parents before their children.</summary>
    public static IReadOnlyList<AppealCategory> All => AllNodes;

    public static IReadOnlyList<AppealCategory> FirstLevel { get; } = AllNodes.Where(c => c.Level == 1).ToList();

    public static IReadOnlyList<AppealCategory> Leaves { get; } = AllNodes.Where(c => c.Level == 3).ToList();

    public static AppealCategory? Find(string? code) => code is not null && ByCode.TryGetValue(code, out var c) ? c : null;

    public static AppealCategory? FindFirstLevel(string name) => FirstLevel.FirstOrDefault(c => c.First == name);

    /// <summary>The node with these names (a 一级 name alone, 一级 + 二级, or all three).</summary>
    public static AppealCategory? FindByNames(string first, string? second = null, string? third = null) =>
        AllNodes.FirstOrDefault(c => c.First == first && c.Second == second && c.Third == third);

    public static IEnumerable<AppealCategory> ChildrenOf(string code) =>
        AllNodes.Where(c => c.Code.Length == code.Length + 2 && c.Code.StartsWith(code, StringComparison.Ordinal));

    /// <summary>The 一级 ancestor's code of any node ("010203" → "01").</summary>
    public static string FirstLevelCode(string code) => code[..2];

    private static List<AppealCategory> Build()
    {
        var nodes = new List<AppealCategory>();
        foreach (var (code, first, second, third) in AppealCategoryList.Rows)
        {
            if (!nodes.Any(n => n.Code == code[..2])) nodes.Add(new AppealCategory(code[..2], first, null, null));
            if (!nodes.Any(n => n.Code == code[..4])) nodes.Add(new AppealCategory(code[..4], first, second, null));
            nodes.Add(new AppealCategory(code, first, second, third));
        }
        return nodes;
    }
}
