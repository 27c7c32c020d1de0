namespace OneStop.Hotline.PublicIntake;

/// <summary>The one-time code's limits (Hotline:PhoneCodes): valid 5 minutes, 5 tries, one new code per phone per minute.</summary>
public sealed class PhoneCodeSettings
{
    public int LifetimeSeconds { get; set; } = 300;
    public int MaxTries { get; set; } = 5;
    public int ResendAfterSeconds { get; set; } = 60;

    public TimeSpan Lifetime => TimeSpan.FromSeconds(LifetimeSeconds);
    public TimeSpan ResendAfter => TimeSpan.FromSeconds(ResendAfterSeconds);
}
