namespace OneStop.Hotline.Tickets.Domain;

/// <summary>
/// 诉求: one person's call or message, with its own number (what they look it up by) and its own callback. Several
/// requests about one matter share one <see cref="Ticket"/> (并单); each still gets the status updates, the reply
/// and a callback of its own.
/// </summary>
public sealed class HotlineRequest
{
    public long Id { get; private set; }
    public required string Number { get; init; }
    public long TicketId { get; internal set; }
    public IntakeChannel Channel { get; init; }
    public RequestType Type { get; init; }
    public string? Title { get; init; }
    public required string Text { get; init; }
    public string? RequesterName { get; init; }
    public string? Phone { get; init; }
    public bool PhoneVerified { get; init; }
    /// <summary>匿名: no name or phone kept.</summary>
    public bool Anonymous { get; init; }
    /// <summary>保密: the department does not see who asked (the hotline centre does, for the callback).</summary>
    public bool Confidential { get; init; }
    public long? AccountId { get; init; }
    public required string RegionCode { get; init; }
    public string? Address { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public DateTime ReceivedAt { get; init; }
    public required string ReceivedBy { get; init; }

    public CallbackResult? Callback { get; private set; }
    public DateTime? CallbackAt { get; private set; }
    public string? CallbackBy { get; private set; }
    public string? CallbackComment { get; private set; }

    public IReadOnlyList<RequesterUpdate> Updates { get; private set; } = [];

    /// <summary>Callbacks of earlier rounds (before a reopening): 满意率 counts every callback ever given.</summary>
    public IReadOnlyList<PastCallback> EarlierCallbacks { get; private set; } = [];

    /// <summary>Whether a callback can reach them (anonymous requests and those without a phone need none).</summary>
    public bool NeedsCallback => !Anonymous && !string.IsNullOrEmpty(Phone);

    internal void Notify(DateTime at, string message) => Updates = [.. Updates, new RequesterUpdate(at, message)];

    internal void RecordCallback(CallbackResult result, string? comment, string by, DateTime at)
    {
        Callback = result;
        CallbackComment = comment;
        CallbackBy = by;
        CallbackAt = at;
    }

    /// <summary>A reopening or reassignment asks every requester again after the next reply.</summary>
    internal void ClearCallback()
    {
        if (Callback is { } done) EarlierCallbacks = [.. EarlierCallbacks, new PastCallback(done, CallbackAt!.Value, CallbackComment)];
        Callback = null;
        CallbackAt = null;
        CallbackBy = null;
        CallbackComment = null;
    }
}
