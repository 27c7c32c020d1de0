using System.Threading.RateLimiting;
using Microsoft.Extensions.Configuration;
using OneStop.Platform.Errors;
using OneStop.Platform.Security.RateLimiting;

namespace OneStop.Cases.Reading;

/// <summary>
/// Wrong ID tails per case number, whoever sends them and from wherever: the per-address limit alone lets a patient
/// caller (or many addresses) walk one case's million tails. After <c>OneStop:RateLimits:ProgressGuesses</c> wrong
/// tails for a number (10 per 15 minutes unless configured) that number answers no lookup, right or wrong, until the
/// window ends — the applicant still sees the case in 我的办件. Wrong numbers count too, so the lock says nothing
/// about whether a number exists. Kept per host (ASP.NET Core's own limiter): with several hosts the limit is per
/// host, still far below what guessing needs.
/// </summary>
public sealed class ProgressGuesses : IDisposable
{
    private readonly PartitionedRateLimiter<string> _wrong;
    private readonly TimeSpan _window;

    public ProgressGuesses(IConfiguration configuration)
    {
        var setting = RateLimitSetting.From(configuration, "ProgressGuesses", 10, 900);
        _window = setting.Window;
        _wrong = PartitionedRateLimiter.Create<string, string>(number => RateLimitPartition.GetFixedWindowLimiter(number,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = setting.PermitLimit, Window = setting.Window, QueueLimit = 0 }));
    }

    /// <summary>Refuses (429) a lookup of a number that has had too many wrong tails lately.</summary>
    public void EnsureOpen(string number)
    {
        if (_wrong.GetStatistics(Key(number)) is { CurrentAvailablePermits: <= 0 })
            throw new DomainException(429, "case.lookup-locked", "该办件编号查询失败次数过多，请稍后再试",
                $"为保护申请人信息，同一办件编号多次查询失败后暂停查询（约 {Math.Ceiling(_window.TotalMinutes):0} 分钟）；申请人登录后可在“我的办件”中查看。");
    }

    /// <summary>Counts one wrong pair against the number.</summary>
    public void Wrong(string number)
    {
        using var _ = _wrong.AttemptAcquire(Key(number));
    }

    private static string Key(string number) => number.Trim().ToUpperInvariant();

    public void Dispose() => _wrong.Dispose();
}
