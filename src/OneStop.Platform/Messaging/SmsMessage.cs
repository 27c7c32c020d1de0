namespace OneStop.Platform.Messaging;

/// <summary>One queued text message of the outbox (<c>platform_sms_outbox</c>).</summary>
internal sealed class SmsMessage
{
    public const int MaxTextLength = 500;

    public long Id { get; private set; }
    public required string Phone { get; init; }
    public required string Text { get; init; }
    public DateTime QueuedAt { get; init; }
    /// <summary>Set by the gateway that delivered it; null while waiting.</summary>
    public DateTime? SentAt { get; set; }
}
