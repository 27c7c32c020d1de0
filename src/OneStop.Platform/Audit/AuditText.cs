using System.Text;

namespace OneStop.Platform.Audit;

/// <summary>
/// Makes a text exactly what both databases store, so the MAC covers what a later read returns: control characters
/// (U+0000 is cut or refused by the databases) and lone surrogates (not encodable in UTF-8) become U+FFFD, and the
/// text is cut to the column's length without splitting a surrogate pair.
/// </summary>
internal static class AuditText
{
    public static string Stored(string? text, int maxLength = int.MaxValue)
    {
        if (string.IsNullOrEmpty(text)) return "";
        StringBuilder? copy = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            var bad = pair ? false : char.IsSurrogate(c) || (char.IsControl(c) && c is not ('\n' or '\t' or '\r'));
            if (bad || copy is not null)
            {
                copy ??= new StringBuilder(text, 0, i, text.Length);
                if (bad) copy.Append('\uFFFD');
                else if (pair) copy.Append(c).Append(text[i + 1]);
                else copy.Append(c);
            }
            if (pair) i++;
        }
        var result = copy?.ToString() ?? text;
        if (result.Length <= maxLength) return result;
        var cut = char.IsHighSurrogate(result[maxLength - 1]) ? maxLength - 1 : maxLength;
        return result[..cut];
    }
}
