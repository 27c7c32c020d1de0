using Microsoft.EntityFrameworkCore;
using OneStop.Catalog.Persistence;
using OneStop.Platform.Errors;
using OneStop.Platform.Regions;
using OneStop.Platform.Security;

namespace OneStop.Catalog.Search;

/// <summary>Reading and replacing the search synonym list; shared by the API and the editing page.</summary>
public static class SynonymListUseCases
{
    public static async Task<string> ReadAsync(CatalogDbContext db, CancellationToken ct) =>
        await db.Settings.Where(s => s.Key == CatalogSetting.Synonyms).Select(s => s.Value).FirstOrDefaultAsync(ct) ?? DefaultSynonyms.Text;

    /// <summary>
    /// The synonym list serves the whole platform's search, so it belongs to the levels that maintain the general
    /// catalog N (province and city); county and town administrators only derive N ± X (ADR 0003, "Synonym list").
    /// </summary>
    public static bool MayEdit(StaffScope staff) =>
        RegionCode.TryParse(staff.Region, out var own) && own.Level <= RegionLevel.City;

    public static async Task SaveAsync(string? text, CatalogDbContext db, DataScope scope, CatalogChanges changes, CancellationToken ct)
    {
        var staff = scope.Staff(Role.CatalogAdmin);
        if (!MayEdit(staff))
            throw new ForbiddenException("catalog.synonyms-owner-only", "搜索同义词表由省、市两级目录管理员维护");
        var v = new Validator();
        var value = v.Text("text", text, 100_000);
        v.ThrowIfInvalid();
        var parsed = SynonymList.Parse(value);
        if (parsed.Count == 0) throw RequestValidationException.For("text", "没有可识别的同义词行（格式：群众说法 = 目录用语, …）", "catalog.invalid-synonyms");
        var setting = await db.Settings.FirstOrDefaultAsync(s => s.Key == CatalogSetting.Synonyms, ct);
        if (setting is null) db.Settings.Add(new CatalogSetting { Key = CatalogSetting.Synonyms, Value = value });
        else setting.Value = value;
        db.Audit("catalog.edit-synonyms", "搜索同义词表", $"{parsed.Count} 条");
        await db.SaveChangesAsync(ct);
        changes.Invalidate();
    }
}
