using Microsoft.Extensions.Configuration;

namespace OneStop.Platform.Audit;

/// <summary>
/// Where the audit trail keeps what must live outside the database: the MAC key and the signed checkpoints.
/// Defaults are inside the data directory (ONESTOP_DATA_DIR, default ./.onestop); hosts sharing one PostgreSQL
/// database must share the key file (ONESTOP_AUDIT_KEY_FILE) and should share the checkpoint directory
/// (ONESTOP_AUDIT_CHECKPOINTS), see docs/adr/0005-audit-hash-chain.md.
/// </summary>
internal sealed record AuditSettings(string KeyFile, string CheckpointDirectory, TimeSpan CheckpointInterval)
{
    public static AuditSettings From(IConfiguration configuration)
    {
        var dir = configuration["ONESTOP_DATA_DIR"];
        dir = Path.GetFullPath(string.IsNullOrWhiteSpace(dir) ? Path.Combine(Directory.GetCurrentDirectory(), ".onestop") : dir);
        var key = configuration["ONESTOP_AUDIT_KEY_FILE"];
        var checkpoints = configuration["ONESTOP_AUDIT_CHECKPOINTS"];
        var minutes = configuration.GetValue("ONESTOP_AUDIT_CHECKPOINT_MINUTES", 10);
        return new AuditSettings(
            Path.GetFullPath(string.IsNullOrWhiteSpace(key) ? Path.Combine(dir, "audit.key") : key),
            Path.GetFullPath(string.IsNullOrWhiteSpace(checkpoints) ? Path.Combine(dir, "audit-checkpoints") : checkpoints),
            TimeSpan.FromMinutes(Math.Clamp(minutes, 1, 24 * 60)));
    }
}
