using System.Text;

namespace OneStop.Hotline.Knowledge;

/// <summary>
/// The Chinese match of the knowledge search: texts as sets of character pairs (bigrams) — Chinese has no spaces and
/// callers never use the article's exact words, but "公积金提取" and "提取住房公积金" share 公积, 积金, 提取. Runs of
/// Latin letters and digits are whole tokens ("12345", "etc"). Question words every query has (请问, 怎么, 如何) are
/// dropped from the query so they neither match nor dilute the coverage.
/// </summary>
internal static class KnowledgeText
{
    private static readonly HashSet<string> QueryNoise =
    [
        "请问", "问一", "一下", "怎么", "么办", "如何", "什么", "哪里", "哪些", "需要", "可以", "我想", "想问", "是否", "能否", "有没", "没有",
        "吗？", "的吗", "了吗", "一个",
    ];

    public static HashSet<string> Grams(string? text)
    {
        var grams = new HashSet<string>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(text)) return grams;
        var normal = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var han = new StringBuilder();
        var word = new StringBuilder();
        void FlushHan()
        {
            if (han.Length == 1) grams.Add(han.ToString());
            for (var i = 0; i + 1 < han.Length; i++) grams.Add(han.ToString(i, 2));
            han.Clear();
        }
        void FlushWord()
        {
            if (word.Length > 0) grams.Add(word.ToString());
            word.Clear();
        }
        foreach (var c in normal)
        {
            if (IsHan(c)) { FlushWord(); han.Append(c); }
            else if (char.IsAsciiLetterOrDigit(c)) { FlushHan(); word.Append(c); }
            else { FlushHan(); FlushWord(); }
        }
        FlushHan();
        FlushWord();
        return grams;
    }

    public static HashSet<string> QueryGrams(string query)
    {
        var grams = Grams(query);
        var meaningful = grams.Where(g => !QueryNoise.Contains(g)).ToHashSet(StringComparer.Ordinal);
        return meaningful.Count > 0 ? meaningful : grams;
    }

    private static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf';

    /// <summary>About <paramref name="length"/> characters of the answer around the first place the query's words occur.</summary>
    public static string Snippet(string answer, IReadOnlyCollection<string> query, int length = 80)
    {
        var flat = answer.ReplaceLineEndings(" ");
        if (flat.Length <= length) return flat;
        var at = query.Select(g => flat.IndexOf(g, StringComparison.OrdinalIgnoreCase)).Where(i => i >= 0).DefaultIfEmpty(0).Min();
        var start = Math.Max(0, Math.Min(at - length / 4, flat.Length - length));
        return (start > 0 ? "…" : "") + flat.Substring(start, length) + (start + length < flat.Length ? "…" : "");
    }
}
