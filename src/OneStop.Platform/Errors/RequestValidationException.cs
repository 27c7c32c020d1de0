namespace OneStop.Platform.Errors;

/// <summary>Input that cannot be accepted as sent (400), with the offending fields.</summary>
public sealed class RequestValidationException(IReadOnlyDictionary<string, string[]> errors, string code = "validation")
    : DomainException(400, code, "提交的数据有误")
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    public static RequestValidationException For(string field, string message, string code = "validation") =>
        new(new Dictionary<string, string[]> { [field] = [message] }, code);
}
