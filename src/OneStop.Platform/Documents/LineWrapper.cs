using System.Text;

namespace OneStop.Platform.Documents;

/// <summary>
/// Breaks text into lines no wider than the column: Chinese may break between any two characters, Latin words and
/// numbers only at spaces (or anywhere, when one word is wider than the column). Closing punctuation stays on the
/// line of the character before it, as Chinese typesetting requires.
/// </summary>
internal static class LineWrapper
{
    private const string NoLineStart = "，。、；：？！）》」』”’%,.;:?!)]}";

    /// <summary>
    /// The lines of <paramref name="text"/>; its own line breaks start new lines. The first line of each paragraph is
    /// <paramref name="firstLineIndent"/> narrower (the two-character indent of a Chinese paragraph).
    /// </summary>
    public static IReadOnlyList<string> Wrap(string text, DocumentFont font, float width, float firstLineIndent = 0)
    {
        var lines = new List<string>();
        foreach (var paragraph in Paragraphs(text))
            WrapParagraph(paragraph, font, width, firstLineIndent, lines);
        return lines;
    }

    public static string[] Paragraphs(string text) => text.Replace("\r\n", "\n").Split('\n');

    private static void WrapParagraph(string text, DocumentFont font, float columnWidth, float firstLineIndent, List<string> lines)
    {
        var line = new StringBuilder();
        var first = lines.Count;
        // Only the paragraph's first line is narrower; every later line has the whole column.
        float Width() => lines.Count > first ? columnWidth : columnWidth - firstLineIndent;
        foreach (var token in Tokens(text))
        {
            var width = Width();
            var candidate = line.ToString() + token;
            if (font.Measure(candidate) <= width || line.Length == 0 && font.Measure(token) <= width)
            {
                line.Append(token);
                continue;
            }
            if (line.Length > 0) lines.Add(line.ToString().TrimEnd());
            line.Clear();
            var rest = token.TrimStart();
            while (font.Measure(rest) > Width())
            {
                var fit = Fit(rest, font, Width());
                lines.Add(rest[..fit]);
                rest = rest[fit..];
            }
            line.Append(rest);
        }
        lines.Add(line.ToString().TrimEnd());
    }

    /// <summary>Breakable pieces: a CJK character, a Latin word with the spaces before it, closing punctuation glued on.</summary>
    private static IEnumerable<string> Tokens(string text)
    {
        var token = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            var s = rune.ToString();
            var latin = rune.Value < 0x2E80 && !Rune.IsWhiteSpace(rune);
            var glue = NoLineStart.Contains(s, StringComparison.Ordinal)
                || latin && token.Length > 0 && IsLatinTail(token);
            if (!glue && token.Length > 0 && !(Rune.IsWhiteSpace(rune) && IsAllSpace(token)) && !(latin && IsAllSpace(token)))
            {
                yield return token.ToString();
                token.Clear();
            }
            token.Append(s);
        }
        if (token.Length > 0) yield return token.ToString();
    }

    private static bool IsLatinTail(StringBuilder token)
    {
        var last = token[^1];
        return last < 0x2E80 && !char.IsWhiteSpace(last) && !NoLineStart.Contains(last);
    }

    private static bool IsAllSpace(StringBuilder token)
    {
        for (var i = 0; i < token.Length; i++) if (!char.IsWhiteSpace(token[i])) return false;
        return true;
    }

    private static int Fit(string text, DocumentFont font, float width)
    {
        var n = 1;
        while (n < text.Length && font.Measure(text[..(n + 1)]) <= width) n++;
        if (char.IsHighSurrogate(text[n - 1]) && n < text.Length) n++;
        return n;
    }
}
