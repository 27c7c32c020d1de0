using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OneStop.Platform.Persistence;

namespace OneStop.Platform.Audit;

/// <summary>
/// Writes and reads the checkpoint directory (<see cref="AuditSettings.CheckpointDirectory"/>). Files are created,
/// never rewritten, so the directory can be shipped to write-once storage (WORM, object lock) as it grows.
/// </summary>
internal sealed class AuditCheckpoints(AuditSettings settings, AuditKey key, TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public string Directory => settings.CheckpointDirectory;

    /// <summary>Anchors the current head of each chain; returns the checkpoints written now (none when unchanged).</summary>
    public async Task<IReadOnlyList<AuditCheckpoint>> WriteAsync(PlatformDbContext db, CancellationToken ct = default)
    {
        var heads = await db.Set<AuditHead>().AsNoTracking().ToListAsync(ct);
        var written = new List<AuditCheckpoint>();
        foreach (var head in heads.Where(h => h.Sequence > 0))
        {
            var chain = head.Id == AuditHead.Business ? AuditChain.BusinessChain : AuditChain.SecurityChain;
            var checkpoint = AuditCheckpoint.Sign(key, chain, head.Sequence, head.Hash, time.GetUtcNow());
            if (TryWrite(checkpoint)) written.Add(checkpoint);
        }
        return written;
    }

    private bool TryWrite(AuditCheckpoint checkpoint)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var path = Path.Combine(Directory, checkpoint.FileName);
        if (File.Exists(path)) return false;
        var temp = Path.Combine(Directory, $".{checkpoint.FileName}.{Guid.NewGuid():N}.tmp");
        File.WriteAllText(temp, JsonSerializer.Serialize(checkpoint, Json));
        try
        {
            // Publishing by a no-overwrite move makes the file appear whole, once, even with several hosts racing.
            File.Move(temp, path, overwrite: false);
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temp);
            return false;
        }
    }

    /// <summary>Every checkpoint file of a chain, and the names of files that cannot be read as one.</summary>
    public (IReadOnlyList<AuditCheckpoint> Checkpoints, IReadOnlyList<string> Unreadable) Read(string chain)
    {
        var list = new List<AuditCheckpoint>();
        var unreadable = new List<string>();
        if (!System.IO.Directory.Exists(Directory)) return (list, unreadable);
        foreach (var path in System.IO.Directory.EnumerateFiles(Directory, $"{chain}-*.json"))
        {
            try
            {
                var checkpoint = JsonSerializer.Deserialize<AuditCheckpoint>(File.ReadAllText(path), Json);
                if (checkpoint is null || checkpoint.Chain != chain || Path.GetFileName(path) != checkpoint.FileName)
                    unreadable.Add(Path.GetFileName(path));
                else list.Add(checkpoint);
            }
            catch (JsonException) { unreadable.Add(Path.GetFileName(path)); }
        }
        return (list.OrderBy(c => c.Sequence).ToList(), unreadable);
    }

    public bool IsAuthentic(AuditCheckpoint checkpoint) => checkpoint.IsSignedBy(key);
}
