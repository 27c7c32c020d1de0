using OneStop.Hotline.Tickets.Domain;

namespace OneStop.Hotline.Tickets;

public sealed record NoteBody(string? Note);
public sealed record DispatchBody(long? DepartmentId, IReadOnlyList<long>? CoDepartmentIds, string? CategoryCode, Urgency? Urgency,
    RequestType? Type, string? Note);
public sealed record AnswerBody(string? Answer);
public sealed record HandOverBody(EmergencyService? Service, string? Note);
public sealed record ReasonBody(string? Reason);
public sealed record ExtensionBody(int Workdays, string? Reason);
public sealed record TextBody(string? Text);
public sealed record ReplyBody(string? Text, IReadOnlyList<string>? AttachmentIds);
public sealed record CallbackBody(long RequestId, CallbackResult? Result, string? Comment);
public sealed record OpinionBody(string? Opinion);
public sealed record MergeBody(long SourceTicketId);
public sealed record SplitBody(long RequestId, string? Reason);
