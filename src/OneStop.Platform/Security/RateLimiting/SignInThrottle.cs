using System.Threading.RateLimiting;

namespace OneStop.Platform.Security.RateLimiting;

/// <summary>
/// The per-user-name half of the sign-in limit: guesses at one name spread over many addresses still hit a limit
/// (and the hashing they cost stays bounded even for names that do not exist, which have no lockout). The name is
/// in the request body, which the endpoint rate limiter cannot read, so sign-in asks this limiter itself.
/// </summary>
internal sealed class SignInThrottle(RateLimitSetting setting) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(name =>
        RateLimitPartition.GetFixedWindowLimiter(name, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = setting.PermitLimit, Window = setting.Window, QueueLimit = 0,
        }));

    public void Acquire(string userName)
    {
        using var lease = _limiter.AttemptAcquire(userName.ToUpperInvariant());
        if (lease.IsAcquired) return;
        throw new RateLimitedException(lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : setting.Window);
    }

    public void Dispose() => _limiter.Dispose();
}
