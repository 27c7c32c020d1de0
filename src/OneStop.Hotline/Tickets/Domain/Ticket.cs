using OneStop.Platform.Errors;

namespace OneStop.Hotline.Tickets.Domain;

/// <summary>
/// 工单: the matter a department handles, for one or more requests (并单). Every change goes through
/// <see cref="Apply"/>, which checks the state table, appends the history entry and moves the revision (the
/// optimistic-concurrency token: two people acting at once → one wins, the other gets 409 hotline.changed).
/// Partial files by phase: dispatching, handling, callback, merging.
/// </summary>
public sealed partial class Ticket
{
    private readonly List<TicketEvent> _history = [];
    private readonly List<HotlineRequest> _requests = [];

    public long Id { get; private set; }
    /// <summary>The number of the request that opened it (工单号 = 首个诉求的编号).</summary>
    public required string Number { get; init; }
    public TicketState State { get; private set; }
    public RequestType Type { get; private set; }
    public Urgency Urgency { get; private set; }
    public string? CategoryCode { get; private set; }
    public required string RegionCode { get; init; }
    public string? Address { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public string? Title { get; init; }
    public required string Text { get; init; }
    public DateTime CreatedAt { get; init; }

    public long? DepartmentId { get; private set; }
    public string? DepartmentName { get; private set; }
    public IReadOnlyList<RoutedDepartment> CoDepartments
    {
        get => _coDepartments;
        private set
        {
            _coDepartments = value;
            CoDepartmentKeys = "," + string.Join(",", value.Select(d => d.Id)) + ",";
        }
    }
    private IReadOnlyList<RoutedDepartment> _coDepartments = [];

    /// <summary>",12,15,": the co-handlers' ids, so a department's 协办 queue is one indexed-free LIKE, not JSON parsing.</summary>
    public string CoDepartmentKeys { get; private set; } = ",";
    public DateTime? DispatchedAt { get; private set; }
    public DateTime? SignDueAt { get; private set; }
    public DateTime? SignedAt { get; private set; }
    public DateTime? DueAt { get; private set; }
    public int DispatchCount { get; private set; }
    public int ReturnCount { get; private set; }
    public ReturnRequest? PendingReturn { get; private set; }
    public ExtensionRequest? Extension { get; private set; }
    public IReadOnlyList<CoHandlerNote> CoHandlerNotes { get; private set; } = [];
    public TicketReply? Reply { get; private set; }
    public DateTime? RepliedAt { get; private set; }
    /// <summary>Whether the department replied within the finishing deadline (set at each reply).</summary>
    public bool? RepliedOnTime { get; private set; }
    public bool? SignedOnTime { get; private set; }
    public int ReopenCount { get; private set; }
    public int UrgeLevel { get; private set; }
    public DateTime? LastUrgedAt { get; private set; }
    public EmergencyService? EmergencyFlag { get; private set; }
    public EmergencyHandOver? HandOverRecord { get; private set; }
    public DateTime? ClosedAt { get; private set; }
    /// <summary>How it ended: 直接办结, 回访满意, 回访（未接通）, 监察结案, 紧急移交.</summary>
    public string? ClosedHow { get; private set; }
    /// <summary>首呼解决: a consultation answered and closed during the call that opened it.</summary>
    public bool FirstCallResolved { get; private set; }
    /// <summary>Whether the requesters were, in the end, satisfied (null while open or without callbacks).</summary>
    public bool? Resolved { get; private set; }
    public long? MergedIntoId { get; private set; }
    public int Revision { get; private set; }

    public IReadOnlyList<TicketEvent> History => _history;
    public IReadOnlyList<HotlineRequest> Requests => _requests;

    public HotlineRequest Founding => _requests.FirstOrDefault(r => r.Number == Number)
        ?? _requests.OrderBy(r => r.ReceivedAt).First();

    /// <summary>登记: a new ticket for one request.</summary>
    public static Ticket Register(HotlineRequest request, RequestType type, Urgency urgency, string? categoryCode,
        EmergencyService? emergency, TicketActor actor, DateTime now)
    {
        var t = new Ticket
        {
            Number = request.Number, State = TicketState.Registered, Type = type, Urgency = urgency, CategoryCode = categoryCode,
            RegionCode = request.RegionCode, Address = request.Address, Latitude = request.Latitude, Longitude = request.Longitude,
            Title = request.Title, Text = request.Text, CreatedAt = now, EmergencyFlag = emergency,
        };
        t._requests.Add(request);
        t._history.Add(new TicketEvent
        {
            Sequence = 1, At = now, Action = TicketAction.Register, From = null, To = TicketState.Registered,
            ActorId = actor.AccountId, ActorName = actor.Name, ActorRole = actor.RoleLabel, ActorDepartment = actor.DepartmentName,
            Detail = $"{request.Channel.Chinese()}受理，{type.Chinese()}，{urgency.Chinese()}"
                + (emergency is { } e ? $"；疑似紧急警情（{e.Chinese()}）" : ""),
        });
        request.Notify(now, $"您的诉求已受理，编号 {request.Number}。可凭编号和手机号查询办理进度。");
        return t;
    }

    /// <summary>Changes the category or urgency before dispatch (the dispatcher confirms or corrects the agent).</summary>
    internal void Classify(string? categoryCode, Urgency urgency, RequestType type)
    {
        CategoryCode = categoryCode;
        Urgency = urgency;
        Type = type;
    }

    // ---- the one way to change a ticket -------------------------------------------------------------------------

    private TicketEvent Apply(TicketAction action, TicketActor actor, DateTime now, string? opinion = null, string? detail = null)
    {
        var from = State;
        var to = TicketTransitions.Next(from, action);
        var entry = new TicketEvent
        {
            TicketId = Id, Sequence = _history.Count + 1, At = now, Action = action, From = from, To = to,
            ActorId = actor.AccountId, ActorName = actor.Name, ActorRole = actor.RoleLabel, ActorDepartment = actor.DepartmentName,
            Opinion = opinion, Detail = detail,
        };
        _history.Add(entry);
        State = to;
        Revision++;
        return entry;
    }

    /// <summary>Refuses the action unless the state table allows it now (checked before any input is used).</summary>
    public void Require(TicketAction action)
    {
        if (!TicketTransitions.IsAllowed(State, action)) throw TicketTransitions.Refusal(State, action);
    }

    private void NotifyAll(DateTime now, Func<HotlineRequest, string> message)
    {
        foreach (var r in _requests) r.Notify(now, message(r));
    }

    /// <summary>Errors are keyed as the request body spells the field (camelCase: "comment", not "Comment").</summary>
    private static string Key(string field) => char.ToLowerInvariant(field[0]) + field[1..];

    private static string Required(string? text, string field, string label, int max)
    {
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
            throw new RequestValidationException(new Dictionary<string, string[]> { [Key(field)] = [$"请填写{label}"] }, "hotline." + field.ToLowerInvariant() + "-required");
        if (value.Length > max)
            throw new RequestValidationException(new Dictionary<string, string[]> { [Key(field)] = [$"{label}不能超过 {max} 个字"] }, "hotline." + field.ToLowerInvariant() + "-too-long");
        return value;
    }

    private static string? Optional(string? text, string field, string label, int max)
    {
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value)) return null;
        return value.Length <= max ? value
            : throw new RequestValidationException(new Dictionary<string, string[]> { [Key(field)] = [$"{label}不能超过 {max} 个字"] }, "hotline." + field.ToLowerInvariant() + "-too-long");
    }
}
