using OneStop.Hotline.Taxonomy;
using OneStop.Hotline.Tickets.Domain;

namespace OneStop.Hotline.Open311;

/// <summary>
/// GET services and GET services/{service_code}: one service per 三级 category of the appeal taxonomy (its six-digit
/// code, its name; group = the 一级 name, keywords = the 二级 name). Every service has the same two attributes: the
/// 诉求类型 and the district (docs/adr/0022-open311-mapping.md).
/// </summary>
public static class ServiceList
{
    public const string TypeAttribute = "request_type";
    public const string RegionAttribute = "region_code";

    public static Open311List All(string jurisdiction) =>
        new("services", AppealTaxonomy.Leaves.Select(c => (object?)Service(c, jurisdiction)).ToList());

    private static Open311Element Service(AppealCategory c, string jurisdiction) => new("service",
    [
        new("jurisdiction_id", jurisdiction),
        new("service_code", c.Code),
        new("service_name", c.Name),
        new("description", c.Path),
        new("metadata", true),
        new("type", "realtime"),
        new("keywords", c.Second),
        new("group", c.First),
    ]);

    public static Open311Element Definition(string? code)
    {
        var c = AppealTaxonomy.Find(code);
        if (c is not { Level: 3 }) throw Open311Exception.NotFound($"service_code 不存在：{code}（服务代码为诉求分类的六位三级代码）");
        return new Open311Element("service_definition",
        [
            new("service_code", c.Code),
            new("attributes", new Open311List("attributes",
            [
                Attribute(TypeAttribute, "singlevaluelist", required: false, order: 1, "诉求类型（不填为求助）",
                    "咨询、投诉、举报、求助、建议或表扬",
                    Enum.GetValues<RequestType>().Select(t => (t.ToString(), t.Chinese()))),
                Attribute(RegionAttribute, "string", required: false, order: 2, "诉求发生地的区县",
                    "六位行政区划代码，如 440106（天河区）；不填为本市", []),
            ])),
        ]);
    }

    private static Open311Element Attribute(string code, string datatype, bool required, int order, string description,
        string datatypeDescription, IEnumerable<(string Key, string Name)> values) => new("attribute",
    [
        new("variable", true),
        new("code", code),
        new("datatype", datatype),
        new("required", required),
        new("datatype_description", datatypeDescription),
        new("order", order),
        new("description", description),
        new("values", new Open311List("values", values.Select(v => (object?)new Open311Element("value",
            [new("key", v.Key), new("name", v.Name)])).ToList())),
    ]);
}
