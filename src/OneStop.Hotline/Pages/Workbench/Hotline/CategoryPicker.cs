using OneStop.Hotline.Taxonomy;

namespace OneStop.Hotline.Pages.Workbench.Hotline;

/// <summary>
/// The 3-level 诉求分类 drop-downs of a form (一级 → 二级 → 三级). Without script the 三级 list holds every leaf
/// grouped by its parents, so a leaf alone is enough; the script narrows each level to the children of the one above.
/// The posted code is the most specific level chosen.
/// </summary>
public sealed record CategoryPicker(string Prefix, string? First, string? Second, string? Third)
{
    public static CategoryPicker For(string prefix, string? code) => new(prefix,
        code is { Length: >= 2 } ? code[..2] : null, code is { Length: >= 4 } ? code[..4] : null, code is { Length: 6 } ? code : null);

    /// <summary>The drop-downs as typed (a refused form shows them again), defaulting to the levels of <paramref name="chosen"/>.</summary>
    public static CategoryPicker Typed(string prefix, string? first, string? second, string? third)
    {
        var d = For(prefix, Code(first, second, third));
        return d with { First = string.IsNullOrEmpty(first) ? d.First : first, Second = string.IsNullOrEmpty(second) ? d.Second : second, Third = third };
    }

    public static string? Code(string? first, string? second, string? third) =>
        new[] { third, second, first }.Select(c => c?.Trim()).FirstOrDefault(c => !string.IsNullOrEmpty(c));

    public static IEnumerable<AppealCategory> SecondLevel => AppealTaxonomy.All.Where(c => c.Level == 2);
}
