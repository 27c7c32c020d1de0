using Microsoft.Extensions.Logging;
using OneStop.Platform.Persistence;
using OneStop.Platform.Privacy;

namespace OneStop.Platform.Messaging;

/// <summary>
/// The default <see cref="ISmsSender"/>: the message is written to <c>platform_sms_outbox</c> (audited, the phone
/// masked in the trail and the log) for a gateway process to deliver and mark sent. Nothing leaves the machine, so a
/// demo or test installation can read what would have been sent; production replaces this with its gateway's adapter.
/// </summary>
internal sealed class SmsOutbox(PlatformDbContext db, TimeProvider time, ILogger<SmsOutbox> log) : ISmsSender
{
    public async Task SendAsync(string phone, string text, CancellationToken ct)
    {
        var message = new SmsMessage
        {
            Phone = phone, Text = text.Length > SmsMessage.MaxTextLength ? text[..SmsMessage.MaxTextLength] : text,
            QueuedAt = time.GetUtcNow().UtcDateTime,
        };
        db.Add(message);
        // The text is not audited: it may hold a one-time code, which must live only where the gateway reads it.
        db.Audit("sms.queue", $"短信 {PersonalData.MaskPhone(phone)}", $"短信已进入待发送队列（{text.Length} 字）");
        await db.SaveChangesAsync(ct);
        log.LogInformation("SMS to {Phone} queued in the outbox as message {Id}", PersonalData.MaskPhone(phone), message.Id);
    }
}
