using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging;
using OneStop.Platform.Calendar;
using OneStop.Platform.Errors;
using OneStop.Platform.Persistence;
using OneStop.Platform.Privacy;
using OneStop.Platform.Regions;
using OneStop.Platform.Security;

namespace OneStop.Platform.Audit;

/// <param name="Kind">business (业务操作, the default) or security (安全事件).</param>
/// <param name="From">Beijing date YYYY-MM-DD, inclusive.</param>
/// <param name="To">Beijing date YYYY-MM-DD, inclusive.</param>
internal sealed record AuditFilter(string? Action, string? Actor, string? Target, string? From, string? To, int? Page,
    string? Kind = null);

/// <param name="OccurredAt">Beijing time (+08:00).</param>
/// <param name="Summary">The use case's own note; entity changes are in <paramref name="Changes"/>.</param>
internal sealed record AuditRecordView(long Sequence, DateTimeOffset OccurredAt, string ActorName, string ActorRoles,
    long? DepartmentId, string? RegionCode, string Action, string ActionName, string Target, string Summary,
    IReadOnlyList<AuditChange> Changes);

internal sealed record AuditPage(IReadOnlyList<AuditRecordView> Items, int Total, int Page, int PageSize, int PageCount,
    string Kind);

/// <summary>
/// 审计日志查询: administrators and supervisors read the records that belong to their region and below (the data's
/// region, or the actor's); records without a region (the CLI, anonymous attempts on unknown names) only at
/// province level. Newest first, 50 a page.
/// </summary>
internal static class BrowseAuditTrail
{
    public const int PageSize = 50;
    public const int MaxPage = 100_000;
    private static readonly DateOnly Earliest = new(2000, 1, 1), Latest = new(2099, 12, 31);

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/audit", async ([AsParameters] AuditFilter filter, PlatformDbContext db, DataScope scope,
                AuditVocabulary words, CancellationToken ct) => TypedResults.Ok(await HandleAsync(filter, db, scope, words, ct)))
            .WithName("BrowseAuditTrail").WithSummary("查询审计日志（业务操作或安全事件）");

    public static async Task<AuditPage> HandleAsync(AuditFilter f, PlatformDbContext db, DataScope scope, AuditVocabulary words,
        CancellationToken ct)
    {
        var staff = scope.Staff(Role.SystemAdmin, Role.Supervisor);
        var v = new Validator();
        var action = v.Text("action", f.Action, 100, required: false);
        var actor = v.Text("actor", f.Actor, 100, required: false);
        // Targets are stored masked: a full ID typed into the filter finds its masked form.
        var target = PersonalData.MaskText(v.Text("target", f.Target, 100, required: false));
        var from = Day(v, "from", f.From);
        var to = Day(v, "to", f.To);
        if (from is { } a && to is { } b && a > b) v.Add("to", "结束日期不能早于开始日期", "audit.invalid-range");
        if (f.Page is < 1 or > MaxPage) v.Add("page", $"页码应在 1 到 {MaxPage} 之间", "audit.invalid-page");
        var kind = string.IsNullOrWhiteSpace(f.Kind) ? "business" : f.Kind.Trim();
        if (kind is not ("business" or "security")) v.Add("kind", "记录类别应为 business（业务操作）或 security（安全事件）", "audit.invalid-kind");
        v.ThrowIfInvalid();

        var provinceLevel = RegionCode.TryParse(staff.Region, out var own) && own.Level == RegionLevel.Province;
        var criteria = new Criteria(provinceLevel, staff.RegionPrefix, action, actor, target,
            from is { } start ? ChinaTime.StartOfDayUtc(start) : null,
            to is { } end ? ChinaTime.StartOfDayUtc(end.AddDays(1)) : null);
        var page = f.Page ?? 1;
        // Actions answer before their records are linked into the chain (ADR 0005 "Sealing"): one round first, so the
        // trail shows every committed action.
        try { await db.GetService<AuditSealer>().SealAsync(ct); }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The trail stays readable when a round fails (a lock timeout, a busy SQLite file): it shows what is sealed.
            db.GetService<ILoggerFactory>().CreateLogger("OneStop.Audit")
                .LogWarning(e, "Sealing before reading the audit trail failed; showing the records sealed so far");
        }
        return kind == "security"
            ? await PageAsync(db.SecurityEvents, criteria, page, kind, words, ct)
            : await PageAsync(db.AuditRecords, criteria, page, kind, words, ct);
    }

    private sealed record Criteria(bool ProvinceLevel, string Prefix, string Action, string Actor, string Target,
        DateTime? From, DateTime? Before);

    private static async Task<AuditPage> PageAsync<T>(IQueryable<T> query, Criteria c, int page, string kind,
        AuditVocabulary words, CancellationToken ct) where T : class, IChainedRecord
    {
        query = query.AsNoTracking();
        var prefix = c.Prefix;
        query = c.ProvinceLevel
            ? query.Where(r => r.RegionCode == null || r.RegionCode.StartsWith(prefix))
            : query.Where(r => r.RegionCode != null && r.RegionCode.StartsWith(prefix));
        if (c.Action.Length > 0) query = query.Where(r => r.Action.StartsWith(c.Action));
        if (c.Actor.Length > 0) query = query.Where(r => r.ActorName.Contains(c.Actor));
        if (c.Target.Length > 0) query = query.Where(r => r.Target.Contains(c.Target));
        if (c.From is { } from) query = query.Where(r => r.OccurredAt >= from);
        if (c.Before is { } before) query = query.Where(r => r.OccurredAt < before);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(r => r.Sequence).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        var items = rows.Select(r => View(r, words)).ToList();
        return new AuditPage(items, total, page, PageSize, Math.Max(1, (total + PageSize - 1) / PageSize), kind);
    }

    private static AuditRecordView View(IChainedRecord r, AuditVocabulary words)
    {
        var (note, changes) = AuditChanges.Read(r.Summary, words);
        return new AuditRecordView(r.Sequence, ChinaTime.ToBeijing(r.OccurredAt), r.ActorName,
            AuditVocabulary.RoleNames(r.ActorRoles), r.DepartmentId, r.RegionCode, r.Action,
            words.ActionName(r.Action), r.Target, note, changes);
    }

    private static DateOnly? Day(Validator v, string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            v.Add(field, "日期格式应为 YYYY-MM-DD", "audit.invalid-date");
        else if (d < Earliest || d > Latest)
            v.Add(field, $"日期应在 {Earliest:yyyy-MM-dd} 到 {Latest:yyyy-MM-dd} 之间", "audit.invalid-date");
        else return d;
        return null;
    }
}
