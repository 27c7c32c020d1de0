using System.Text.Json;

namespace OneStop.Platform.Audit;

/// <summary>
/// A signed statement "chain <paramref name="Chain"/> had reached record #<paramref name="Sequence"/> with MAC
/// <paramref name="Hash"/> at <paramref name="WrittenAt"/>", kept outside the database. Verify requires every
/// checkpoint to still be in the chain, so a trail cut back or rewritten below a checkpoint fails.
/// </summary>
internal sealed record AuditCheckpoint(string Chain, long Sequence, string Hash, DateTimeOffset WrittenAt, string Signature)
{
    public static AuditCheckpoint Sign(AuditKey key, string chain, long sequence, string hash, DateTimeOffset at) =>
        new(chain, sequence, hash, at, SignatureOf(key, chain, sequence, hash, at));

    public bool IsSignedBy(AuditKey key) =>
        System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.ASCII.GetBytes(Signature ?? ""),
            System.Text.Encoding.ASCII.GetBytes(SignatureOf(key, Chain ?? "", Sequence, Hash ?? "", WrittenAt)));

    /// <summary>One file per chain and sequence: hosts writing the same head write the same name, once.</summary>
    public string FileName => FileNameOf(Chain, Sequence);

    public static string FileNameOf(string chain, long sequence) => $"{chain}-{sequence:D12}.json";

    private static string SignatureOf(AuditKey key, string chain, long sequence, string hash, DateTimeOffset at) =>
        key.Mac(JsonSerializer.SerializeToUtf8Bytes(new object[]
        {
            "onestop-audit-checkpoint-v1", chain, sequence, hash, at.UtcTicks,
        }));
}
