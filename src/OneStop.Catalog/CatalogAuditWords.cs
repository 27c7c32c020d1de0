using OneStop.Catalog.Items;
using OneStop.Catalog.Pages;
using OneStop.Catalog.Pages.Admin.Catalog.Editor;
using OneStop.Platform.Audit;

namespace OneStop.Catalog;

/// <summary>
/// The catalog's words for the audit trail. An item version's content is named in the item editor's own words
/// (<see cref="ItemFieldLabels"/>), so a catalog administrator reads a change as the form they edited it in; its coded
/// values in the words of the catalog's pages (<see cref="CatalogLabels"/>).
/// </summary>
internal static class CatalogAuditWords
{
    public static readonly AuditWords Words = new()
    {
        Actions = new Dictionary<string, string>
        {
            ["demo.seed-catalog"] = "写入演示事项目录",
            ["catalog.create"] = "新建事项",
            ["catalog.start-draft"] = "新建事项草稿",
            ["catalog.edit-draft"] = "修改事项草稿",
            ["catalog.publish"] = "发布事项",
            ["catalog.retire"] = "停止实施事项",
            ["catalog.import"] = "导入事项目录",
            ["catalog.derive-local"] = "派生本地事项",
            ["catalog.change-variation"] = "修改本地差异",
            ["catalog.edit-synonyms"] = "修改搜索同义词",
            ["catalog.search-counts"] = "记录热门搜索次数",
            ["catalog.map-department"] = "对应实施部门",
            ["catalog.resolve-departments"] = "重新匹配实施部门",
            ["bundle.create"] = "新建一件事",
            ["bundle.edit"] = "修改一件事",
            ["bundle.publish"] = "发布一件事",
            ["bundle.retire"] = "停用一件事",
        },
        Records = new Dictionary<string, string>
        {
            ["ServiceItem"] = "事项", ["ServiceItemVersion"] = "事项版本", ["Bundle"] = "一件事", ["CatalogSetting"] = "目录设置",
            ["SearchCount"] = "搜索次数",
        },
        RecordFields = new Dictionary<string, string>
        {
            ["ServiceItemVersion.Number"] = "版本号", ["ServiceItemVersion.Content"] = "内容", ["Bundle.Number"] = "版本号",
        },
        Fields = Fields(),
        Values = new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["Status"] = AuditWords.Names<VersionStatus>(s => s.Chinese()),
            ["Kind"] = AuditWords.Names<ItemKind>(k => k.Chinese()).Concat(AuditWords.Names<FormFieldKind>(k => k.Chinese())).ToDictionary(),
            ["Necessity"] = AuditWords.Names<MaterialNecessity>(v => v.Chinese()),
            ["Form"] = AuditWords.Names<MaterialForm>(v => v.Chinese()),
            ["Source"] = AuditWords.Names<MaterialSource>(v => v.Chinese())
                .Concat(CatalogLabels.ItemSources).ToDictionary(),
            ["Channels"] = AuditWords.Names<HandlingChannel>(v => v.Chinese()),
            ["CaseType"] = AuditWords.Names<CaseType>(v => v.Chinese()),
            ["CrossRegion"] = AuditWords.Names<CrossRegionScope>(v => v.Chinese()),
            ["ResultType"] = AuditWords.Names<ResultType>(v => v.Chinese()),
        },
    };

    /// <summary>The records' own columns, then the editor's names of the content's fields and of its rows' fields.</summary>
    private static Dictionary<string, string> Fields()
    {
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["GeneralItemId"] = "通用事项", ["ItemId"] = "事项", ["ItemIds"] = "包含事项", ["PublishedAt"] = "发布时间",
            ["ValidTo"] = "停止日期", ["Count"] = "次数", ["Query"] = "搜索词",
        };
        foreach (var (key, name) in ItemFieldLabels.RowFields) fields.TryAdd(key, name);
        foreach (var (key, name) in ItemFieldLabels.Fields) fields.TryAdd(key, name);
        return fields;
    }
}
