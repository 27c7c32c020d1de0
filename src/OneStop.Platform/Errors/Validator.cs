namespace OneStop.Platform.Errors;

/// <summary>Collects field errors of one request so the user sees all of them at once, not one per try.</summary>
public sealed class Validator
{
    private readonly Dictionary<string, List<string>> _errors = new();
    private string? _code;

    public bool IsValid => _errors.Count == 0;

    public Validator Add(string field, string message, string? code = null)
    {
        if (!_errors.TryGetValue(field, out var list)) _errors[field] = list = [];
        list.Add(message);
        _code ??= code;
        return this;
    }

    /// <summary>Required text, trimmed, at most <paramref name="maxLength"/> characters; returns the trimmed value.</summary>
    public string Text(string field, string? value, int maxLength, bool required = true)
    {
        var trimmed = value?.Trim() ?? "";
        if (required && trimmed.Length == 0) Add(field, "不能为空");
        else if (trimmed.Length > maxLength) Add(field, $"不能超过 {maxLength} 个字符");
        else if (trimmed.Contains('<') || trimmed.Contains('>')) Add(field, "不能包含尖括号 < >");
        return trimmed;
    }

    public void ThrowIfInvalid()
    {
        if (IsValid) return;
        throw new RequestValidationException(
            _errors.ToDictionary(e => e.Key, e => e.Value.ToArray()), _code ?? "validation");
    }
}
