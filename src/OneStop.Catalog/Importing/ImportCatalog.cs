using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OneStop.Catalog.Departments;
using OneStop.Catalog.Import;
using OneStop.Catalog.Items;
using OneStop.Catalog.Persistence;
using OneStop.Platform.Calendar;
using OneStop.Platform.Departments;
using OneStop.Platform.Regions;

namespace OneStop.Catalog.Importing;

/// <summary>
/// 导入事项目录: live catalogs are published as they stand in their source. Idempotent: an unchanged row changes
/// nothing; a changed row becomes a new version valid from today. Findings of the publishing checks are reported,
/// never silently fixed or dropped. One transaction for the whole file.
/// </summary>
public static class ImportCatalog
{
    public static async Task<CatalogImportReport> RunAsync(string path, CatalogDbContext db, TimeProvider time,
        IProgress<(int Done, int Total)>? progress, CancellationToken ct = default, IDepartmentDirectory? departments = null)
    {
        // Without a directory (tests of the readers alone) departments stay unresolved, listed for mapping later.
        var resolver = departments is null ? null : new DepartmentResolver(departments);
        var rows = Rows(path).ToList();
        var today = ChinaTime.Today(time);
        var now = time.GetUtcNow().UtcDateTime;
        var existing = (await db.Items.Include(i => i.Versions).AsSplitQuery().ToListAsync(ct))
            .ToDictionary(i => (i.RegionCode, i.ImplementationCode));
        var rejected = new List<RowProblem>();
        var findings = new List<QualityFinding>();
        var seen = new HashSet<(string, string)>();
        int imported = 0, updated = 0, unchanged = 0, done = 0;

        foreach (var row in rows)
        {
            if (++done % 200 == 0) progress?.Report((done, rows.Count));
            if (row.Content is null) { rejected.Add(new RowProblem(row.Row, row.Error ?? "无法读取")); continue; }
            var content = row.Content;
            if (!AdministrativeDivisions.TryGetInForce(content.RegionCode, out _))
            {
                rejected.Add(new RowProblem(row.Row, $"行政区划代码“{content.RegionCode}”不是现行 GB/T 2260 代码"));
                continue;
            }
            if (!seen.Add((content.RegionCode, content.ImplementationCode)))
            {
                rejected.Add(new RowProblem(row.Row, $"实施编码 {content.ImplementationCode} 在文件中重复"));
                continue;
            }
            // Malformed content (undefined kind, holes in lists, absurd amounts) would break public pages: refused, not published.
            var malformed = ContentCheck.Issues(content);
            if (malformed.Count > 0)
            {
                rejected.Add(new RowProblem(row.Row, string.Join("；", malformed.Select(i => $"{i.Field}：{i.Message}"))));
                continue;
            }
            var issues = PublishingChecks.Run(content);
            if (issues.Count > 0) findings.Add(new QualityFinding(row.Row, content.ImplementationCode, content.DisplayName, issues));

            if (!existing.TryGetValue((content.RegionCode, content.ImplementationCode), out var item))
            {
                item = ServiceItem.Create(content, row.Source,
                    resolver is null ? null : await resolver.ResolveAsync(content.RegionCode, content.DepartmentName, ct));
                item.Publish(today, today, now, skipChecks: true);
                db.Items.Add(item);
                imported++;
                continue;
            }
            var latest = item.LatestPublished;
            if (latest is not null && Same(latest.Content, content)) { unchanged++; continue; }
            if (latest?.ValidFrom == today)
            {
                rejected.Add(new RowProblem(row.Row, "该事项今天已导入过另一版本，请明天再导入更新"));
                continue;
            }
            if (item.DraftVersion is null) item.StartDraft();
            item.EditDraft(content);
            item.Publish(today, today, now, skipChecks: true);
            if (resolver is not null && await resolver.ResolveAsync(content.RegionCode, content.DepartmentName, ct) is { } department)
                item.AssignDepartment(department);
            updated++;
        }
        progress?.Report((rows.Count, rows.Count));
        var report = new CatalogImportReport(Path.GetFileName(path), rows.Count, imported, updated, unchanged, rejected, findings);
        db.Audit("catalog.import", Path.GetFileName(path), report.Summary);
        await db.SaveChangesAsync(ct);
        return report;
    }

    /// <summary>Every supported file as rows of version content: the portals' formats through the mapping, our own as is.</summary>
    private static IEnumerable<ContentRow> Rows(string path) => CatalogFileFormat.Detect(path) == CatalogFormat.OneStopJsonl
        ? OneStopCatalogFile.Read(path)
        : CatalogFileFormat.Read(path).Select(r => r switch
        {
            ImportRow.Accepted a => new ContentRow(a.RowNumber, a.Item.Source, ImportMapping.ToContent(a.Item), null),
            ImportRow.Rejected x => new ContentRow(x.RowNumber, "", null, x.Reason),
            _ => throw new InvalidOperationException(),
        });

    private static bool Same(ItemContent a, ItemContent b) =>
        JsonSerializer.Serialize(a, CatalogJson.Options) == JsonSerializer.Serialize(b, CatalogJson.Options);
}
