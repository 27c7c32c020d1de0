using OneStop.Platform.Persistence;

namespace OneStop.Platform.Files.Sweep;

/// <param name="Stored">Files in the store before the sweep.</param>
/// <param name="Unreferenced">Files no module refers to, deleted (or, in a dry run, that would be).</param>
/// <param name="KeptRecent">Unreferenced files stored within the minimum age: an upload may be about to refer to them.</param>
internal sealed record FileSweepResult(int Stored, int Referenced, int Unreferenced, long UnreferencedBytes, int KeptRecent,
    int IncomingRemoved, bool DryRun);

/// <summary>
/// 清理文件存储: deletes stored files that no record of any module refers to and that were last stored longer ago than
/// the minimum age — an upload refused or lost to a concurrent change after its bytes were stored, a file a newer
/// version replaced in a way no history kept. Also clears interrupted uploads' temporary files. The references are read
/// first, then the store listed, and a file is deleted only when it is still old: an upload of the same content in the
/// meantime renews its time (<see cref="IFileStore.SaveAsync"/>), so the sweep cannot take a file a case is being given.
/// Run by the operator (<c>onestop files sweep</c>, e.g. nightly from cron); one audit record per sweep that deleted.
/// </summary>
internal static class SweepFileStore
{
    public static readonly TimeSpan DefaultMinimumAge = TimeSpan.FromDays(7);

    public static async Task<FileSweepResult> RunAsync(IFileStore store, IEnumerable<IFileReferences> modules,
        PlatformDbContext db, TimeProvider time, TimeSpan minimumAge, bool dryRun, CancellationToken ct)
    {
        var referenced = new HashSet<string>(StringComparer.Ordinal);
        foreach (var module in modules)
            await foreach (var sha in module.Sha256sAsync(ct)) referenced.Add(sha);
        var cutoff = time.GetUtcNow().UtcDateTime - minimumAge;
        var stored = store.List().ToList();
        var (unreferenced, bytes, recent) = (0, 0L, 0);
        foreach (var file in stored.Where(f => !referenced.Contains(f.Sha256)))
        {
            ct.ThrowIfCancellationRequested();
            if (file.StoredAtUtc >= cutoff) { recent++; continue; }
            if (!dryRun && !StillOld(store, file.Sha256, cutoff)) { recent++; continue; }
            if (!dryRun && !store.Delete(file.Sha256)) continue;
            unreferenced++;
            bytes += file.Size;
        }
        var incoming = dryRun ? 0 : store.DeleteIncomingBefore(time.GetUtcNow().UtcDateTime.AddDays(-1));
        var result = new FileSweepResult(stored.Count, stored.Count(f => referenced.Contains(f.Sha256)), unreferenced, bytes, recent,
            incoming, dryRun);
        if (!dryRun && (unreferenced > 0 || incoming > 0))
        {
            db.Audit("file.sweep", "文件存储",
                $"清理无引用文件 {unreferenced} 个（{bytes} 字节，最后存入早于 {minimumAge.TotalDays:0} 天前），中断的上传临时文件 {incoming} 个");
            await db.SaveChangesAsync(ct);
        }
        return result;
    }

    private static bool StillOld(IFileStore store, string sha256, DateTime cutoff) =>
        store.Find(sha256) is not { } now || now.StoredAtUtc < cutoff;
}
