using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneStop.Hotline.Persistence;
using OneStop.Platform.Errors;
using OneStop.Platform.Messaging;
using OneStop.Platform.Privacy;

namespace OneStop.Hotline.PublicIntake;

/// <summary>What the citizen is told after asking for a code (never the code itself: that goes by SMS).</summary>
public sealed record CodeSent(string Phone, int ExpiresInSeconds, int ResendAfterSeconds);

/// <summary>
/// 获取验证码 / 校验验证码 for the public form. Sending: at most one new code per phone per minute (the row's
/// concurrency token decides between two sends at once). Checking: every attempt is counted by one conditional
/// UPDATE before the code is compared, so parallel guesses cannot try more than <see cref="PhoneCodeSettings.MaxTries"/>
/// codes (the lesson of ADR 0008); the right code is used up in the caller's transaction, with the request it admits.
/// </summary>
public sealed partial class PhoneCodes(HotlineDbContext db, ISmsSender sms, TimeProvider time, IOptions<PhoneCodeSettings> options)
{
    private PhoneCodeSettings Settings => options.Value;

    /// <summary>Sends a new code; returns what to tell the citizen and, for the demo page only, the code.</summary>
    internal async Task<(CodeSent Sent, string Code)> RequestAsync(string? phone, CancellationToken ct)
    {
        var mobile = Mobile(phone);
        var now = time.GetUtcNow().UtcDateTime;
        var row = await db.Set<PhoneCode>().FirstOrDefaultAsync(c => c.Phone == mobile, ct);
        if (row?.WaitBeforeResend(now, Settings) is { } wait) throw TooSoon(wait);
        if (row is null) db.Add(row = new PhoneCode { Phone = mobile });
        var code = PhoneCode.NewCode();
        row.Issue(code, now, Settings);
        db.Audit("hotline.public.request-code", $"手机 {PersonalData.MaskPhone(mobile)}", "网站诉求：发送手机验证码");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (Exception e) when (e is DbUpdateConcurrencyException || StoreConflicts.IsUniqueViolation(e))
        {
            throw TooSoon(Settings.ResendAfter); // another request sent one just now
        }
        await sms.SendAsync(mobile, $"【12345】您的验证码是 {code}，{Settings.LifetimeSeconds / 60} 分钟内有效，仅用于网上诉求登记。如非本人操作，请忽略。", ct);
        return (new CodeSent(PersonalData.MaskPhone(mobile)!, Settings.LifetimeSeconds, Settings.ResendAfterSeconds), code);
    }

    /// <summary>
    /// Checks <paramref name="code"/> for <paramref name="phone"/>, counting the attempt (committed at once, outside
    /// any transaction of the caller, so a refusal cannot roll the count back). Returns the code's issue time for
    /// <see cref="UseUpAsync"/>.
    /// </summary>
    internal async Task<DateTime> CheckAsync(string phone, string? code, CancellationToken ct)
    {
        var typed = code?.Trim() ?? "";
        if (!CodePattern().IsMatch(typed))
            throw RequestValidationException.For("code", "请输入短信收到的 6 位数字验证码", "hotline.code-invalid");
        var now = time.GetUtcNow().UtcDateTime;
        var row = await db.Set<PhoneCode>().AsNoTracking().FirstOrDefaultAsync(c => c.Phone == phone, ct);
        if (row is null || row.UsedAt is not null || row.PasswordHash.Length == 0) throw Missing();
        if (row.ExpiresAt <= now)
            throw new BusinessRuleException("hotline.code-expired", "验证码已过期，请重新获取", $"验证码发送后 {Settings.LifetimeSeconds / 60} 分钟内有效。");
        var issued = row.IssuedAt;
        // Count the attempt first, atomically: only then compare.
        var counted = await db.Set<PhoneCode>()
            .Where(c => c.Phone == phone && c.IssuedAt == issued && c.UsedAt == null && c.Tries < Settings.MaxTries)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Tries, c => c.Tries + 1), ct);
        if (counted == 0) throw Locked();
        if (row.Matches(typed)) return issued;
        var left = Settings.MaxTries - row.Tries - 1;
        db.SecurityEvent("hotline.public.wrong-code", $"手机 {PersonalData.MaskPhone(phone)}", "网站诉求：手机验证码错误");
        await db.SaveChangesAsync(ct);
        throw RequestValidationException.For("code",
            left > 0 ? $"验证码不正确，还可尝试 {left} 次" : "验证码不正确，且已达尝试次数上限，请重新获取验证码", "hotline.code-wrong");
    }

    /// <summary>
    /// Uses up the code checked by <see cref="CheckAsync"/>. Call inside the transaction that writes what the code
    /// admits: if that write fails, the code stays usable. Two submissions with one code: one wins.
    /// </summary>
    internal async Task UseUpAsync(string phone, DateTime issued, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var used = await db.Set<PhoneCode>().Where(c => c.Phone == phone && c.IssuedAt == issued && c.UsedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.UsedAt, now), ct);
        if (used == 0) throw Missing();
    }

    private static BusinessRuleException Missing() =>
        new("hotline.code-missing", "请先获取验证码", "该手机号没有待使用的验证码（验证码使用一次即失效），请点击“获取验证码”。");

    /// <summary>The 11-digit mobile number a code can be sent to, or 400 hotline.phone-invalid.</summary>
    internal static string Mobile(string? phone)
    {
        var p = phone?.Replace(" ", "").Replace("-", "").Trim() ?? "";
        if (p.Length == 0) throw RequestValidationException.For("phone", "请填写手机号码（或选择匿名反映）", "hotline.phone-required");
        if (!MobilePattern().IsMatch(p))
            throw RequestValidationException.For("phone", "请填写 11 位手机号码（用于接收验证码）", "hotline.phone-invalid");
        return p;
    }

    private static DomainException TooSoon(TimeSpan wait) => new CodeTooSoonException((int)Math.Ceiling(wait.TotalSeconds));

    private BusinessRuleException Locked() => new("hotline.code-locked", "验证码错误次数过多，请重新获取",
        $"同一验证码最多可尝试 {Settings.MaxTries} 次。");

    [GeneratedRegex(@"^1[3-9]\d{9}$")]
    private static partial Regex MobilePattern();

    [GeneratedRegex(@"^\d{6}$")]
    private static partial Regex CodePattern();
}

/// <summary>429: a new code for this phone was sent less than a minute ago.</summary>
public sealed class CodeTooSoonException(int seconds)
    : DomainException(429, "hotline.code-too-soon", "获取验证码过于频繁", $"请在 {Math.Max(1, seconds)} 秒后再获取。")
{
    public int RetryAfterSeconds { get; } = Math.Max(1, seconds);

    public override IReadOnlyDictionary<string, object?> Extensions => new Dictionary<string, object?> { ["retryAfter"] = RetryAfterSeconds };
}
