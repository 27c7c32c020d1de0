using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneStop.Platform.Persistence;
using OneStop.Platform.Security;

namespace OneStop.Platform.Audit;

/// <param name="BrokenChain">业务操作 or 安全事件, when broken.</param>
/// <param name="BrokenRecord">The first broken record's stored fields, NULL and '' shown apart.</param>
internal sealed record AuditVerification(bool Intact, long RecordsChecked, long SecurityEventsChecked,
    int CheckpointsChecked, string? BrokenChain, long? FirstBrokenSequence, string? Problem, string? BrokenRecord);

/// <summary>
/// 审计链校验: recomputes each chain's MACs with the key and holds them against the signed checkpoints outside the
/// database. An edited, renumbered or forged record fails its MAC; a deleted one leaves a gap; records cut off the
/// end, a rewritten head or an emptied trail no longer reach the head row or the latest checkpoint. When the
/// trail is intact the current heads are anchored by a new checkpoint.
/// </summary>
internal static class VerifyAuditTrail
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/audit/verify", async (PlatformDbContext db, AuditKey key, AuditCheckpoints checkpoints,
                DataScope scope, CancellationToken ct) =>
            {
                scope.Staff(Role.SystemAdmin, Role.Supervisor);
                return TypedResults.Ok(await RunAsync(db, key, checkpoints, ct));
            })
            .WithName("VerifyAuditTrail").WithSummary("校验审计链（密钥与检查点）");

    public static async Task<AuditVerification> RunAsync(PlatformDbContext db, AuditKey key, AuditCheckpoints checkpoints,
        CancellationToken ct = default)
    {
        // Records left pending (a host killed between commit and sealing) are sealed first, so they are checked as links.
        await AuditSeal.RunAsync(db, key, ct);
        var business = await ChainAsync(db.AuditRecords, AuditChain.BusinessChain, AuditHead.Business, "业务操作", db, key, checkpoints, ct);
        var security = business.Broken is null
            ? await ChainAsync(db.SecurityEvents, AuditChain.SecurityChain, AuditHead.Security, "安全事件", db, key, checkpoints, ct)
            : new ChainResult(0, 0, null);
        var broken = business.Broken ?? security.Broken ?? await PendingAsync(db, key, ct);
        var anchors = business.Checkpoints + security.Checkpoints;
        if (broken is null)
        {
            await checkpoints.WriteAsync(db, ct);
            return new AuditVerification(true, business.Checked, security.Checked, anchors, null, null, null, null);
        }
        return new AuditVerification(false, business.Checked, security.Checked, anchors, broken.Chain, broken.Sequence,
            broken.Problem, broken.Record);
    }

    private sealed record Break(string Chain, long Sequence, string Problem, string? Record);

    private sealed record ChainResult(long Checked, int Checkpoints, Break? Broken);

    private static async Task<ChainResult> ChainAsync<T>(DbSet<T> set, string chain, int headId, string label,
        PlatformDbContext db, AuditKey key, AuditCheckpoints store, CancellationToken ct) where T : class, IChainedRecord
    {
        var (anchors, unreadable) = store.Read(chain);
        if (unreadable.Count > 0)
            return new(0, 0, new Break(label, 0, $"检查点文件 {unreadable[0]} 无法读取或文件名与内容不符", null));
        if (anchors.FirstOrDefault(c => !store.IsAuthentic(c)) is { } forged)
            return new(0, 0, new Break(label, forged.Sequence, $"检查点 {forged.FileName} 的签名无效（不是用本系统密钥签发的）", null));
        var anchored = anchors.ToDictionary(c => c.Sequence, c => c.Hash);

        var previous = AuditChain.Genesis;
        long expected = 1, checkedCount = 0;
        var seen = new HashSet<Guid>();
        const int batch = 5000;
        while (true)
        {
            var from = expected;
            var records = await set.AsNoTracking().Where(r => r.Sequence >= from)
                .OrderBy(r => r.Sequence).Take(batch).ToListAsync(ct);
            foreach (var r in records)
            {
                Break Fail(string problem) => new(label, r.Sequence, problem, Describe(r));
                if (r.Sequence != expected)
                    return new(checkedCount, anchors.Count, new Break(label, expected, $"{label}记录 #{expected} 缺失（被删除）", null));
                if (r.PreviousHash != previous)
                    return new(checkedCount, anchors.Count, Fail($"{label}记录 #{r.Sequence} 的前序校验码与上一条不符"));
                if (AuditChain.MacOf(key, chain, r) != r.Hash)
                    return new(checkedCount, anchors.Count, Fail($"{label}记录 #{r.Sequence} 的内容已被修改或伪造（校验码不符）"));
                if (r.RecordId is { } id && !seen.Add(id))
                    return new(checkedCount, anchors.Count, Fail($"{label}记录 #{r.Sequence} 是此前一条记录的重复副本（记录被插入）"));
                if (anchored.TryGetValue(r.Sequence, out var anchor) && anchor != r.Hash)
                    return new(checkedCount, anchors.Count, Fail($"{label}记录 #{r.Sequence} 与检查点不符（该处之前的记录被改写）"));
                previous = r.Hash;
                expected++;
                checkedCount++;
            }
            if (records.Count < batch) break;
        }
        var last = expected - 1;
        var head = await db.Set<AuditHead>().AsNoTracking().FirstOrDefaultAsync(h => h.Id == headId, ct);
        if (head is null)
            return new(checkedCount, anchors.Count, new Break(label, expected, $"{label}链的链头记录已被删除", null));
        if (head.Sequence != last || head.Hash != previous)
            return new(checkedCount, anchors.Count, new Break(label, expected,
                $"{label}链头为 #{head.Sequence}，记录只到 #{last}（记录被截断或链头被改写）", null));
        if (anchors.Count > 0 && anchors[^1].Sequence > last)
            return new(checkedCount, anchors.Count, new Break(label, last + 1,
                $"检查点 {anchors[^1].FileName} 记录{label}链已到 #{anchors[^1].Sequence}，数据库中只到 #{last}（记录被截断或删除）", null));
        return new(checkedCount, anchors.Count, null);
    }

    /// <summary>
    /// What is still pending after sealing: records committed since (valid, sealed by the next round) or records the
    /// sealer refused — edited or forged while they waited, or a copy of a record already in a chain.
    /// </summary>
    private static async Task<Break?> PendingAsync(PlatformDbContext db, AuditKey key, CancellationToken ct)
    {
        var pending = await db.Set<PendingAuditRecord>().AsNoTracking().OrderBy(p => p.Id).ToListAsync(ct);
        foreach (var p in pending)
        {
            var label = p.Chain == AuditHead.Business ? "业务操作" : "安全事件";
            var where = $"待封存的{label}记录（写入序号 {p.Id}，{Show(p.Action)} {Show(p.Target)}）";
            if (AuditChain.PendingMacOf(key, p) != p.Mac)
                return new Break(label, 0, $"{where}的内容已被修改或伪造（校验码不符）", null);
            var replayed = await db.AuditRecords.AnyAsync(r => r.RecordId == p.RecordId, ct)
                || await db.SecurityEvents.AnyAsync(r => r.RecordId == p.RecordId, ct);
            // A round may have sealed it since it was read (its pending row is deleted in the same transaction):
            // only a copy that is still pending now, with its id already in a chain, is a replay.
            if (replayed && await db.Set<PendingAuditRecord>().AnyAsync(x => x.Id == p.Id, ct))
                return new Break(label, 0, $"{where}是链中已有记录的重复副本（记录被插入）", null);
        }
        return null;
    }

    /// <summary>The stored fields as verify saw them; NULL and an empty text are shown apart.</summary>
    private static string Describe(IChainedRecord r)
    {
        return $"#{r.Sequence} 时间={Show(r.OccurredAt)} 操作人={Show(r.ActorName)} 区划={Show(r.RegionCode)} " +
               $"操作={Show(r.Action)} 对象={Show(r.Target)}";
    }

    private static string Show(object? value) => value switch
    {
        null => "NULL",
        string s => $"'{(s.Length > 80 ? s[..80] + "…" : s)}'",
        DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss.fffffff", System.Globalization.CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };
}
