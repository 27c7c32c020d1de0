using OneStop.Hotline.Taxonomy;
using OneStop.Hotline.Tickets.Domain;
using OneStop.Platform.Calendar;
using OneStop.Platform.Privacy;

namespace OneStop.Hotline.Tickets.Reading;

public sealed record TicketView(
    long Id, string Number, string State, string StateName, string Type, string TypeName, string Urgency, string UrgencyName,
    string? CategoryCode, string? CategoryPath, string RegionCode, string? Address, double? Latitude, double? Longitude,
    string? Title, string Text, DateTimeOffset CreatedAt,
    long? DepartmentId, string? DepartmentName, IReadOnlyList<RoutedDepartment> CoDepartments,
    DateTimeOffset? DispatchedAt, DateTimeOffset? SignDueAt, DateTimeOffset? SignedAt, DateTimeOffset? DueAt,
    string? SignDueText, string? DueText, bool Overdue, int UrgeLevel,
    ReturnRequest? PendingReturn, ExtensionRequest? Extension, IReadOnlyList<CoHandlerNote> CoHandlerNotes,
    TicketReply? Reply, bool? RepliedOnTime, int ReopenCount, string? EmergencyService, EmergencyHandOver? HandOver,
    string? HandOverServiceName, DateTimeOffset? ClosedAt, string? ClosedHow, bool FirstCallResolved, long? MergedIntoId,
    int Revision, IReadOnlyList<RequestView> Requests, IReadOnlyList<TicketEventView> History)
{
    public static TicketView Of(Ticket t, DateTime now, bool seesRequesters) => new(
        t.Id, t.Number, t.State.ToString(), t.State.Chinese(), t.Type.ToString(), t.Type.Chinese(), t.Urgency.ToString(),
        t.Urgency.Chinese(), t.CategoryCode, AppealTaxonomy.Find(t.CategoryCode)?.Path, t.RegionCode, t.Address, t.Latitude,
        t.Longitude, t.Title, t.Text, Beijing(t.CreatedAt)!.Value, t.DepartmentId, t.DepartmentName, t.CoDepartments,
        Beijing(t.DispatchedAt), Beijing(t.SignDueAt), Beijing(t.SignedAt), Beijing(t.DueAt),
        t.SignDueAt is { } s ? TicketClock.Show(s) : null, t.DueAt is { } d ? TicketClock.Show(d) : null, t.IsOverdue(now),
        t.UrgeLevel, t.PendingReturn, t.Extension, t.CoHandlerNotes, t.Reply, t.RepliedOnTime, t.ReopenCount,
        t.EmergencyFlag?.Chinese(), t.HandOverRecord, t.HandOverRecord?.Service.Chinese(), Beijing(t.ClosedAt), t.ClosedHow,
        t.FirstCallResolved, t.MergedIntoId, t.Revision,
        t.Requests.OrderBy(r => r.ReceivedAt).ThenBy(r => r.Id).Select(r => RequestView.Of(r, seesRequesters)).ToList(),
        t.History.OrderBy(h => h.Sequence).Select(TicketEventView.Of).ToList());

    public static DateTimeOffset? Beijing(DateTime? utc) => utc is { } u ? ChinaTime.ToBeijing(u) : null;
}

/// <summary>
/// One requester as staff see them: the phone masked (the agent's callback dials through the console, it never
/// shows the number); for a 保密 request the department sees neither name nor phone.
/// </summary>
public sealed record RequestView(long Id, string Number, string Channel, string ChannelName, string Type, string TypeName,
    string? RequesterName, string? PhoneMasked, bool Anonymous, bool Confidential, string Text, string? Address,
    DateTimeOffset ReceivedAt, string ReceivedBy, bool NeedsCallback, string? Callback, string? CallbackName,
    DateTimeOffset? CallbackAt, string? CallbackComment, IReadOnlyList<RequesterUpdate> Updates)
{
    public static RequestView Of(HotlineRequest r, bool seesRequesters)
    {
        var hidden = !seesRequesters && r.Confidential;
        return new(r.Id, r.Number, r.Channel.ToString(), r.Channel.Chinese(), r.Type.ToString(), r.Type.Chinese(),
            r.Anonymous ? "匿名" : hidden ? "（保密）" : r.RequesterName, hidden ? null : PersonalData.MaskPhone(r.Phone),
            r.Anonymous, r.Confidential, r.Text, r.Address, ChinaTime.ToBeijing(r.ReceivedAt), r.ReceivedBy, r.NeedsCallback,
            r.Callback?.ToString(), r.Callback?.Chinese(), TicketView.Beijing(r.CallbackAt), r.CallbackComment, r.Updates);
    }
}

public sealed record TicketEventView(int Sequence, DateTimeOffset At, string Action, string ActionName, string? FromName,
    string ToName, string ActorName, string ActorRole, string? ActorDepartment, string? Opinion, string? Detail)
{
    public static TicketEventView Of(TicketEvent e) => new(e.Sequence, ChinaTime.ToBeijing(e.At), e.Action.ToString(),
        e.Action.Chinese(), e.From?.Chinese(), e.To.Chinese(), e.ActorName, e.ActorRole, e.ActorDepartment, e.Opinion, e.Detail);
}

/// <summary>A row of a queue: enough to pick the next ticket to work on.</summary>
public sealed record TicketRow(long Id, string Number, string StateName, string TypeName, string UrgencyName, string? CategoryPath,
    string? Title, string TextPreview, string RegionCode, string? Address, string? DepartmentName, DateTimeOffset CreatedAt,
    string? SignDueText, string? DueText, bool Overdue, int Requesters, int UrgeLevel, bool ExtensionPending)
{
    public static TicketRow Of(Ticket t, DateTime now) => new(t.Id, t.Number, t.State.Chinese(), t.Type.Chinese(), t.Urgency.Chinese(),
        AppealTaxonomy.Find(t.CategoryCode)?.Path, t.Title, t.Text.Length > 60 ? t.Text[..60] + "…" : t.Text, t.RegionCode, t.Address,
        t.DepartmentName, ChinaTime.ToBeijing(t.CreatedAt), t.SignDueAt is { } s ? TicketClock.Show(s) : null,
        t.DueAt is { } d ? TicketClock.Show(d) : null, t.IsOverdue(now), t.Requests.Count, t.UrgeLevel,
        t.Extension is { Approved: null });
}
