using OneStop.Catalog.Contracts;
using OneStop.Catalog.Items;

namespace OneStop.Catalog;

/// <summary>
/// Catalog's public surface for the other modules (ADR 0011): the published item versions and bundles a case is
/// applied for, and the 秒批 rule stored with a version (evaluated by the case engine at submission).
/// </summary>
public static class CatalogContracts
{
    public static IReadOnlyList<Type> Types { get; } =
    [
        typeof(IServiceItemCatalog), typeof(PublishedItem), typeof(PublishedMaterial), typeof(PublishedStep),
        typeof(PublishedFormField), typeof(FormFieldKind), typeof(FieldValue), typeof(FormFieldValues), typeof(PublishedBundle), typeof(ItemSearchHit),
        typeof(AutoDecisionRule), typeof(RuleCondition), typeof(RuleTest), typeof(RuleSubjects), typeof(RuleFacts),
        typeof(RuleOutcome),
        // the minimal XLSX writer of the catalog lists: the case export writes its workbook with it rather than a copy
        typeof(Lists.XlsxWriter),
    ];

    public static bool Allows(Type type) => Types.Contains(type) || type.DeclaringType is { } outer && Allows(outer);
}
