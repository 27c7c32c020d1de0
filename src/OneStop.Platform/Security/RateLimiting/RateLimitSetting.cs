using Microsoft.Extensions.Configuration;

namespace OneStop.Platform.Security.RateLimiting;

/// <summary>One limit: at most <see cref="PermitLimit"/> requests per <see cref="Window"/> (OneStop:RateLimits:&lt;name&gt;).</summary>
public sealed record RateLimitSetting(int PermitLimit, TimeSpan Window)
{
    public static RateLimitSetting From(IConfiguration configuration, string name, int permitLimit, int windowSeconds)
    {
        var section = configuration.GetSection($"OneStop:RateLimits:{name}");
        return new RateLimitSetting(section.GetValue("PermitLimit", permitLimit),
            TimeSpan.FromSeconds(section.GetValue("WindowSeconds", windowSeconds)));
    }
}
