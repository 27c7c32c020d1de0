using OneStop.Hotline.Tickets.Domain;
using OneStop.Hotline.Tickets.Intake;

namespace OneStop.Hotline.PublicIntake;

/// <summary>
/// What a citizen sends on the public form (page or POST /api/hotline/public/requests): the request, where it
/// happened, who they are and the code sent to their phone. No category, urgency, merge or answer: those are the
/// hotline centre's to decide.
/// </summary>
public sealed record PublicRequestBody(
    RequestType? Type, string? Title, string? Text, string? RegionCode, string? Address, string? RequesterName,
    string? Phone, string? Code, bool Anonymous, bool Confidential)
{
    internal IntakeBody ToIntake() => new(Type, Text, Title, Anonymous ? null : RequesterName, Anonymous ? null : Phone, Anonymous,
        Confidential, RegionCode, Address, null, null, null, null, Channel: IntakeChannel.Web);
}

/// <summary>The acknowledgment (回执) a citizen gets: the number to look the request up by, and what happens next.</summary>
public sealed record PublicRequestResult(string RequestNumber, string StateName, string Acknowledgment, bool CanLookUp,
    string? EmergencyService);
