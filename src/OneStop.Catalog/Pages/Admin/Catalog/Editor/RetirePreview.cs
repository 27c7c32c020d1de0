using Microsoft.EntityFrameworkCore;
using OneStop.Catalog.Items;
using OneStop.Catalog.Persistence;
using OneStop.Platform.Calendar;
using OneStop.Platform.Errors;
using OneStop.Platform.Security;

namespace OneStop.Catalog.Pages.Admin.Catalog.Editor;

/// <summary>
/// What 停止实施 will do, shown before the clerk confirms: the domain's own Retire runs on an untracked copy of the
/// item (nothing is saved) and each version's state before and after is compared. So the page tells exactly what
/// the rule does, including what happens to a version scheduled to start later.
/// </summary>
public sealed record RetirePreview(DateOnly LastDay, IReadOnlyList<RetirePreview.Change> Changes, IReadOnlyList<string> Warnings, string Summary)
{
    public sealed record Change(int Number, string Before, string After);

    public static async Task<RetirePreview> ForAsync(long id, string? lastDayText, CatalogDbContext db, DataScope scope,
        TimeProvider time, CancellationToken ct)
    {
        scope.Staff(Role.CatalogAdmin);
        var item = await db.Items.AsNoTracking().Include(i => i.Versions).FirstOrDefaultAsync(i => i.Id == id, ct)
            ?? throw new NotFoundException("catalog.item-not-found", "事项不存在");
        scope.StaffFor(item.RegionCode, null, Role.CatalogAdmin);
        var today = ChinaTime.Today(time);
        var lastDay = string.IsNullOrWhiteSpace(lastDayText) ? today
            : DateOnly.TryParseExact(lastDayText.Trim(), "yyyy-MM-dd", out var d) ? d
            : throw RequestValidationException.For("lastDay", "日期格式应为 YYYY-MM-DD", "catalog.invalid-date");
        var before = item.Versions.Where(v => v.Status != VersionStatus.Draft).ToDictionary(v => v.Number, Describe);
        var outcome = item.Retire(lastDay, today);
        var changes = item.Versions.Where(v => before.ContainsKey(v.Number)).OrderBy(v => v.Number)
            .Select(v => new Change(v.Number, before[v.Number], Describe(v))).ToList();
        // A version that would still go live after the last day is worth saying in words, whatever the rule decides.
        var warnings = item.Versions.Where(v => v.Status == VersionStatus.Published && v.ValidFrom > lastDay).OrderBy(v => v.Number)
            .Select(v => $"注意：第 {v.Number} 版停止实施后仍将于 {v.ValidFrom:yyyy-MM-dd} 起生效。").ToList();
        return new RetirePreview(lastDay, changes, warnings, outcome.Summary);
    }

    private static string Describe(ServiceItemVersion v) =>
        $"{v.Status.Chinese()}，{(v.ValidFrom is { } f ? f.ToString("yyyy-MM-dd") + " 起" : "未定生效日")}" +
        (v.ValidTo is { } t ? $"，{t:yyyy-MM-dd} 止" : "，长期有效");
}
