namespace OneStop.Hotline.Duplicates;

/// <summary>
/// What the duplicate index knows of one open request or ticket (docs/adr/0019). <see cref="RegionCode"/> is a GB/T 2260
/// code or a 9-digit town code; <see cref="CategoryCode"/> a six-digit taxonomy code, or null while unknown;
/// <see cref="Address"/> and the coordinates are optional (the place is also read from the text).
/// </summary>
public sealed record MatterRecord(
    Guid TicketId,
    string Number,
    string Text,
    string? CategoryCode,
    string RegionCode,
    string? Address,
    double? Latitude,
    double? Longitude,
    DateTimeOffset ReceivedAt);
