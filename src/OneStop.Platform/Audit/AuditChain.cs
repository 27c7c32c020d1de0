using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace OneStop.Platform.Audit;

public static class AuditChain
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>Databases keep different sub-second precision; the chain hashes what both keep.</summary>
    public static DateTime Truncate(DateTime utc) =>
        new(utc.Ticks - utc.Ticks % TimeSpan.TicksPerMillisecond, DateTimeKind.Utc);

    public static string HashOf(AuditRecord r) => HashOf(r.Sequence, r.OccurredAt, r.ActorId, r.ActorName,
        r.ActorRoles, r.DepartmentId, r.RegionCode, r.Action, r.Target, r.Summary, r.PreviousHash);

    public static string HashOf(long sequence, DateTime occurredAt, long? actorId, string actorName, string roles,
        long? departmentId, string? regionCode, string action, string target, string summary, string previousHash)
    {
        var text = string.Join('\u001f', sequence.ToString(CultureInfo.InvariantCulture),
            occurredAt.ToString("yyyy-MM-ddTHH:mm:ss.fff", CultureInfo.InvariantCulture),
            actorId?.ToString(CultureInfo.InvariantCulture) ?? "", actorName, roles,
            departmentId?.ToString(CultureInfo.InvariantCulture) ?? "", regionCode ?? "", action, target, summary,
            previousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
