using System.Text;
using Microsoft.EntityFrameworkCore;
using OneStop.Platform.Persistence;

namespace OneStop.Platform.Regions;

internal sealed record TownImportReport(int Imported, int Updated, int Unchanged, IReadOnlyList<string> Rejected);

/// <summary>
/// 导入乡镇街道: reads an NBS township file (code,name,areaCode,…) and adds each town under its county. Rows whose
/// county is not a GB/T 2260 county (statistics-only development zones) are reported, not guessed.
/// </summary>
internal static class ImportTowns
{
    public static async Task<TownImportReport> FromCsvAsync(string path, PlatformDbContext db, IProgress<(int Done, int Total)>? progress,
        CancellationToken ct = default)
    {
        var lines = await File.ReadAllLinesAsync(path, Encoding.UTF8, ct);
        var counties = (await db.Regions.AsNoTracking().Where(r => r.Level == RegionLevel.County).Select(r => r.Code).ToListAsync(ct)).ToHashSet();
        var existing = await db.Regions.Where(r => r.Level == RegionLevel.Town).ToDictionaryAsync(r => r.Code, ct);
        int imported = 0, updated = 0, unchanged = 0;
        var rejected = new List<string>();
        for (var i = 1; i < lines.Length; i++)
        {
            if (i % 500 == 0) progress?.Report((i, lines.Length - 1));
            var cells = Csv.Split(lines[i]);
            if (cells.Count < 3 || cells[0].Length != 9 || !cells[0].All(char.IsAsciiDigit) || cells[1].Length is 0 or > 100)
            {
                rejected.Add($"第 {i + 1} 行：格式错误");
                continue;
            }
            var (code, name, county) = (cells[0], cells[1], cells[2]);
            if (!counties.Contains(county))
            {
                rejected.Add($"第 {i + 1} 行：{code} {name} 的上级 {county} 不是 GB/T 2260 县级区划");
                continue;
            }
            if (existing.TryGetValue(code, out var town))
            {
                if (town.Name == name) unchanged++;
                else { town.Name = name; updated++; }
                continue;
            }
            var added = new Region { Code = code, Name = name, Level = RegionLevel.Town, ParentCode = county };
            db.Regions.Add(added);
            existing[code] = added;
            imported++;
        }
        progress?.Report((lines.Length - 1, lines.Length - 1));
        db.Audit("region.import-towns", Path.GetFileName(path), $"新增 {imported}，更新 {updated}，未变 {unchanged}，拒绝 {rejected.Count}");
        await db.SaveChangesAsync(ct);
        return new TownImportReport(imported, updated, unchanged, rejected);
    }
}
