namespace OneStop.Platform.Errors;

/// <summary>Collects field errors of one request so the user sees all of them at once, not one per try.</summary>
public sealed class Validator
{
    private readonly Dictionary<string, List<string>> _errors = new();
    private string? _code;

    public bool IsValid => _errors.Count == 0;

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Errors => _errors.ToDictionary(e => e.Key, e => (IReadOnlyList<string>)e.Value);

    public Validator Add(string field, string message, string? code = null)
    {
        if (!_errors.TryGetValue(field, out var list)) _errors[field] = list = [];
        list.Add(message);
        _code ??= code;
        return this;
    }

    /// <summary>
    /// Required text, trimmed, at most <paramref name="maxLength"/> characters, no control characters; returns the
    /// trimmed value. <paramref name="markupAllowed"/> lets texts such as legal bases keep "<" and ">" (Razor
    /// encodes every output, so they are harmless there).
    /// </summary>
    public string Text(string field, string? value, int maxLength, bool required = true, bool markupAllowed = false)
    {
        // Invisible characters pasted with a text (zero-width spaces, a byte-order mark) are dropped: they make two equal
        // names differ and a search miss. Direction overrides are refused: they make a text read otherwise than stored.
        var trimmed = WithoutInvisible(value)?.Trim() ?? "";
        if (required && trimmed.Length == 0) Add(field, "不能为空");
        else if (trimmed.Length > maxLength) Add(field, $"不能超过 {maxLength} 个字符");
        else if (ControlCharacters.In(trimmed)) Add(field, ControlCharacters.Message, ControlCharacters.Code);
        else if (trimmed.Any(IsDirectionControl)) Add(field, "不能包含改变文字方向的控制字符", "input.direction-control");
        else if (!markupAllowed && (trimmed.Contains('<') || trimmed.Contains('>'))) Add(field, "不能包含尖括号 < >");
        return trimmed;
    }

    private static string? WithoutInvisible(string? value) =>
        value is null || !value.Any(c => c is '\u200B' or '\u2060' or '\uFEFF') ? value
            : new string(value.Where(c => c is not ('\u200B' or '\u2060' or '\uFEFF')).ToArray());

    private static bool IsDirectionControl(char c) => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    /// <summary>Throws with the code of the first error that named one, else <paramref name="defaultCode"/>.</summary>
    public void ThrowIfInvalid(string defaultCode = "validation")
    {
        if (IsValid) return;
        throw new RequestValidationException(
            _errors.ToDictionary(e => e.Key, e => e.Value.ToArray()), _code ?? defaultCode);
    }
}
