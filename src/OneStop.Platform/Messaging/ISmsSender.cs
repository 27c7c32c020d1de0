namespace OneStop.Platform.Messaging;

/// <summary>
/// 短信发送: the one seam through which any module sends a text message (the hotline's one-time phone codes, later
/// notices). The default is <see cref="SmsOutbox"/>, a table a gateway would drain; an installation with an SMS
/// gateway registers its adapter in place of it (docs/adr/0023-sms-sender-and-public-intake.md).
/// </summary>
public interface ISmsSender
{
    /// <summary>Hands <paramref name="text"/> to the channel for <paramref name="phone"/> (11-digit mobile number).</summary>
    Task SendAsync(string phone, string text, CancellationToken ct);
}
