namespace OneStop.Platform.Errors;

/// <summary>
/// A refusal the user can act on. Carries a stable <see cref="Code"/> (clients switch on it) and a Chinese title
/// (people read it); the single exception handler turns it into ProblemDetails.
/// </summary>
public class DomainException(int status, string code, string title, string? detail = null) : Exception(detail ?? title)
{
    public int Status { get; } = status;
    public string Code { get; } = code;
    public string Title { get; } = title;
    public string? Detail { get; } = detail;

    /// <summary>Further members of the ProblemDetails, e.g. the list of publishing issues.</summary>
    public virtual IReadOnlyDictionary<string, object?> Extensions { get; } = new Dictionary<string, object?>();
}

/// <summary>A business rule forbids the change (409).</summary>
public class BusinessRuleException(string code, string title, string? detail = null)
    : DomainException(409, code, title, detail);

public sealed class NotFoundException(string code, string title, string? detail = null)
    : DomainException(404, code, title, detail);

public sealed class ForbiddenException(string code = "auth.forbidden", string title = "无权执行此操作", string? detail = null)
    : DomainException(403, code, title, detail);
