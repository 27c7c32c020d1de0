using OneStop.Catalog.Items;

namespace OneStop.Catalog.Bundles;

public sealed record MergedMaterial(string Name, MaterialNecessity Necessity, MaterialForm Form, int PaperCopies,
    MaterialSource Source, string? LicenceType, IReadOnlyList<string> NeededFor);

/// <summary>The acceptance conditions (受理条件) of one member item, for the bundle's notice and guide.</summary>
public sealed record MemberCondition(string Item, string Text);

public sealed record MergedField(string Key, string Label, bool Required, IReadOnlyList<string> UsedBy);

/// <summary>
/// What the applicant of a bundle sees: each material once (the strictest requirement of the items that need it),
/// each form field once, the fees added up, and the bundle's own promised limit.
/// </summary>
public sealed record BundleGuide(string Name, IReadOnlyList<string> Items, IReadOnlyList<MergedMaterial> Materials,
    IReadOnlyList<MergedField> FormFields, IReadOnlyList<Fee> Fees, decimal TotalFixedFees, int PromisedLimitDays,
    int RequiredVisits)
{
    /// <summary>Each member's 受理条件 (members without any are left out): a bundle is accepted when each member's are met.</summary>
    public IReadOnlyList<MemberCondition> Conditions { get; init; } = [];

    public static BundleGuide Merge(string name, int promisedLimitDays, IReadOnlyList<ItemContent> items)
    {
        var materials = items
            .SelectMany(i => i.Materials.Select(m => (Item: i.DisplayName, Material: m)))
            .GroupBy(x => Normalise(x.Material.Name))
            .Select(g =>
            {
                var strictest = g.OrderBy(x => x.Material.Necessity).ThenBy(x => x.Material.Form).First().Material;
                return new MergedMaterial(strictest.Name, strictest.Necessity, strictest.Form,
                    g.Max(x => x.Material.PaperCopies), strictest.Source, g.Select(x => x.Material.LicenceType).FirstOrDefault(t => t is not null),
                    g.Select(x => x.Item).Distinct().ToList());
            })
            .ToList();
        var fields = items
            .SelectMany(i => i.FormFields.Select(f => (Item: i.DisplayName, Field: f)))
            .GroupBy(x => x.Field.Key)
            .Select(g => new MergedField(g.Key, g.First().Field.Label, g.Any(x => x.Field.Required), g.Select(x => x.Item).Distinct().ToList()))
            .ToList();
        var fees = items.SelectMany(i => i.Fees).ToList();
        return new BundleGuide(name, items.Select(i => i.DisplayName).ToList(), materials, fields, fees,
            fees.Sum(f => f.Amount ?? 0), promisedLimitDays, items.Count == 0 ? 0 : items.Max(i => i.RequiredVisits))
        {
            Conditions = items.Where(i => !string.IsNullOrWhiteSpace(i.AcceptanceConditions))
                .Select(i => new MemberCondition(i.DisplayName, i.AcceptanceConditions!.Trim())).ToList(),
        };
    }

    /// <summary>"身份证复印件" and "身份证 复印件" are the same paper.</summary>
    private static string Normalise(string name) =>
        new(name.Where(c => !char.IsWhiteSpace(c) && c is not ('（' or '）' or '(' or ')')).ToArray());
}
