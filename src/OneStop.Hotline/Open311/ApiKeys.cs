using System.Security.Cryptography;
using System.Text;

namespace OneStop.Hotline.Open311;

/// <summary>
/// Which client an api_key belongs to. Every configured key is compared, each in constant time over its SHA-256 (so
/// neither the length nor the position of a near miss shows in the response time).
/// </summary>
public static class ApiKeys
{
    public static string? ClientOf(string? apiKey, IReadOnlyDictionary<string, string> keys)
    {
        if (string.IsNullOrEmpty(apiKey)) return null;
        var given = SHA256.HashData(Encoding.UTF8.GetBytes(apiKey));
        string? client = null;
        foreach (var (name, key) in keys)
        {
            if (string.IsNullOrEmpty(key)) continue;
            if (CryptographicOperations.FixedTimeEquals(given, SHA256.HashData(Encoding.UTF8.GetBytes(key)))) client ??= name;
        }
        return client;
    }
}
