using Microsoft.EntityFrameworkCore;
using OneStop.Hotline.Persistence;
using OneStop.Hotline.Tickets.Domain;
using OneStop.Hotline.Tickets.Persistence;
using OneStop.Hotline.Tickets.Reading;
using OneStop.Platform.Calendar;
using OneStop.Platform.Errors;
using OneStop.Platform.Regions;

namespace OneStop.Hotline.Tickets.Intake;

/// <summary>Who hands the request in: the agent on the phone, the public form, a channel gateway.</summary>
public sealed record IntakeSource(IntakeChannel Channel, TicketActor Actor, bool PhoneVerified = false, long? AccountId = null,
    /// <summary>The region the one registering may register for (an agent's city); null = any region that exists.</summary>
    Func<string, bool>? RegionAllowed = null);

public sealed record IntakeResult(string RequestNumber, long TicketId, string TicketNumber, TicketState State, string StateName,
    bool Merged, string? EmergencyService, string Acknowledgment);

/// <summary>
/// 受理登记: one request in, one number out, in one transaction with its audit record — a new ticket, or joined to
/// an open ticket of the same matter (并单), answered at once (直接办结), or handed to 110/119/120/122 (紧急移交).
/// </summary>
public sealed class RegisterIntake(HotlineDbContext db, IRegionDirectory regions, IWorkingCalendar calendar, TimeProvider time,
    Duplicates.OpenMattersFeed feed)
{
    public async Task<IntakeResult> RunAsync(IntakeBody body, IntakeSource source, CancellationToken ct)
    {
        var input = IntakeInput.Check(body ?? throw Dispatching.CentreActions.EmptyBody);
        if (!await regions.ExistsAsync(input.RegionCode, ct))
            throw RequestValidationException.For("regionCode", "诉求发生地的区划不存在", "hotline.region-unknown");
        if (source.RegionAllowed is { } allowed && !allowed(input.RegionCode))
            throw new ForbiddenException("hotline.out-of-scope", "该区划不在您的受理范围内");
        var now = time.GetUtcNow().UtcDateTime;
        var number = await RequestNumbers.NextAsync(db, calendar.Today, ct);
        var request = new HotlineRequest
        {
            Number = number, Channel = source.Channel, Type = input.Type, Title = input.Title, Text = input.Text,
            RequesterName = input.Name, Phone = input.Phone, PhoneVerified = source.PhoneVerified, Anonymous = body.Anonymous,
            Confidential = body.Confidential, AccountId = source.AccountId, RegionCode = input.RegionCode, Address = input.Address,
            Latitude = input.Latitude, Longitude = input.Longitude, ReceivedAt = now, ReceivedBy = source.Actor.Name,
        };
        // Fire, crime, a medical emergency or a crash happening now: flagged for the agent to hand over (the ticket says so).
        var emergency = Emergencies.EmergencyDetector.Detect(input.Title + " " + input.Text)?.Service switch
        {
            Emergencies.EmergencyService.Police => EmergencyService.Police110,
            Emergencies.EmergencyService.Fire => EmergencyService.Fire119,
            Emergencies.EmergencyService.Ambulance => EmergencyService.Ambulance120,
            Emergencies.EmergencyService.TrafficPolice => EmergencyService.Traffic122,
            _ => (EmergencyService?)null,
        };
        Ticket ticket;
        TicketAction action;
        if (body.MergeIntoTicketId is { } targetId)
        {
            ticket = await db.Set<Ticket>().Include(t => t.History).Include(t => t.Requests).AsSplitQuery()
                .FirstOrDefaultAsync(t => t.Id == targetId, ct) ?? throw TicketAccess.NotFound;
            if (source.RegionAllowed is { } a && !a(ticket.RegionCode)) throw TicketAccess.OutOfScope;
            ticket.Attach(request, source.Actor, now);
            action = TicketAction.AttachRequest;
        }
        else
        {
            ticket = Ticket.Register(request, input.Type, input.Urgency, input.CategoryCode, emergency, source.Actor, now);
            db.Add(ticket);
            action = TicketAction.Register;
            if (body.HandOverTo is { } service)
            {
                ticket.HandOver(service, body.HandOverNote, source.Actor, now);
                action = TicketAction.HandOver;
            }
            else if (!string.IsNullOrWhiteSpace(body.AnswerNow))
            {
                ticket.CloseDirectly(body.AnswerNow, source.Actor, now, duringIntake: true);
                action = TicketAction.CloseDirectly;
            }
        }
        await TicketWrites.SaveAsync(db, ticket, action,
            $"{source.Channel.Chinese()}受理诉求 {number}（{input.Type.Chinese()}）" + action switch
            {
                TicketAction.AttachRequest => $"，并入工单 {ticket.Number}",
                TicketAction.CloseDirectly => "，直接办结",
                TicketAction.HandOver => $"，移交 {body.HandOverTo!.Value.Chinese()}",
                _ => "",
            }, ct);
        feed.Changed(ticket);
        return new IntakeResult(number, ticket.Id, ticket.Number, ticket.State, ticket.State.Chinese(), action == TicketAction.AttachRequest,
            emergency?.Chinese(), Acknowledgment(number, ticket, action));
    }

    private static string Acknowledgment(string number, Ticket t, TicketAction action) => action switch
    {
        TicketAction.CloseDirectly => $"您的诉求（编号 {number}）已当场答复办结。",
        TicketAction.HandOver => $"您反映的紧急情况已移交 {t.HandOverRecord!.Service.Chinese()}（诉求编号 {number}）。",
        TicketAction.AttachRequest => $"您的诉求已受理，编号 {number}。同一事项已在办理（工单 {t.Number}），办理结果将同时答复您。",
        _ => $"您的诉求已受理，编号 {number}。可凭编号和联系电话在“诉求查询”中查看办理进度。",
    };
}
