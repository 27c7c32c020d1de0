using OneStop.Hotline.Persistence;
using OneStop.Hotline.Tickets.Domain;
using OneStop.Hotline.Tickets.Persistence;
using OneStop.Platform.Calendar;

namespace OneStop.Hotline.Demo;

/// <summary>What one past request was: its words, its place, who called, when.</summary>
public sealed record PastRequest(RequestType Type, string Text, string RegionCode, string? Address, string? CategoryCode,
    DateTime At, IntakeChannel Channel = IntakeChannel.Phone, string? Name = null, string? Phone = null,
    Urgency Urgency = Urgency.Normal, string? Title = null, bool Confidential = false);

/// <summary>
/// Builds tickets "as of" past times for the demo, the message import and the figures' tests: every step is a
/// <see cref="Ticket"/> method given its own past <c>now</c>, numbers come from <see cref="RequestNumbers"/> for the
/// Beijing day of that time. The caller saves (one SaveChanges for the whole story set).
/// </summary>
public sealed class TicketStory(HotlineDbContext db, TicketClock clock)
{
    public TicketClock Clock => clock;

    public async Task<HotlineRequest> NewRequestAsync(PastRequest p, string receivedBy, CancellationToken ct)
    {
        var day = DateOnly.FromDateTime(ChinaTime.ToBeijing(p.At).DateTime);
        return new HotlineRequest
        {
            Number = await RequestNumbers.NextAsync(db, day, ct), Channel = p.Channel, Type = p.Type, Title = p.Title, Text = p.Text,
            RequesterName = p.Name, Phone = p.Phone, Anonymous = p.Phone is null, Confidential = p.Confidential,
            RegionCode = p.RegionCode, Address = p.Address, ReceivedAt = p.At, ReceivedBy = receivedBy,
        };
    }

    /// <summary>登记 as of <see cref="PastRequest.At"/>.</summary>
    public async Task<Ticket> RegisterAsync(PastRequest p, TicketActor agent, CancellationToken ct)
    {
        var request = await NewRequestAsync(p, agent.Name, ct);
        var ticket = Ticket.Register(request, p.Type, p.Urgency, p.CategoryCode, null, agent, p.At);
        db.Add(ticket);
        return ticket;
    }

    /// <summary>并单 at intake: another caller about the same matter joins the open ticket.</summary>
    public async Task<HotlineRequest> AttachAsync(Ticket ticket, PastRequest p, TicketActor agent, CancellationToken ct)
    {
        var request = await NewRequestAsync(p, agent.Name, ct);
        ticket.Attach(request, agent, p.At);
        return request;
    }

    public void Dispatch(Ticket t, RoutedDepartment to, TicketActor dispatcher, DateTime at, params RoutedDepartment[] co) =>
        t.Dispatch(to, co, t.CategoryCode, t.Urgency, null, dispatcher, at, clock);

    /// <summary>派单 → 签收 → 答复, each a number of hours after the one before.</summary>
    public void HandleToReply(Ticket t, RoutedDepartment to, TicketActor dispatcher, TicketActor handler, DateTime at, string reply,
        double signAfterHours = 2, double replyAfterHours = 30)
    {
        Dispatch(t, to, dispatcher, at);
        t.Sign(handler, at.AddHours(signAfterHours));
        t.ReplyWith(reply, [], handler, at.AddHours(signAfterHours + replyAfterHours));
    }

    /// <summary>
    /// 回访 of every requester who can be called, with one result. A callback names its request by id, so new
    /// requests are saved first (inside the caller's transaction) to get theirs.
    /// </summary>
    public async Task CallBackAllAsync(Ticket t, CallbackResult result, TicketActor agent, DateTime at, CancellationToken ct,
        string? comment = null)
    {
        if (t.Requests.Any(r => r.Id == 0)) await db.SaveChangesAsync(ct);
        foreach (var r in t.Requests.Where(r => r.NeedsCallback && r.Callback is null).ToList())
        {
            if (t.State != TicketState.Replied) break;
            t.RecordCallback(r.Id, result, comment ?? (result == CallbackResult.Unsatisfied ? "诉求人表示问题没有解决" : null), agent, at, clock);
        }
    }
}
