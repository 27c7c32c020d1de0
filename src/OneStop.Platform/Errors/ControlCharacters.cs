namespace OneStop.Platform.Errors;

/// <summary>
/// The one rule for characters no text of ours may hold: C0 controls except tab, line feed and carriage return,
/// DEL (U+007F) and the C1 controls (U+0080–U+009F). They never occur in real Chinese texts, some databases cut a
/// string at U+0000 (so what is stored differs from what was hashed and audited), and terminals and CSV readers
/// interpret them.
/// </summary>
public static class ControlCharacters
{
    public const string Code = "input.control-character";
    public const string Message = "不能包含控制字符（如 U+0000）";

    public static bool IsForbidden(char c) => c is (< ' ' and not ('\t' or '\n' or '\r')) or (>= '\u007f' and <= '\u009f');

    public static bool In(string? text)
    {
        if (text is null) return false;
        foreach (var c in text) if (IsForbidden(c)) return true;
        return false;
    }
}
