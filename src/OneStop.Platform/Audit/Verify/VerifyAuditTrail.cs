using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneStop.Platform.Persistence;
using OneStop.Platform.Security;

namespace OneStop.Platform.Audit;

public sealed record AuditVerification(bool Intact, long RecordsChecked, long? FirstBrokenSequence, string? Problem);

/// <summary>
/// 审计链校验: recomputes every record's hash in order. An edited record no longer matches its hash; a deleted one
/// leaves a gap or a wrong previous hash; records cut off the end no longer reach the head.
/// </summary>
public static class VerifyAuditTrail
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/audit/verify", async (PlatformDbContext db, DataScope scope, CancellationToken ct) =>
            {
                scope.Staff(Role.SystemAdmin, Role.Supervisor);
                return TypedResults.Ok(await RunAsync(db, ct));
            })
            .WithName("VerifyAuditTrail").WithSummary("校验审计记录哈希链");

    public static async Task<AuditVerification> RunAsync(PlatformDbContext db, CancellationToken ct = default)
    {
        var previous = AuditChain.Genesis;
        long expected = 1, checkedCount = 0;
        const int batch = 5000;
        while (true)
        {
            var from = expected;
            var records = await db.AuditRecords.AsNoTracking().Where(r => r.Sequence >= from)
                .OrderBy(r => r.Sequence).Take(batch).ToListAsync(ct);
            foreach (var r in records)
            {
                if (r.Sequence != expected)
                    return Broken(checkedCount, expected, $"记录 #{expected} 缺失（被删除）");
                if (r.PreviousHash != previous)
                    return Broken(checkedCount, r.Sequence, $"记录 #{r.Sequence} 的前序哈希与上一条不符");
                if (AuditChain.HashOf(r) != r.Hash)
                    return Broken(checkedCount, r.Sequence, $"记录 #{r.Sequence} 的内容已被修改");
                previous = r.Hash;
                expected++;
                checkedCount++;
            }
            if (records.Count < batch) break;
        }
        var head = await db.Set<AuditHead>().AsNoTracking().FirstOrDefaultAsync(ct);
        if (head is not null && (head.Sequence != expected - 1 || head.Hash != previous))
            return Broken(checkedCount, expected, $"审计链末尾应为 #{head.Sequence}，实际只到 #{expected - 1}（记录被截断）");
        return new AuditVerification(true, checkedCount, null, null);
    }

    private static AuditVerification Broken(long count, long sequence, string problem) => new(false, count, sequence, problem);
}
