using OneStop.Platform.Errors;

namespace OneStop.Platform.Security.RateLimiting;

/// <summary>429: too many requests from one client or for one user name; try again after <see cref="RetryAfter"/>.</summary>
internal sealed class RateLimitedException(TimeSpan retryAfter)
    : DomainException(429, RateLimits.Code, RateLimits.Title, $"请在 {Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))} 秒后再试。")
{
    public TimeSpan RetryAfter { get; } = retryAfter;

    public int RetryAfterSeconds => Math.Max(1, (int)Math.Ceiling(RetryAfter.TotalSeconds));
}
