namespace OneStop.Hotline.Tickets.Domain;

/// <summary>Who acted: their account, name and the role they acted in (Chinese).</summary>
public sealed record TicketActor(long? AccountId, string Name, string RoleLabel, long? DepartmentId = null, string? DepartmentName = null);

/// <summary>A Platform department a ticket is routed to (主办 or 协办).</summary>
public sealed record RoutedDepartment(long Id, string Name);

/// <summary>A file attached to a reply (content-addressed in the Platform file store).</summary>
public sealed record TicketFile(string Sha256, long Size, string Kind, string FileName, DateTime UploadedAt);

/// <summary>答复: what the department answers, once per handling round (a reopening asks for a new one).</summary>
public sealed record TicketReply(string Text, IReadOnlyList<TicketFile> Attachments, string By, string Department, DateTime At);

/// <summary>退单申请: why the department says the ticket is not theirs.</summary>
public sealed record ReturnRequest(string Reason, string By, string Department, DateTime At);

/// <summary>延期申请 and its decision (one per ticket).</summary>
public sealed record ExtensionRequest(int Workdays, string Reason, string By, DateTime At, bool? Approved = null,
    string? DecidedBy = null, DateTime? DecidedAt = null, string? DecisionNote = null);

/// <summary>紧急移交: who handed the emergency to which service, when, with what note.</summary>
public sealed record EmergencyHandOver(EmergencyService Service, string By, DateTime At, string? Note);

/// <summary>协办意见 of a co-handling department.</summary>
public sealed record CoHandlerNote(string Department, string By, string Text, DateTime At);

/// <summary>One status message a requester got (the lookup page shows them; the SMS sender sends them).</summary>
public sealed record RequesterUpdate(DateTime At, string Message);

/// <summary>A callback of an earlier round (the ticket was reopened after it).</summary>
public sealed record PastCallback(CallbackResult Result, DateTime At, string? Comment);
