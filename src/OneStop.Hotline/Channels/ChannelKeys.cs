using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;
using OneStop.Hotline.Tickets.Domain;
using OneStop.Platform.Errors;

namespace OneStop.Hotline.Channels;

/// <summary>
/// The gateways' keys, one per channel, in settings <c>Hotline:ChannelKeys:&lt;Channel&gt;</c> (WeChat, Sms, App,
/// Weibo). A key may be given as it is or, better, as <c>sha256:&lt;hex of its SHA-256&gt;</c> so the settings never
/// hold it. The presented key is hashed and compared in constant time either way (no timing tells how much matched).
/// A channel without a key is not open.
/// </summary>
public sealed class ChannelKeys(IConfiguration configuration)
{
    public const string Header = "X-Channel-Key";

    /// <summary>The channels that reach the hotline through a gateway (电话 is the agents', 网站 the public form's).</summary>
    public static readonly IReadOnlyList<IntakeChannel> Gateways = [IntakeChannel.WeChat, IntakeChannel.Sms, IntakeChannel.App, IntakeChannel.Weibo];

    /// <summary>The channel named in the route, if it is a gateway channel with a key: else 404 (unknown or closed).</summary>
    public IntakeChannel Open(string? name)
    {
        if (Enum.TryParse<IntakeChannel>(name, ignoreCase: true, out var channel) && !int.TryParse(name, out _)
            && Gateways.Contains(channel) && Expected(channel) is not null)
            return channel;
        throw new NotFoundException("hotline.channel-unknown", "受理渠道不存在或未开通",
            "渠道名称为 wechat、sms、app 或 weibo，且须由管理员配置渠道密钥后开通。");
    }

    /// <summary>401 hotline.channel-key-invalid unless <paramref name="presented"/> is the channel's key.</summary>
    public void Check(IntakeChannel channel, string? presented)
    {
        var expected = Expected(channel)!;
        var given = SHA256.HashData(Encoding.UTF8.GetBytes(presented ?? ""));
        if (string.IsNullOrEmpty(presented) || !CryptographicOperations.FixedTimeEquals(given, expected))
            throw new DomainException(401, "hotline.channel-key-invalid", "渠道密钥无效",
                $"请在请求头 {Header} 中提供该渠道的密钥。");
    }

    private byte[]? Expected(IntakeChannel channel)
    {
        var value = configuration[$"Hotline:ChannelKeys:{channel}"]?.Trim();
        if (string.IsNullOrEmpty(value)) return null;
        if (!value.StartsWith("sha256:", StringComparison.OrdinalIgnoreCase)) return SHA256.HashData(Encoding.UTF8.GetBytes(value));
        try { return Convert.FromHexString(value["sha256:".Length..]); }
        catch (FormatException) { return null; } // a malformed hash opens nothing
    }
}
