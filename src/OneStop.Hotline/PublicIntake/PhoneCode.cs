using System.Security.Cryptography;
using System.Text;

namespace OneStop.Hotline.PublicIntake;

/// <summary>
/// 手机验证码: the one-time code last sent to a phone (one row per phone, <c>hotline_phone_codes</c>). Only a salted,
/// slow hash of the code is kept (the "Password" in the names makes the audit trail mask them), so whoever reads the
/// table cannot read a code; it proves the citizen holds the phone they give on the public form.
/// </summary>
internal sealed class PhoneCode
{
    private const int HashIterations = 20_000;

    public required string Phone { get; init; }
    /// <summary>When the current code was sent: also the row's concurrency token (two sends at once: one wins).</summary>
    public DateTime IssuedAt { get; private set; }
    public DateTime ExpiresAt { get; private set; }
    public string PasswordSalt { get; private set; } = "";
    public string PasswordHash { get; private set; } = "";
    /// <summary>Attempts with the current code (each is counted before it is compared).</summary>
    public int Tries { get; private set; }
    public DateTime? UsedAt { get; private set; }

    /// <summary>A new code for this phone, or null when the last one was sent less than the resend interval ago.</summary>
    public TimeSpan? WaitBeforeResend(DateTime now, PhoneCodeSettings settings)
    {
        var wait = IssuedAt + settings.ResendAfter - now;
        return IssuedAt == default || wait <= TimeSpan.Zero ? null : wait;
    }

    public void Issue(string code, DateTime now, PhoneCodeSettings settings)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        IssuedAt = now;
        ExpiresAt = now + settings.Lifetime;
        PasswordSalt = Convert.ToBase64String(salt);
        PasswordHash = Convert.ToBase64String(Hash(code, salt));
        Tries = 0;
        UsedAt = null;
    }

    public bool Matches(string code) =>
        PasswordHash.Length > 0 && CryptographicOperations.FixedTimeEquals(
            Hash(code, Convert.FromBase64String(PasswordSalt)), Convert.FromBase64String(PasswordHash));

    private static byte[] Hash(string code, byte[] salt) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(code), salt, HashIterations, HashAlgorithmName.SHA256, 32);

    /// <summary>Six random digits (leading zeros kept).</summary>
    public static string NewCode() => RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
}
